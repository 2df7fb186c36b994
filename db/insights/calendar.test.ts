import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PileupError } from '../common/errors';
import { addDays, daysBetween, isoWeekOf, isoWeeksInYear, mondayOf } from '../common/calendar';
import { parseIsoWeek, parseMonth } from './calendar';

function expectInvalid(fn: () => unknown, message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PileupError);
    expect((error as PileupError).code).toBe('invalid_input');
    expect((error as PileupError).message).toMatch(message);
    return;
  }
  throw new Error('expected an invalid_input error');
}

describe('ISO weeks', () => {
  it('2026-W01 starts on Monday 2025-12-29, in the year before', () => {
    expect(parseIsoWeek('2026-W01')).toEqual({ period: '2026-W01', kind: 'week', from: '2025-12-29', to: '2026-01-04' });
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2025-12-28')).toBe('2025-W52');
  });

  it('2020 and 2026 have a week 53 that ends in the next year; 2021 does not', () => {
    expect(parseIsoWeek('2020-W53')).toMatchObject({ from: '2020-12-28', to: '2021-01-03' });
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(parseIsoWeek('2026-W53')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2021)).toBe(52);
    expectInvalid(() => parseIsoWeek('2021-W53'), /2021 has weeks W01 to W52/);
  });

  it('2026-W47 is Monday 16 to Sunday 22 November', () => {
    expect(parseIsoWeek('2026-W47')).toMatchObject({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('rejects weeks that do not exist with a clear message', () => {
    expectInvalid(() => parseIsoWeek('2026-W54'), /2026-W54 does not exist: 2026 has weeks W01 to W53/);
    expectInvalid(() => parseIsoWeek('2026-W00'), /does not exist/);
    expectInvalid(() => parseIsoWeek('2026-47'), /write it like 2026-W47/);
    expectInvalid(() => parseIsoWeek('0999-W10'), /year must be between/);
  });

  it('agrees with SQLite strftime(%G-W%V) on every day of 2019–2031', () => {
    const db = new Database(':memory:');
    const rows = db
      .prepare(
        `WITH RECURSIVE d(day) AS (SELECT '2019-01-01' UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < '2031-12-31')
         SELECT day, strftime('%G-W%V', day) AS week FROM d`,
      )
      .all() as { day: string; week: string }[];
    db.close();
    expect(rows.length).toBe(4748);
    const mismatches = rows.filter((r) => isoWeekOf(r.day) !== r.week);
    expect(mismatches).toEqual([]);
    for (const r of rows.filter((row) => row.day.endsWith('-07'))) {
      const week = parseIsoWeek(r.week);
      expect(r.day >= week.from && r.day <= week.to).toBe(true);
    }
  });
});

describe('months and day arithmetic', () => {
  it('knows month lengths, leap years included', () => {
    expect(parseMonth('2026-11')).toEqual({ period: '2026-11', kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(parseMonth('2024-02').to).toBe('2024-02-29');
    expect(parseMonth('2026-02').to).toBe('2026-02-28');
    expect(parseMonth('2026-12').to).toBe('2026-12-31');
    expectInvalid(() => parseMonth('2026-13'), /months run from 01 to 12/);
    expectInvalid(() => parseMonth('November'), /write it like 2026-11/);
  });

  it('adds days across month and year ends and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(mondayOf('2026-11-22')).toBe('2026-11-16');
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
  });
});
