// Day strings (YYYY-MM-DD) are local calendar days: format them without a UTC shift.
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function addDays(day: string, delta: number): string {
  const date = dayToDate(day);
  date.setDate(date.getDate() + delta);
  return localToday(date);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDay(day: string, language: string): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' });
    dayFormats.set(language, format);
  }
  return format.format(dayToDate(day));
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** A compact day for tight places (a list row): "Jul 20, 2026", "2026. 7. 20.". */
export function formatShortDay(day: string, language: string): string {
  let format = shortFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    shortFormats.set(language, format);
  }
  return format.format(dayToDate(day));
}

export function formatTimestamp(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(ms));
}
