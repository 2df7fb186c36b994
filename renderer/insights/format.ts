// Locale-aware labels for days, months and weekdays (never shifting a day).
import { dateFormat, dayToDate } from '../common/dates';

/** "Nov 20" / "11월 20일" */
export function shortDay(day: string, language: string): string {
  return dateFormat(language, { month: 'short', day: 'numeric' }).format(dayToDate(day));
}

/** "Nov" / "11월" for `2026-11`. */
export function shortMonth(month: string, language: string): string {
  return dateFormat(language, { month: 'short' }).format(dayToDate(`${month}-01`));
}

/** "Mon" / "월" for 0 = Monday. */
export function weekdayName(index: number, language: string): string {
  // 2024-01-01 was a Monday.
  return dateFormat(language, { weekday: 'short' }).format(dayToDate(`2024-01-0${index + 1}`));
}

export { formatNumber } from '../common/numbers';
