// Calendar arithmetic on `YYYY-MM-DD` strings for the insights view. Days are
// plain dates, so this runs on UTC midnights: no time zone can shift a day.
// (The same rules as db/insights/calendar.ts; the renderer may not import db code.)

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

/** `2026-W47` for any day of that ISO week. */
export function isoWeekOf(day: string): string {
  const thursday = toMs(day) + (3 - isoWeekday(day)) * MS_PER_DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / MS_PER_DAY / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of an ISO week written `2026-W47`, or null when it is not one. */
export function mondayOfIsoWeek(week: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
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

/** A Date at local noon of `day`, for Intl formatting that must show that same day. */
export function dayToLocalDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}
