// The Pileup markdown layout, shared by export and import. Every entry sits
// between HTML comment markers (invisible on GitHub and in most wikis) so the
// import can recover day, title, pillars, tags and body exactly, whatever the
// body contains; the visible heading and metadata line are for people only.
import type { Pillar } from '../common/model';
import { skipSpaces, startsWithIgnoringCase } from './scan';

export const EXPORT_MARKER = '<!-- pileup:export v1 -->';
export const ENTRY_START = '<!-- pileup:entry ';
export const ENTRY_START_END = ' -->';
export const BODY_START = '<!-- pileup:body -->';
export const ENTRY_END = '<!-- /pileup:entry -->';

/** What an entry marker carries: the exact fields, as JSON. */
export interface EntryMeta {
  day: string;
  title: string;
  pillars: Pillar[];
  tags: string[];
}

// A body line that looks like any marker (any spacing, any case, already
// escaped or not) gains one backslash on export and loses one on import, so
// the mapping is reversible and structural markers only ever start a line
// with `<!-- pileup:` or `<!-- /pileup:` exactly. "Looks like a marker" is
// /^\\*<!--\s*\/?\s*pileup:/i, scanned by hand: as a regex the two
// adjacent `\s*` backtrack quadratically on a long run of spaces.
function isMarkerLike(line: string, from: number): boolean {
  let i = from;
  while (line.charCodeAt(i) === 0x5c /* \ */) i++;
  if (!line.startsWith('<!--', i)) return false;
  i = skipSpaces(line, i + 4);
  if (line.charCodeAt(i) === 0x2f /* / */) i = skipSpaces(line, i + 1);
  return startsWithIgnoringCase(line, 'pileup:', i);
}

export function escapeBodyLine(line: string): string {
  return isMarkerLike(line, 0) ? `\\${line}` : line;
}

export function unescapeBodyLine(line: string): string {
  return line.startsWith('\\') && isMarkerLike(line, 1) ? line.slice(1) : line;
}

export function isStructuralLine(line: string): boolean {
  return line.startsWith('<!-- pileup:') || line.startsWith('<!-- /pileup:');
}

/** JSON that cannot close the surrounding HTML comment early. */
export function encodeMeta(meta: EntryMeta): string {
  return JSON.stringify(meta).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

export function entryStartLine(meta: EntryMeta): string {
  return `${ENTRY_START}${encodeMeta(meta)}${ENTRY_START_END}`;
}

/** The JSON text of an entry start line, or null when the line is not one. */
export function metaTextOf(line: string): string | null {
  if (!line.startsWith(ENTRY_START) || !line.endsWith(ENTRY_START_END)) return null;
  return line.slice(ENTRY_START.length, line.length - ENTRY_START_END.length);
}

/** Text as lines, tolerating a byte-order mark and a file whose every line end became CRLF. */
export function splitLines(text: string): string[] {
  let t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (t.includes('\r\n') && !/(^|[^\r])\n/.test(t)) t = t.replace(/\r\n/g, '\n');
  return t.split('\n');
}

/** Text as lines, with a byte-order mark dropped and CRLF line ends read as LF wherever they occur (for formats with no exact round trip). */
export function splitLinesAnyEnding(text: string): string[] {
  const t = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return t.split(/\r?\n/);
}
