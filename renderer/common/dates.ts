// Day strings (YYYY-MM-DD) are local calendar days: format them without a UTC shift.
// Day arithmetic lives in db/common/calendar; this file is about today and display.
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A Date at local noon of `day`, for Intl formatting that must show that same day. */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per language and options: building one costs more than formatting with it. */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    formats.set(key, format);
  }
  return format;
}

/** "Fri, Nov 20, 2026" / "2026년 11월 20일 (금)" */
export function formatDay(day: string, language: string): string {
  return dateFormat(language, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(dayToDate(day));
}

/** A compact day for tight places (a list row): "Jul 20, 2026", "2026. 7. 20.". */
export function formatShortDay(day: string, language: string): string {
  return dateFormat(language, { dateStyle: 'medium' }).format(dayToDate(day));
}

export function formatTimestamp(iso: string, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** With seconds, where versions saved within one minute must be told apart: "Nov 20, 2026, 7:59:42 PM". */
export function formatTimestampSeconds(iso: string, language: string): string {
  return dateFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

export function formatTime(ms: number, language: string): string {
  return dateFormat(language, { timeStyle: 'short' }).format(new Date(ms));
}
