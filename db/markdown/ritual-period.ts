// The period a ritual document covers: an ISO week (weekly snippets), a month
// or a quarter (brag document). Weeks and months parse as the reviews do.
import { PileupError } from '../common/errors';
import { daysInMonth, isoWeekOf } from '../common/calendar';
import { parseIsoWeek, parseMonth } from '../insights/calendar';

export type RitualPeriodRequest = { week: string } | { month: string } | { quarter: string };

export interface RitualPeriod {
  /** `2026-W48`, `2026-11` or `2026-Q4`. */
  period: string;
  kind: 'week' | 'month' | 'quarter';
  from: string;
  to: string;
}

/** `2026-Q4` → 2026-10-01 to 2026-12-31. */
export function parseQuarter(text: string): RitualPeriod {
  const m = /^(\d{4})-Q([1-4])$/.exec(text.trim());
  if (!m) throw new PileupError('invalid_input', `"${text}" is not a quarter; write it like 2026-Q4.`);
  const year = Number(m[1]);
  if (year < 1900 || year > 2999) throw new PileupError('invalid_input', `${text}: the year must be between 1900 and 2999.`);
  const first = (Number(m[2]) - 1) * 3 + 1;
  const last = first + 2;
  const mm = (month: number): string => String(month).padStart(2, '0');
  return { period: `${m[1]}-Q${m[2]}`, kind: 'quarter', from: `${m[1]}-${mm(first)}-01`, to: `${m[1]}-${mm(last)}-${daysInMonth(year, last)}` };
}

/** The quarter a day falls in, e.g. `2026-Q4`. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export function ritualPeriod(request: RitualPeriodRequest): RitualPeriod {
  if ('week' in request) return parseIsoWeek(request.week);
  if ('month' in request) return parseMonth(request.month);
  return parseQuarter(request.quarter);
}

/** The period of a ritual, or its default around `today`: this week for snippets, this quarter for a brag document. */
export function periodFor(format: 'snippets' | 'brag', request: RitualPeriodRequest | undefined, today: string): RitualPeriod {
  if (request) {
    if (format === 'brag' && 'week' in request) throw new PileupError('invalid_input', 'A brag document covers a month or a quarter (--month 2026-11 or --quarter 2026-Q4), not a week.');
    return ritualPeriod(request);
  }
  return format === 'snippets' ? parseIsoWeek(isoWeekOf(today)) : parseQuarter(quarterOf(today));
}
