// "On this day": entries from the same month and day in earlier years.
import type { Entry } from './model';

/** One earlier year's entries of that month-day, newest year first. */
export interface OnThisDayYear {
  year: number;
  entries: Entry[];
}
