// The day range an insights request covers.
import { isValidDay } from '../common/contract';
import { PileupError } from '../common/errors';
import { localToday } from '../rows';
import { addDays, daysBetween } from '../common/calendar';

/** The default range: this many days, ending today. */
export const DEFAULT_RANGE_DAYS = 365;
/** Ten years of days: enough for any chart, small enough to answer quickly. */
export const MAX_RANGE_DAYS = 3660;

export interface DayRange {
  from: string;
  to: string;
}

function checkDay(value: string, name: string): void {
  if (!isValidDay(value)) throw new PileupError('invalid_input', `${name} must be a real date written as YYYY-MM-DD (got "${value}").`);
}

/** Fills in the default (the last 365 days up to `today`) and checks the range. */
export function resolveRange(range: { from?: string; to?: string }, today: string = localToday()): DayRange {
  if (range.to !== undefined) checkDay(range.to, 'to');
  if (range.from !== undefined) checkDay(range.from, 'from');
  const to = range.to ?? today;
  const from = range.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) throw new PileupError('invalid_input', `The range starts (${from}) after it ends (${to}).`);
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) {
    throw new PileupError('invalid_input', `The range ${from} to ${to} is too long; pick at most ten years.`);
  }
  return { from, to };
}
