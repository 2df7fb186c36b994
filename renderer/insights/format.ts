// Locale-aware labels for days, months and weekdays (never shifting a day).
import { dayToLocalDate } from './calendar';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    cache.set(key, format);
  }
  return format;
}

/** "Fri, Nov 20, 2026" / "2026년 11월 20일 (금)" */
export function longDay(day: string, language: string): string {
  return formatter(language, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(dayToLocalDate(day));
}

/** "Nov 20" / "11월 20일" */
export function shortDay(day: string, language: string): string {
  return formatter(language, { month: 'short', day: 'numeric' }).format(dayToLocalDate(day));
}

/** "Nov" / "11월" for `2026-11`. */
export function shortMonth(month: string, language: string): string {
  return formatter(language, { month: 'short' }).format(dayToLocalDate(`${month}-01`));
}

/** "Mon" / "월" for 0 = Monday. */
export function weekdayName(index: number, language: string): string {
  // 2024-01-01 was a Monday.
  return formatter(language, { weekday: 'short' }).format(dayToLocalDate(`2024-01-0${index + 1}`));
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
