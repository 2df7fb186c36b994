// Markdown export: exactly the entries a list filter selects, as one document
// grouped by day (newest first) that reads well on GitHub and in a wiki and
// that import-pileup.ts reads back into the same entries.
import type { Database } from 'better-sqlite3';
import { listEntries } from '../list/index';
import type { Entry, ExportResult, ListFilter, Pillar } from '../common/model';
import { localToday } from '../rows';
import { BODY_START, ENTRY_END, EXPORT_MARKER, entryStartLine, escapeBodyLine } from './format';

const PAGE = 200;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Every entry the filter selects, following the list's cursor to the end. */
export function collectEntries(db: Database, filter: ListFilter): Entry[] {
  const out: Entry[] = [];
  let cursor: string | null = null;
  do {
    const page = listEntries(db, { filter, cursor, limit: PAGE });
    out.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export function exportMarkdown(db: Database, filter: ListFilter, today: string = localToday()): ExportResult {
  const entries = collectEntries(db, filter);
  return { markdown: renderDocument(entries, filter, today), count: entries.length, fileName: `pileup-${today}.md` };
}

/** The document for entries in any order; days come out newest first, entries keep their order within a day. */
export function renderDocument(entries: readonly Entry[], filter: ListFilter, today: string): string {
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.day === b.entry.day ? a.index - b.index : a.entry.day < b.entry.day ? 1 : -1))
    .map(({ entry }) => entry);
  const out: string[] = ['# Pileup journal', '', EXPORT_MARKER, '', `> ${summaryLine(sorted, filter, today)}`, ''];
  let day = '';
  for (const entry of sorted) {
    if (entry.day !== day) {
      day = entry.day;
      out.push(`## ${day} · ${weekday(day)}`, '');
    }
    pushEntry(out, entry);
  }
  return out.join('\n');
}

function pushEntry(out: string[], entry: Entry): void {
  out.push(entryStartLine({ day: entry.day, title: entry.title, pillars: entry.pillars, tags: entry.tags }));
  out.push(`### ${visibleTitle(entry)}`, '');
  out.push(metadataLine(entry.pillars, entry.tags), '');
  out.push(BODY_START, '');
  // One blank line on each side of the body is part of the layout; the
  // import drops exactly those two, so leading and trailing blank lines and
  // trailing spaces inside the body survive.
  for (const line of entry.body.split('\n')) out.push(escapeBodyLine(line));
  out.push('', ENTRY_END, '');
}

function visibleTitle(entry: Entry): string {
  const title = entry.title.replace(/\s+/g, ' ').trim();
  if (title) return title;
  const firstLine = entry.body.split('\n').find((l) => l.trim() !== '') ?? '';
  const text = firstLine.replace(/^\s*#+\s*/, '').trim();
  if (!text) return 'Untitled';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function capitalized(pillar: Pillar): string {
  return pillar.charAt(0).toUpperCase() + pillar.slice(1);
}

function metadataLine(pillars: readonly Pillar[], tags: readonly string[]): string {
  const parts = [`**Pillars:** ${pillars.map(capitalized).join(', ')}`];
  if (tags.length) parts.push(`**Tags:** ${tags.map((t) => codeSpan(`#${t}`)).join(' ')}`);
  return parts.join(' · ');
}

/** A code span that holds any text, backticks included. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function weekday(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
}

function summaryLine(entries: readonly Entry[], filter: ListFilter, today: string): string {
  const parts = [entries.length === 1 ? '1 entry' : `${entries.length} entries`];
  const last = entries[0]?.day;
  const first = entries[entries.length - 1]?.day;
  if (first && last) parts.push(first === last ? first : `${first} – ${last}`);
  const described = describeFilter(filter);
  if (described) parts.push(`filter: ${described}`);
  parts.push(`exported from Pileup on ${today}`);
  return parts.join(' · ');
}

export function describeFilter(filter: ListFilter): string {
  const parts: string[] = [];
  if (filter.trash) parts.push('trash');
  if (filter.pillars?.length) parts.push(`pillars ${filter.pillars.join(', ')}`);
  if (filter.tags?.length) parts.push(`tags ${filter.tags.map((t) => `#${t}`).join(' ')}`);
  if (filter.from && filter.to) parts.push(`${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`from ${filter.from}`);
  else if (filter.to) parts.push(`to ${filter.to}`);
  if (filter.query?.trim()) parts.push(`search “${filter.query.trim()}”`);
  return parts.join('; ');
}
