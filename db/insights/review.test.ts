import { describe, expect, it } from 'vitest';
import { PileupError } from '../common/errors';
import { createHandlers, dispatch } from '../handlers';
import { firstLine } from './first-line';
import { review } from './index';
import { escapeInline } from './review-markdown';
import { review as reviewIn } from './review';
import { freshJournal, on, write } from './test-fixtures';

function seedWeek47() {
  const journal = freshJournal();
  write(journal, [
    on('2026-11-14', 'culture', 'Saturday before: streak only'),
    on('2026-11-15', 'culture', 'Sunday before: streak only', ['outside']),
    on('2026-11-16', ['automation', 'sharing'], '배포 파이프라인 자동화', ['ci', '배포'], '## 요약\n\nGitHub Actions로 배포를 자동화했다.\n둘째 줄은 안 나온다.'),
    on('2026-11-16', 'measurement', 'SLO 대시보드', ['slo'], '에러 버짓을 **처음으로** 계산했다.'),
    on('2026-11-17', 'culture', 'Blameless 회고', ['회고', 'ci'], '- 장애 대응을 돌아봤다'),
    on('2026-11-19', 'automation', '', ['ci'], '```sh\nterraform apply\n```\nTerraform 모듈 정리'),
    on('2026-11-23', 'sharing', 'next week: not in the review', ['later']),
  ]);
  const gone = journal.createEntry(on('2026-11-18', 'sharing', 'deleted entry', ['deleted-tag']));
  journal.deleteEntry(gone.id);
  return journal;
}

describe('a week review', () => {
  it('names the period and counts entries per pillar', () => {
    const journal = seedWeek47();
    const result = review(journal.db, { week: '2026-W47' }, '2026-12-01');
    expect(result).toMatchObject({ period: '2026-W47', from: '2026-11-16', to: '2026-11-22', count: 4 });
    const md = result.markdown;
    expect(md.startsWith('# Pileup review — week 2026-W47\n\n2026-11-16 – 2026-11-22 · 4 entries on 3 of 7 days\n')).toBe(true);
    expect(md).toContain('| Culture | 1 |\n| Automation | 2 |\n| Measurement | 1 |\n| Sharing | 1 |');
    expect(md).toContain('the counts add up to more than the entries');
  });

  it('groups entries by pillar with their titles and first lines, an entry under each of its pillars', () => {
    const md = review(seedWeek47().db, { week: '2026-W47' }, '2026-12-01').markdown;
    expect(md).toContain(
      '## Automation (2)\n\n' +
        '- 2026-11-16 — **배포 파이프라인 자동화** — GitHub Actions로 배포를 자동화했다. _(also Sharing)_\n' +
        '- 2026-11-19 — Terraform 모듈 정리',
    );
    expect(md).toContain('## Sharing (1)\n\n- 2026-11-16 — **배포 파이프라인 자동화** — GitHub Actions로 배포를 자동화했다. _(also Automation)_');
    expect(md).toContain('## Culture (1)\n\n- 2026-11-17 — **Blameless 회고** — 장애 대응을 돌아봤다');
    expect(md).toContain('- 2026-11-16 — **SLO 대시보드** — 에러 버짓을 **처음으로** 계산했다.');
    expect(md.indexOf('## Culture (1)')).toBeLessThan(md.indexOf('## Automation (2)'));
    expect(md).not.toContain('둘째 줄');
    expect(md).not.toContain('deleted entry');
    expect(md).not.toContain('next week');
    expect(md).not.toContain('streak only');
  });

  it('lists the tags of the period and the streak figures', () => {
    const md = review(seedWeek47().db, { week: '2026-W47' }, '2026-12-01').markdown;
    expect(md).toContain('## Tags\n\n`ci` ×3 · `slo` ×1 · `배포` ×1 · `회고` ×1\n');
    expect(md).not.toContain('deleted-tag');
    expect(md).not.toContain('outside');
    // 14–17 November is the longest run so far; only 16–17 lie inside the week.
    expect(md).toContain('- Longest run in this week: 2 days');
    expect(md).toContain('- Streak on 2026-11-22: 0 days');
    expect(md).toContain('- Longest streak so far: 4 days, ending 2026-11-17');
  });

  it('measures the streak today while the week is still running', () => {
    const md = review(seedWeek47().db, { week: '2026-W47' }, '2026-11-17').markdown;
    expect(md).toContain('- Streak on 2026-11-17: 4 days');
  });

  it('says so when the period is empty', () => {
    const result = review(freshJournal().db, { week: '2020-W53' }, '2026-11-20');
    expect(result).toMatchObject({ period: '2020-W53', from: '2020-12-28', to: '2021-01-03', count: 0 });
    expect(result.markdown).toContain('0 entries on 0 of 7 days');
    expect(result.markdown).toContain('_No entries in this week._');
    expect(result.markdown).toContain('_No tags in this period._');
    expect(result.markdown).toContain('- Longest streak so far: none yet');
  });

  it('refuses a week that does not exist', async () => {
    const journal = freshJournal();
    expect(() => review(journal.db, { week: '2026-W54' })).toThrow(PileupError);
    expect(() => review(journal.db, { week: '2026-W54' })).toThrow('2026-W54 does not exist: 2026 has weeks W01 to W53.');
    const envelope = await dispatch(createHandlers(journal), 'review', { week: '2021-W53' });
    expect(envelope).toEqual({ ok: false, error: { code: 'invalid_input', message: '2021-W53 does not exist: 2021 has weeks W01 to W52.' } });
    expect(await dispatch(createHandlers(journal), 'review', { week: '2026-W1' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('a month review', () => {
  it('covers the calendar month across week boundaries', async () => {
    const journal = freshJournal();
    write(journal, [
      on('2026-10-31', 'culture', 'October'),
      on('2026-11-01', 'sharing', '11월 첫날 발표'),
      on('2026-11-30', 'automation', 'last day of November'),
      on('2026-12-01', 'culture', 'December'),
    ]);
    const result = review(journal.db, { month: '2026-11' }, '2026-12-05');
    expect(result).toMatchObject({ period: '2026-11', from: '2026-11-01', to: '2026-11-30', count: 2 });
    expect(result.markdown.split('\n')[0]).toBe('# Pileup review — November 2026 (2026-11)');
    expect(result.markdown).toContain('2 entries on 2 of 30 days');
    expect(result.markdown).toContain('- Longest run in this month: 1 day');
    expect(result.markdown).toContain('- Streak on 2026-11-30: 1 day');
    expect(result.markdown).toContain('- Longest streak so far: 2 days, ending 2026-11-01');
    expect(result.markdown).not.toMatch(/October|December/);
    expect(await dispatch(createHandlers(journal), 'review', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('review text', () => {
  it('takes the first line that says something, without block markers', () => {
    expect(firstLine('\n\n# 제목\n본문')).toBe('본문');
    expect(firstLine('## 제목만 ##\n\n')).toBe('제목만');
    expect(firstLine('```\n# not a heading\n```\n\n배포했다')).toBe('배포했다');
    expect(firstLine('```\ncode\n```')).toBe('code');
    expect(firstLine('---\n> 인용문')).toBe('인용문');
    expect(firstLine('- [x] done it')).toBe('done it');
    expect(firstLine('1. first')).toBe('first');
    expect(firstLine('   ')).toBe('');
    expect(Array.from(firstLine('가'.repeat(500))).length).toBe(160);
    expect(firstLine('가'.repeat(500)).endsWith('…')).toBe(true);
  });

  it('escapes titles so they stay plain text', () => {
    expect(escapeInline('a*b_c [x](y) <b> | `k`')).toBe('a\\*b\\_c \\[x\\](y) \\<b\\> \\| \\`k\\`');
  });

  it('never lets raw HTML through from a first line, and quotes tags with backticks safely', () => {
    const journal = freshJournal();
    write(journal, [on('2026-11-16', 'sharing', '<script>alert(1)</script>', ['a`b'], '<img src=x onerror=alert(1)> hi')]);
    const md = review(journal.db, { week: '2026-W47' }, '2026-12-01').markdown;
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('&lt;img src=x onerror=alert(1)> hi');
    expect(md).toContain('``a`b`` ×1');
  });
});

describe('a review in Korean, without private entries', () => {
  it('says its labels, days and numbers in Korean and leaves private entries out of every figure', () => {
    const journal = seedWeek47();
    journal.createEntry(on('2026-11-21', 'culture', '연봉 면담 메모', ['private', 'career'], '팀에는 비밀'));
    const md = reviewIn(journal.db, { week: '2026-W47', lang: 'ko' }, '2026-12-01').markdown;
    expect(md.startsWith('# Pileup 회고 — 2026-W47 주간\n\n2026년 11월 16일 (월) – 2026년 11월 22일 (일) · 7일 중 3일 동안 기록 4개\n')).toBe(true);
    expect(md).toContain('| 기둥 | 기록 |');
    expect(md).toContain('| 문화 | 1 |\n| 자동화 | 2 |\n| 측정 | 1 |\n| 공유 | 1 |');
    expect(md).toContain('## 자동화 (2)\n\n- 11월 16일 (월) — **배포 파이프라인 자동화** — GitHub Actions로 배포를 자동화했다. _(공유에도 속함)_');
    expect(md).toContain('- 이번 주 가장 긴 연속: 2일');
    expect(md).not.toMatch(/연봉|career|private|Monday|entries/);
    const withPrivate = reviewIn(journal.db, { week: '2026-W47', lang: 'ko', includePrivate: true }, '2026-12-01');
    expect(withPrivate.count).toBe(5);
    expect(withPrivate.markdown).toContain('연봉 면담 메모');
  });
});
