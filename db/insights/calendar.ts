// Periods for reviews: ISO weeks and months, parsed with clear errors. The day
// arithmetic itself is shared with the UI (db/common/calendar.ts).
import { PileupError } from '../common/errors';
import { addDays, daysInMonth, isoWeeksInYear, mondayOf } from '../common/calendar';

export interface Period {
  /** `2026-W47` or `2026-11`. */
  period: string;
  kind: 'week' | 'month';
  from: string;
  to: string;
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
  const lastDay = daysInMonth(year, month);
  return { period: `${m[1]}-${m[2]}`, kind: 'month', from, to: `${m[1]}-${m[2]}-${String(lastDay).padStart(2, '0')}` };
}
