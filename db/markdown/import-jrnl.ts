// jrnl's exports: plain text (`jrnl --export text`, also the journal file
// itself: `[2026-11-25 09:30:00 AM] Title` or the older `2026-11-25 09:30
// Title`) and markdown (`jrnl --export md`: `# 2026`, `## November`,
// `### 2026-11-25 09:30:00 AM Title`, body headings pushed down three levels).
// Tags are jrnl's `@tag` and `#tag`; the time of day is dropped (an entry has a day).
import type { ImportProblem } from '../common/model';
import { findHashtags } from './hashtags';
import { splitPillarTags, trimBlankLines, type ParseOutcome, type ParsedEntry } from './parsed';
import { splitLinesAnyEnding } from './format';
import { isSpaceCode } from './scan';

// Every header pattern is anchored with a bounded date-and-time prefix. The
// title tail is `\s+(\S.*)?` rather than `\s+(.*)`: the same capture, but the
// space run and the title cannot trade characters, so a line of many spaces
// before a line terminator fails in linear time instead of quadratic.
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const BRACKETED = new RegExp(String.raw`^\[(\d{4}-\d{2}-\d{2})(?:[ T]${TIME})?\]\s?(.*)$`);
const PLAIN = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2})[ T]${TIME}(?:\s+(\S.*)?)?$`);
const MD_ENTRY = new RegExp(String.raw`^###\s+(\d{4}-\d{2}-\d{2})(?:[ T]${TIME})?(?:\s+(\S.*)?)?$`);
const MD_YEAR_OR_MONTH = /^#{1,2}\s+\S+\s*$/;

type Variant = 'markdown' | 'bracketed' | 'plain';

function variantOf(lines: readonly string[]): Variant | null {
  if (lines.some((l) => MD_ENTRY.test(l))) return 'markdown';
  if (lines.some((l) => BRACKETED.test(l))) return 'bracketed';
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && PLAIN.test(first) ? 'plain' : null;
}

export function looksLikeJrnl(text: string): boolean {
  return variantOf(splitLinesAnyEnding(text)) !== null;
}

/**
 * A header's title without jrnl's starred-entry mark: what
 * title.replace(/\s+\*$/, '').trim() gives, without that regex's quadratic
 * scan of a long space run that does not end in `*`.
 */
function titleWithoutStar(title: string): string {
  const n = title.length;
  if (n >= 2 && title.charCodeAt(n - 1) === 0x2a /* * */ && isSpaceCode(title.charCodeAt(n - 2))) return title.slice(0, n - 1).trim();
  return title.trim();
}

const HEADER: Record<Variant, RegExp> = { markdown: MD_ENTRY, bracketed: BRACKETED, plain: PLAIN };

export function parseJrnl(text: string): ParseOutcome {
  const lines = splitLinesAnyEnding(text);
  const variant = variantOf(lines);
  if (!variant) {
    return {
      entries: [],
      problems: [{ line: 1, message: 'This is not a jrnl export: no line looks like "[YYYY-MM-DD HH:MM] Title" or "### YYYY-MM-DD HH:MM Title".' }],
    };
  }
  const header = HEADER[variant];
  const entries: ParsedEntry[] = [];
  const problems: ImportProblem[] = [];
  let current: { line: number; day: string; title: string; body: string[] } | null = null;

  const finish = () => {
    if (current) entries.push(toEntry(current, variant));
    current = null;
  };

  lines.forEach((line, index) => {
    const n = index + 1;
    const m = header.exec(line);
    if (m) {
      finish();
      current = { line: n, day: m[1]!, title: titleWithoutStar(m[2] ?? ''), body: [] };
    } else if (current) {
      current.body.push(line);
    } else if (variant === 'markdown' && MD_YEAR_OR_MONTH.test(line)) {
      // `# 2026` and `## November` only group entries.
    } else if (line.trim() !== '') {
      problems.push({
        line: n,
        message: variant === 'markdown'
          ? 'Text before the first entry; jrnl markdown entries start with "### YYYY-MM-DD HH:MM Title".'
          : 'Text before the first entry; jrnl entries start with "[YYYY-MM-DD HH:MM] Title".',
      });
    }
  });
  finish();
  return { entries, problems };
}

function toEntry(raw: { line: number; day: string; title: string; body: string[] }, variant: Variant): ParsedEntry {
  let body = trimBlankLines(raw.body);
  // jrnl's markdown export pushes body headings down by three levels; undo that.
  if (variant === 'markdown') body = body.map((l) => l.replace(/^###(#+\s)/, '$1'));
  const text = body.join('\n');
  const { pillars, tags } = splitPillarTags(findHashtags(`${raw.title}\n${text}`, '#@'));
  return { line: raw.line, day: raw.day, title: raw.title, body: text, pillars, tags };
}
