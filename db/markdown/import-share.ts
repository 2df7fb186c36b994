// Reads a share export (share-layout.ts) back into entries, as faithfully as
// its text allows: the day from the `##` day heading (English or Korean), the
// title from `###`, pillars and tags from the metadata line under it (either
// language), and the body with its headings moved back up. What the text
// cannot tell: a body heading that was capped at ######, blank lines around a
// body, and an untitled entry whose heading shows its first line.
import { isValidDay } from '../common/contract';
import type { ImportProblem, Pillar } from '../common/model';
import { SHARE_LABELS, SHARE_LANGS, pillarOfName } from '../common/share-labels';
import { splitLinesAnyEnding } from './format';
import { normalizeTags } from '../common/tags';
import { FenceTracker, headingText, headingsUp } from './share-headings';
import { BODY_HEADING_SHIFT, isUntitledHeading, unescapeShareText } from './share-layout';
import { trimBlankLines, type ParseOutcome, type ParsedEntry } from './parsed';

const EN_DAY = /^(?:[A-Za-z]+, )?([A-Za-z]+) (\d{1,2}), (\d{4})$/;
const KO_DAY = /^(\d{4})년 (\d{1,2})월 (\d{1,2})일(?: \(.\))?$/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:\s.*)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The day a day heading's text names, or null. */
export function dayOfHeading(text: string): string | null {
  let day: string | null = null;
  const iso = ISO_DAY.exec(text);
  const ko = KO_DAY.exec(text);
  const en = EN_DAY.exec(text);
  if (iso) day = iso[1]!;
  else if (ko) day = `${ko[1]}-${pad(Number(ko[2]))}-${pad(Number(ko[3]))}`;
  else if (en) {
    const month = SHARE_LABELS.en.months.findIndex((m) => m.toLowerCase() === en[1]!.toLowerCase());
    if (month >= 0) day = `${en[3]}-${pad(month + 1)}-${pad(Number(en[2]))}`;
  }
  return day && isValidDay(day) ? day : null;
}

/** A `## day` heading line's day, or null. */
function dayHeading(line: string): string | null {
  const text = headingText(line, 2);
  return text === null ? null : dayOfHeading(text);
}

/** True when the text has the share layout's structure: a day heading whose next non-blank line is an entry heading. */
export function looksLikeShare(text: string): boolean {
  const lines = splitLinesAnyEnding(text);
  const code = new FenceTracker();
  for (let i = 0; i < lines.length; i++) {
    if (code.inCode(lines[i]!) || dayHeading(lines[i]!) === null) continue;
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    if (next < lines.length && headingText(lines[next]!, 3) !== null) return true;
  }
  return false;
}

interface Metadata {
  pillars: Pillar[];
  tags: string[];
}

const LABEL_SETS = SHARE_LANGS.map((lang) => SHARE_LABELS[lang]);

/** `Pillars: Automation, Sharing · Tags: #k8s #배포` (or the Korean labels), or null when the line is not one. */
export function parseMetadataLine(line: string): Metadata | null {
  let pillars: Pillar[] | null = null;
  let tags: string[] = [];
  for (const part of line.split(' · ')) {
    const colon = part.indexOf(':');
    if (colon < 0) return null;
    const label = part.slice(0, colon).trim();
    const value = part.slice(colon + 1).trim();
    if (LABEL_SETS.some((l) => l.pillarsLabel === label)) {
      const found = value.split(',').map((name) => pillarOfName(name));
      if (found.some((p) => p === null)) return null;
      pillars = found.filter((p): p is Pillar => p !== null);
    } else if (LABEL_SETS.some((l) => l.tagsLabel === label)) {
      tags = value
        .split(/\s+#/)
        .map((tag) => unescapeShareText(tag.replace(/^#/, '')))
        .filter((tag) => tag !== '');
    } else return null;
  }
  return pillars === null ? null : { pillars, tags: normalizeTags(tags) };
}

interface OpenEntry {
  line: number;
  day: string;
  heading: string;
  meta: Metadata | null;
  /** Whether the line after the title (the metadata line's place) has been passed. */
  pastMeta: boolean;
  body: string[];
}

export function parseShare(text: string): ParseOutcome {
  const entries: ParsedEntry[] = [];
  const problems: ImportProblem[] = [];
  const lines = splitLinesAnyEnding(text);
  const code = new FenceTracker();
  let day: string | null = null;
  let open: OpenEntry | null = null;

  const close = (): void => {
    if (!open) return;
    const body = headingsUp(trimBlankLines(open.body), BODY_HEADING_SHIFT).join('\n');
    const heading = unescapeShareText(open.heading);
    const title = isUntitledHeading(heading, body) ? '' : heading;
    if (!open.meta) problems.push({ line: open.line, message: `"${heading}" (${open.day}) has no line of pillars under its title, like "Pillars: Automation".` });
    else entries.push({ line: open.line, day: open.day, title, body, pillars: open.meta.pillars, tags: open.meta.tags });
    open = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const n = index + 1;
    if (code.inCode(line)) {
      open?.body.push(line);
      if (open) open.pastMeta = true;
      continue;
    }
    const newDay = dayHeading(line);
    if (newDay !== null) {
      close();
      day = newDay;
      continue;
    }
    const title = headingText(line, 3);
    if (title !== null) {
      close();
      if (day === null) {
        problems.push({ line: n, message: 'This entry comes before any day heading (## 2026-11-20 · Friday, or ## 2026년 11월 20일 (금)).' });
        continue;
      }
      open = { line: n, day, heading: title, meta: null, pastMeta: false, body: [] };
      continue;
    }
    if (!open) continue; // the document title and its summary line
    if (!open.pastMeta && line.trim() !== '') {
      open.pastMeta = true;
      open.meta = parseMetadataLine(line.trim());
      if (open.meta) continue;
    }
    open.body.push(line);
  }
  close();
  return { entries, problems };
}
