// Snippets for list items: a text search shows where each entry matched,
// whichever path (index or trash scan) found it.
import type { EntryListItem } from '../common/model';
import { makeSnippet } from '../search/snippet';

export function withSnippets(entries: EntryListItem[], terms: readonly string[]): EntryListItem[] {
  if (terms.length === 0) return entries;
  return entries.map((entry) => ({ ...entry, snippet: makeSnippet(entry.body, terms) }));
}
