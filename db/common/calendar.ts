// Calendar arithmetic on `YYYY-MM-DD` strings, shared by the core and the UI.
// Days are plain calendar dates, so everything runs on UTC milliseconds of
// midnight: no time zone can shift a day (an entry's day is its own, never a
// UTC cut). Pure: files in db/common/ import nothing from Node or SQLite, so
// the renderer may import them (the lint config enforces both sides).

const MS_PER_DAY = 86_400_000;

function toMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromMs(toMs(day) + days * MS_PER_DAY);
}

/** Days in `month` (1–12) of `year`: 28 to 31. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/** Monday of an ISO week written `2026-W47`, or null when it is not one. */
export function mondayOfIsoWeek(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  // 4 January is always in week 1.
  const monday = addDays(mondayOf(`${m[1]}-01-04`), (Number(m[2]) - 1) * 7);
  return isoWeekOf(monday) === week ? monday : null;
}

/** The week `delta` weeks from `week` (`2026-W47`). */
export function shiftWeek(week: string, delta: number): string {
  const monday = mondayOfIsoWeek(week);
  return monday ? isoWeekOf(addDays(monday, delta * 7)) : week;
}

/** The month `delta` months from `month` (`2026-11`). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 1970) * 12 + ((m ?? 1) - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
