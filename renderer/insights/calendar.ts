// Calendar helpers for the insights view: the shared day arithmetic, plus
// turning a day into a Date for the user's own locale formatting.
export { addDays, daysBetween, isoWeekday, isoWeekOf, mondayOf, mondayOfIsoWeek, shiftMonth, shiftWeek } from '../../db/shared/calendar';

/** A Date at local noon of `day`, for Intl formatting that must show that same day. */
export function dayToLocalDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}
