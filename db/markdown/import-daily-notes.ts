// Daily notes, the Obsidian / Logseq habit: one file per day named
// `YYYY-MM-DD.md` (Logseq writes `YYYY_MM_DD.md`), `#tags` in the text, and
// optionally YAML front matter with `tags:`. One file becomes one entry.
import { findHashtags } from './hashtags';
import { splitLines } from './format';
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

function frontMatter(lines: readonly string[]): FrontMatter {
  if (lines[0]?.trim() !== '---') return { tags: [], end: 0 };
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (close < 0) return { tags: [], end: 0 };
  const tags: string[] = [];
  let inTagList = false;
  for (const line of lines.slice(1, close)) {
    const key = /^(tags?|keywords)\s*:\s*(.*)$/i.exec(line);
    if (key) {
      const value = key[2]!.trim();
      inTagList = value === '';
      if (value) tags.push(...value.replace(/^\[|\]$/g, '').split(/[,\s]+/));
      continue;
    }
    const item = /^\s*-\s+(.+)$/.exec(line);
    if (inTagList && item) tags.push(item[1]!);
    else inTagList = false;
  }
  return { tags: tags.map((t) => t.trim().replace(/^["']|["']$/g, '')).filter(Boolean), end: close + 1 };
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
  const heading = /^#\s+(.+?)\s*#*\s*$/.exec(content[0]!);
  if (heading) {
    title = heading[1]! === day ? '' : heading[1]!;
    bodyLines = trimBlankLines(content.slice(1));
  }
  const body = bodyLines.join('\n').replace(/\s+$/, '');
  if (!title && !body) return { entries: [], problems: [] }; // only the day as a heading
  const { pillars, tags } = splitPillarTags([...front.tags, ...findHashtags(body)]);
  const line = lines.findIndex((l, i) => i >= front.end && l.trim() !== '') + 1;
  return { entries: [{ line, day, title, body, pillars, tags }], problems: [] };
}
