// Calendar arithmetic on `YYYY-MM-DD` strings. Days are plain calendar dates,
// so everything runs on UTC milliseconds of midnight: the result never depends
// on the machine's time zone (an entry's day is its own, never a UTC cut).
import { PileupError } from '../errors';

const MS_PER_DAY = 86_400_000;

export interface Period {
  /** `2026-W47` or `2026-11`. */
  period: string;
  kind: 'week' | 'month';
  from: string;
  to: string;
}

function toMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromMs(toMs(day) + days * MS_PER_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / MS_PER_DAY);
}

/** 0 for Monday … 6 for Sunday. */
export function isoWeekday(day: string): number {
  return (new Date(toMs(day)).getUTCDay() + 6) % 7;
}

export function mondayOf(day: string): string {
  return addDays(day, -isoWeekday(day));
}

/** The ISO 8601 week of a day, e.g. `2026-W47`; weeks start on Monday and belong to the year of their Thursday. */
export function isoWeekOf(day: string): string {
  const thursday = toMs(day) + (3 - isoWeekday(day)) * MS_PER_DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / MS_PER_DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** 52 or 53: 28 December always falls in the last ISO week of its year. */
export function isoWeeksInYear(year: number): number {
  return Number(isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).slice(6));
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function checkYear(year: number, what: string): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new PileupError('invalid_input', `${what}: the year must be between ${MIN_YEAR} and ${MAX_YEAR}.`);
  }
}

/** `2026-W47` → Monday 2026-11-16 to Sunday 2026-11-22. */
export function parseIsoWeek(text: string): Period {
  const m = /^(\d{4})-W(\d{2})$/.exec(text.trim());
  if (!m) throw new PileupError('invalid_input', `"${text}" is not a week; write it like 2026-W47.`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  checkYear(year, text);
  const weeks = isoWeeksInYear(year);
  if (week < 1 || week > weeks) {
    throw new PileupError('invalid_input', `${text} does not exist: ${year} has weeks W01 to W${weeks}.`);
  }
  // 4 January is always in week 1.
  const jan4 = `${m[1]}-01-04`;
  const from = addDays(mondayOf(jan4), (week - 1) * 7);
  return { period: `${m[1]}-W${m[2]}`, kind: 'week', from, to: addDays(from, 6) };
}

/** `2026-11` → 2026-11-01 to 2026-11-30. */
export function parseMonth(text: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) throw new PileupError('invalid_input', `"${text}" is not a month; write it like 2026-11.`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  checkYear(year, text);
  if (month < 1 || month > 12) throw new PileupError('invalid_input', `${text} does not exist: months run from 01 to 12.`);
  const from = `${m[1]}-${m[2]}-01`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { period: `${m[1]}-${m[2]}`, kind: 'month', from, to: `${m[1]}-${m[2]}-${String(lastDay).padStart(2, '0')}` };
}
