// What `relatedEntries` answers: entries listed like a search page, best first.
import type { EntryListItem } from './model';

export interface RelatedPage {
  /** Entries sharing at least one of the distinctive terms looked at (as far as they were listed). */
  total: number;
  entries: EntryListItem[];
}
