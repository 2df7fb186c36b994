// Daily notes, the Obsidian / Logseq habit: one file per day named
// `YYYY-MM-DD.md` (Logseq writes `YYYY_MM_DD.md`), `#tags` in the text, and
// optionally YAML front matter with `tags:`. One file becomes one entry.
import { findHashtags } from './hashtags';
import { splitLines } from './format';
import { isLineTerminatorCode, isSpaceCode, skipCharBack, skipSpaces, skipSpacesBack, startsWithIgnoringCase } from './scan';
import { splitPillarTags, trimBlankLines, type ParseOutcome } from './parsed';

const DAY_FILE = /^(\d{4})[-_](\d{2})[-_](\d{2})\.(?:md|markdown|txt)$/i;

/** The day a daily-note file name stands for, or null. */
export function dayOfFileName(fileName: string | undefined): string | null {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  const m = DAY_FILE.exec(base);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

interface FrontMatter {
  tags: string[];
  /** Index of the first line after the front matter. */
  end: number;
}

/** The value of a `tags:`, `tag:` or `keywords:` line (any case, spaces before the colon), or null. */
function tagKeyValue(line: string): string | null {
  for (const key of ['tags', 'tag', 'keywords']) {
    if (!startsWithIgnoringCase(line, key, 0)) continue;
    const colon = skipSpaces(line, key.length);
    if (line.charCodeAt(colon) === 0x3a /* : */) return line.slice(colon + 1).trim();
  }
  return null;
}

/** The text of a `- item` line (spaces before the dash, at least one after it), or null. */
function listItem(line: string): string | null {
  const dash = skipSpaces(line, 0);
  if (line.charCodeAt(dash) !== 0x2d /* - */) return null;
  // As /^\s*-\s+(.+)$/: a space after the dash and at least one more character.
  if (!isSpaceCode(line.charCodeAt(dash + 1)) || line.length - dash < 3) return null;
  return line.slice(skipSpaces(line, dash + 1));
}

function frontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { tags: [], end: 0 };
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (close < 0) return { tags: [], end: 0 };
  const tags: string[] = [];
  let inTagList = false;
  for (const line of lines.slice(1, close)) {
    const value = tagKeyValue(line);
    if (value !== null) {
      inTagList = value === '';
      if (value) tags.push(...value.replace(/^\[|\]$/g, '').split(/[,\s]+/));
      continue;
    }
    const item = listItem(line);
    if (inTagList && item !== null) tags.push(item);
    else inTagList = false;
  }
  return { tags: tags.map((t) => t.trim().replace(/^["']|["']$/g, '')).filter(Boolean), end: close + 1 };
}

/**
 * The title of a `# Title ##` heading line, or null: what
 * /^#\s+(.+?)\s*#*\s*$/ captures, scanned in one pass (as a regex it is cubic
 * in the line's length). The title is the shortest text after the spaces
 * that leaves only spaces, closing #s and spaces, and holds no line terminator.
 */
export function headingTitle(line: string): string | null {
  if (line.charCodeAt(0) !== 0x23 /* # */ || !isSpaceCode(line.charCodeAt(1))) return null;
  const start = skipSpaces(line, 1);
  let title: string;
  if (start < line.length) {
    const closing = skipSpacesBack(line, skipCharBack(line, '#', skipSpacesBack(line, line.length, start), start), start);
    title = line.slice(start, Math.max(closing, start + 1));
  } else {
    // Only spaces after the #: the regex gives the title one of them, the last that is not a line terminator.
    let last = line.length - 1;
    while (last >= 2 && isLineTerminatorCode(line.charCodeAt(last))) last--;
    if (last < 2) return null;
    return line.charAt(last);
  }
  for (let i = 0; i < title.length; i++) if (isLineTerminatorCode(title.charCodeAt(i))) return null;
  return title;
}

export function parseDailyNote(text: string, fileName: string | undefined): ParseOutcome {
  const day = dayOfFileName(fileName);
  if (!day) {
    return {
      entries: [],
      problems: [{ line: 0, message: `Daily notes are named after their day, like 2026-11-25.md; "${fileName ?? '(no name)'}" is not.` }],
    };
  }
  const lines = splitLines(text);
  const front = frontMatter(lines);
  const content = trimBlankLines(lines.slice(front.end));
  if (content.length === 0) return { entries: [], problems: [] }; // an empty note from a template
  let title = '';
  let bodyLines = content;
  const heading = headingTitle(content[0]!);
  if (heading !== null) {
    title = heading === day ? '' : heading;
    bodyLines = trimBlankLines(content.slice(1));
  }
  const body = bodyLines.join('\n').trimEnd(); // trimEnd strips exactly \s, without /\s+$/'s quadratic scan
  if (!title && !body) return { entries: [], problems: [] }; // only the day as a heading
  const { pillars, tags } = splitPillarTags([...front.tags, ...findHashtags(body)]);
  const line = lines.findIndex((l, i) => i >= front.end && l.trim() !== '') + 1;
  return { entries: [{ line, day, title, body, pillars, tags }], problems: [] };
}
