import { describe, expect, it } from 'vitest';
import { PileupError } from '../common/errors';
import { localToday } from '../rows';
import { createHandlers, dispatch } from '../handlers';
import { insights } from './index';
import { freshJournal, on, write } from './test-fixtures';

describe('streaks', () => {
  // Two runs: 30 Dec – 2 Jan over the year end (several entries on 1 Jan),
  // and 30 Jan – 1 Feb over the month end.
  const days = ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-01', '2026-01-01', '2026-01-02', '2026-01-30', '2026-01-31', '2026-02-01'];

  it('counts runs across the year and month ends, one day per day however many entries', () => {
    const journal = freshJournal();
    write(journal, days.map((d) => on(d, 'automation')));
    expect(insights(journal.db, { to: '2026-02-01' }).streaks).toEqual({ current: 3, longest: 4, longestEnd: '2026-01-02' });
  });

  it('keeps the current streak alive until a whole day has passed', () => {
    const journal = freshJournal();
    write(journal, days.map((d) => on(d, 'culture')));
    expect(insights(journal.db, { to: '2026-02-02' }).streaks.current).toBe(3);
    expect(insights(journal.db, { to: '2026-02-03' }).streaks.current).toBe(0);
    expect(insights(journal.db, { to: '2026-01-03' }).streaks).toEqual({ current: 4, longest: 4, longestEnd: '2026-01-02' });
    // Looking back from inside the first run: only what had happened by then.
    expect(insights(journal.db, { to: '2025-12-31' }).streaks).toEqual({ current: 2, longest: 2, longestEnd: '2025-12-31' });
  });

  it('prefers the most recent of two equally long runs', () => {
    const journal = freshJournal();
    write(journal, ['2026-03-01', '2026-03-02', '2026-03-10', '2026-03-11'].map((d) => on(d, 'sharing')));
    expect(insights(journal.db, { to: '2026-04-01' }).streaks).toEqual({ current: 0, longest: 2, longestEnd: '2026-03-11' });
  });

  it('looks at history before the range: a streak is not cut by `from`', () => {
    const journal = freshJournal();
    const run = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    write(journal, run.map((d) => on(d, 'measurement')));
    expect(insights(journal.db, { from: '2026-02-01', to: '2026-02-09' }).streaks).toEqual({ current: 40, longest: 40, longestEnd: '2026-02-09' });
  });

  it('ignores deleted entries: removing the only entry of a day breaks the run', () => {
    const journal = freshJournal();
    write(journal, ['2026-05-01', '2026-05-03'].map((d) => on(d, 'automation')));
    const bridge = journal.createEntry(on('2026-05-02', 'automation'));
    const extra = journal.createEntry(on('2026-05-03', 'automation'));
    expect(insights(journal.db, { to: '2026-05-03' }).streaks).toEqual({ current: 3, longest: 3, longestEnd: '2026-05-03' });
    journal.deleteEntry(bridge.id);
    journal.deleteEntry(extra.id);
    expect(insights(journal.db, { to: '2026-05-03' }).streaks).toEqual({ current: 1, longest: 1, longestEnd: '2026-05-03' });
    journal.restoreEntry(bridge.id);
    expect(insights(journal.db, { to: '2026-05-03' }).streaks.longest).toBe(3);
  });

  it('measures the streak today when the range reaches into the future', () => {
    const journal = freshJournal();
    write(journal, ['2026-11-19', '2026-11-20'].map((d) => on(d, 'culture')));
    expect(insights(journal.db, { from: '2026-11-01', to: '2026-11-30' }, '2026-11-20').streaks.current).toBe(2);
  });
});

describe('heatmap, weekly, tags and the quiet pillar', () => {
  it('answers an empty journal with zeros and no hint', () => {
    const journal = freshJournal();
    const result = insights(journal.db, {}, '2026-11-20');
    expect(result.from).toBe('2025-11-21');
    expect(result.to).toBe('2026-11-20');
    expect(result.heatmap).toEqual([]);
    expect(result.streaks).toEqual({ current: 0, longest: 0, longestEnd: null });
    expect(result.topTags).toEqual([]);
    expect(result.quietestPillar).toBeNull();
    expect(result.weekly.length).toBe(53);
    expect(result.weekly[0]).toEqual({ week: '2025-W47', start: '2025-11-17', counts: { culture: 0, automation: 0, measurement: 0, sharing: 0 } });
    expect(result.weekly.at(-1)?.week).toBe('2026-W47');
    expect(result.weekly.every((w) => Object.values(w.counts).every((n) => n === 0))).toBe(true);
  });

  it('counts entries and pillars per day; several entries on one day add up', () => {
    const journal = freshJournal();
    write(journal, [
      on('2026-11-20', ['automation', 'sharing'], '배포 파이프라인 자동화'),
      on('2026-11-20', 'automation', 'Terraform 모듈 정리'),
      on('2026-11-20', 'culture', '회고 진행'),
      on('2026-11-18', 'measurement', 'SLO 대시보드'),
      on('2025-11-20', 'culture', 'outside the default range'),
    ]);
    const deleted = journal.createEntry(on('2026-11-19', 'sharing', 'deleted'));
    journal.deleteEntry(deleted.id);
    expect(insights(journal.db, {}, '2026-11-20').heatmap).toEqual([
      { day: '2026-11-18', count: 1, pillars: { culture: 0, automation: 0, measurement: 1, sharing: 0 } },
      { day: '2026-11-20', count: 3, pillars: { culture: 1, automation: 2, measurement: 0, sharing: 1 } },
    ]);
  });

  it('groups weeks from Monday, across the year end into 2026-W53, partial edge weeks counted inside the range only', () => {
    const journal = freshJournal();
    write(journal, [
      on('2026-11-15', 'culture'), // Sunday of W46, before the range
      on('2026-11-16', 'automation'), // Monday of W47
      on('2026-11-22', ['automation', 'measurement']), // Sunday of W47
      on('2026-11-23', 'sharing'), // Monday of W48
      on('2026-12-31', 'culture'),
      on('2027-01-03', 'culture'), // Sunday of 2026-W53
      on('2027-01-04', 'sharing'), // Monday of 2027-W01, after the range
    ]);
    const weeks = insights(journal.db, { from: '2026-11-16', to: '2027-01-03' }).weekly;
    expect(weeks.map((w) => w.week)).toEqual(['2026-W47', '2026-W48', '2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53']);
    expect(weeks[0]).toEqual({ week: '2026-W47', start: '2026-11-16', counts: { culture: 0, automation: 2, measurement: 1, sharing: 0 } });
    expect(weeks[1]?.counts).toEqual({ culture: 0, automation: 0, measurement: 0, sharing: 1 });
    expect(weeks[6]).toEqual({ week: '2026-W53', start: '2026-12-28', counts: { culture: 2, automation: 0, measurement: 0, sharing: 0 } });

    const partial = insights(journal.db, { from: '2026-11-18', to: '2026-11-24' }).weekly;
    expect(partial.map((w) => [w.week, w.counts.automation, w.counts.sharing])).toEqual([
      ['2026-W47', 1, 0],
      ['2026-W48', 0, 1],
    ]);
  });

  it('ranks tags by live entries in the range, ties by name', () => {
    const journal = freshJournal();
    write(journal, [
      on('2026-11-01', 'automation', 'a', ['k8s', '배포']),
      on('2026-11-02', 'automation', 'b', ['#K8s', 'terraform']),
      on('2026-11-03', 'sharing', 'c', ['배포', 'k8s']),
      on('2026-11-04', 'sharing', 'd', ['terraform']),
      on('2026-10-01', 'sharing', 'old', ['old-tag', 'terraform']),
    ]);
    const gone = journal.createEntry(on('2026-11-05', 'culture', 'gone', ['terraform', 'terraform-2']));
    journal.deleteEntry(gone.id);
    expect(insights(journal.db, { from: '2026-11-01', to: '2026-11-30' }).topTags).toEqual([
      { tag: 'k8s', count: 3 },
      { tag: 'terraform', count: 2 },
      { tag: '배포', count: 2 },
    ]);
  });

  it('names the pillar with the fewest entries in the 30 days up to `to`', () => {
    const journal = freshJournal();
    write(journal, [
      on('2026-10-21', ['culture', 'measurement'], '30 days before: outside the window'),
      on('2026-10-22', 'automation', 'first day of the window'),
      on('2026-11-01', ['culture', 'sharing']),
      on('2026-11-10', 'measurement'),
      on('2026-11-20', ['automation', 'sharing', 'measurement']),
    ]);
    // culture 1, automation 2, measurement 2, sharing 2
    expect(insights(journal.db, { to: '2026-11-20' }).quietestPillar).toEqual({ pillar: 'culture', count: 1 });
    // Ties go to the first pillar in CAMS order; zero counts are named too.
    expect(insights(journal.db, { to: '2026-10-22' }).quietestPillar).toEqual({ pillar: 'sharing', count: 0 });
    expect(insights(journal.db, { to: '2026-10-10' }).quietestPillar).toBeNull();
  });
});

describe('days are the entries’ own, whatever the time zone', () => {
  const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Seoul', 'America/St_Johns'];

  it('gives the same figures in every time zone', () => {
    const journal = freshJournal();
    write(journal, [
      on('2025-12-31', 'culture', '한 해 회고'),
      on('2026-01-01', ['automation', 'sharing'], '새해 첫 배포'),
      on('2026-01-01', 'measurement', 'late night metrics', ['slo']),
      on('2026-01-04', 'automation', 'Sunday of 2026-W01'),
      on('2026-01-05', 'sharing', 'Monday of 2026-W02'),
    ]);
    const saved = process.env.TZ;
    try {
      const results = zones.map((zone) => {
        process.env.TZ = zone;
        return insights(journal.db, { from: '2025-12-01', to: '2026-01-05' });
      });
      for (const result of results) expect(result).toEqual(results[0]);
      const first = results[0]!;
      expect(first.heatmap.map((d) => [d.day, d.count])).toEqual([
        ['2025-12-31', 1],
        ['2026-01-01', 2],
        ['2026-01-04', 1],
        ['2026-01-05', 1],
      ]);
      expect(first.weekly.find((w) => w.week === '2026-W01')?.counts).toEqual({ culture: 1, automation: 2, measurement: 1, sharing: 1 });
      expect(first.weekly.find((w) => w.week === '2026-W02')?.counts.sharing).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('takes the default range from the local calendar day', () => {
    const saved = process.env.TZ;
    const journal = freshJournal();
    try {
      // 2026-11-20 23:30 UTC is already 21 November in Seoul and still 20 November in New York.
      const instant = new Date(Date.UTC(2026, 10, 20, 23, 30));
      process.env.TZ = 'Asia/Seoul';
      expect(insights(journal.db, {}, localToday(instant)).to).toBe('2026-11-21');
      process.env.TZ = 'America/New_York';
      expect(insights(journal.db, {}, localToday(instant)).to).toBe('2026-11-20');
      expect(insights(journal.db, {}).to).toBe(localToday());
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('input', () => {
  it('rejects a reversed or too long range with a clear message', () => {
    const journal = freshJournal();
    expect(() => insights(journal.db, { from: '2026-12-01', to: '2026-11-01' })).toThrow(PileupError);
    expect(() => insights(journal.db, { from: '2026-12-01', to: '2026-11-01' })).toThrow(/starts \(2026-12-01\) after it ends \(2026-11-01\)/);
    expect(() => insights(journal.db, { from: '2000-01-01', to: '2026-11-01' })).toThrow(/at most ten years/);
    expect(() => insights(journal.db, { to: '2026-02-30' })).toThrow(/real date/);
  });

  it('is served through the contract, errors as envelopes', async () => {
    const journal = freshJournal();
    write(journal, [on('2026-11-20', 'automation', 'via dispatch', ['k8s'])]);
    const handlers = createHandlers(journal);
    const ok = await dispatch(handlers, 'insights', { from: '2026-11-01', to: '2026-11-30' });
    expect(ok).toMatchObject({ ok: true, value: { from: '2026-11-01', to: '2026-11-30', topTags: [{ tag: 'k8s', count: 1 }] } });
    expect(await dispatch(handlers, 'insights', { from: '2026-11-31' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(handlers, 'insights', { from: '2026-12-01', to: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/after it ends/) },
    });
  });
});
