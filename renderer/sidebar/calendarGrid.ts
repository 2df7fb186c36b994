// The mini calendar's month grid and its keyboard moves, on YYYY-MM-DD
// strings (db/common/calendar: no time zone can shift a day). Pure.
import { addDays, daysInMonth, isoWeekday, shiftMonth } from '../../db/common/calendar';

/** The first column's weekday, 0 = Monday … 6 = Sunday, as the locale has it. */
export function firstWeekdayOf(language: string): number {
  try {
    // Intl.Locale#getWeekInfo (weekInfo in older engines): firstDay 1 = Monday … 7 = Sunday.
    const locale: { baseName: string; getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } } = new Intl.Locale(language);
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7) return firstDay - 1;
  } catch {
    // An unknown tag: fall through to the table.
  }
  // Where the engine cannot say: Sunday-first in Korea and the US, Monday-first elsewhere.
  return /^(ko|en)(-(KR|US))?$/i.test(language) ? 6 : 0;
}

export interface CalendarCell {
  day: string;
  /** False for the days of the months before and after, which fill the first and last weeks. */
  inMonth: boolean;
}

/** The weeks of `month` (`2026-11`), each seven days from `firstWeekday`. */
export function monthGrid(month: string, firstWeekday: number): CalendarCell[][] {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const last = `${month}-${String(daysInMonth(y ?? 1970, m ?? 1)).padStart(2, '0')}`;
  let day = addDays(first, -((isoWeekday(first) - firstWeekday + 7) % 7));
  const weeks: CalendarCell[][] = [];
  while (day <= last) {
    const week: CalendarCell[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ day, inMonth: day.startsWith(month) });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** Weekdays (0 = Monday) in column order. */
export function weekdayColumns(firstWeekday: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (firstWeekday + i) % 7);
}

/** The same day of the month `delta` months away, or that month's last day (31 Jan → 28 Feb). */
export function shiftDayByMonths(day: string, delta: number): string {
  const month = shiftMonth(day.slice(0, 7), delta);
  const [y, m] = month.split('-').map(Number);
  const d = Math.min(Number(day.slice(8)), daysInMonth(y ?? 1970, m ?? 1));
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** Where a key moves the focused day: arrows by day and week, Home/End to the week's ends, PageUp/PageDown by month. */
export function dayAfterKey(day: string, key: string, firstWeekday: number): string | null {
  const column = (isoWeekday(day) - firstWeekday + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -column);
    case 'End':
      return addDays(day, 6 - column);
    case 'PageUp':
      return shiftDayByMonths(day, -1);
    case 'PageDown':
      return shiftDayByMonths(day, 1);
    default:
      return null;
  }
}
