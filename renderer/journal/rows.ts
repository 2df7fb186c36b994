// Turns a page of entries into the rows the virtual list draws: a header per day,
// then that day's entries. Pure and unit-tested.
import type { EntryListItem, SnippetPart } from '../../db/common/model';

export type ListRow =
  | { kind: 'day'; key: string; day: string; count: number }
  | { kind: 'entry'; key: string; entry: EntryListItem };

/**
 * Entries arrive newest day first; consecutive entries of one day share a header.
 * Search results arrive ranked by relevance instead, so they are not grouped
 * (`groupByDay: false`): each row then shows its own day.
 */
export function buildRows(entries: readonly EntryListItem[], groupByDay = true): ListRow[] {
  if (!groupByDay) return entries.map((entry) => ({ kind: 'entry', key: entry.id, entry }));
  const rows: ListRow[] = [];
  let header: { kind: 'day'; key: string; day: string; count: number } | null = null;
  for (const entry of entries) {
    if (!header || header.day !== entry.day) {
      header = { kind: 'day', key: `day:${entry.day}:${rows.length}`, day: entry.day, count: 0 };
      rows.push(header);
    }
    header.count += 1;
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  return rows;
}

/** The first line worth showing: markdown markers stripped, blank lines skipped. */
export function firstLine(body: string, maxChars = 200): string {
  for (const raw of body.split('\n')) {
    const line = raw
      .replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+|```\w*|\|)/, '')
      .replace(/[*_`~]+/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim();
    if (line !== '' && !/^[-=|:\s]+$/.test(line)) return line.length > maxChars ? `${line.slice(0, maxChars)}…` : line;
  }
  return '';
}

/** Splits text into plain and matched parts for each search term (case-insensitive, substring: 배포 inside 배포했다). */
export function highlightTerms(text: string, terms: readonly string[]): SnippetPart[] {
  const needles = terms.map((t) => t.trim().toLocaleLowerCase()).filter((t) => t !== '');
  if (needles.length === 0 || text === '') return [{ text, hit: false }];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change lengths for a few scripts; only trust positions when it did not.
  if (haystack.length !== text.length) return [{ text, hit: false }];
  const hits = new Array<boolean>(text.length).fill(false);
  for (const needle of needles) {
    let at = haystack.indexOf(needle);
    while (at !== -1) {
      for (let i = at; i < at + needle.length; i++) hits[i] = true;
      at = haystack.indexOf(needle, at + needle.length);
    }
  }
  const parts: SnippetPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || hits[i] !== hits[start]) {
      parts.push({ text: text.slice(start, i), hit: hits[start] === true });
      start = i;
    }
  }
  return parts;
}

/** The row to jump to for `day`: its header (or, with no entries that day, the next older day's); null while not loaded. */
export function jumpTargetRow(rows: readonly ListRow[], day: string, groupByDay: boolean): number | null {
  if (!groupByDay) {
    const at = rows.findIndex((r) => r.kind === 'entry' && r.entry.day === day);
    return at >= 0 ? at : null;
  }
  const at = rows.findIndex((r) => r.kind === 'day' && r.day <= day);
  return at >= 0 ? at : null;
}
