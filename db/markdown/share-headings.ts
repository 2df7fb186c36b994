// Moves a body's ATX headings down (on share export) or back up (on import),
// leaving fenced code alone. One pass over each line's characters: fences of
// ``` and ~~~ of any length, closed only by the same character at least as
// long, inside block quotes too.

interface Fence {
  char: number;
  length: number;
}

const BACKTICK = 0x60;
const TILDE = 0x7e;
const HASH = 0x23;
const GT = 0x3e;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** Where a line's content starts once block-quote markers (`> > `) are passed. */
function afterQuotes(line: string): number {
  let i = 0;
  for (;;) {
    let j = i;
    let spaces = 0;
    while (spaces < 3 && line.charCodeAt(j) === 0x20) {
      j++;
      spaces++;
    }
    if (line.charCodeAt(j) !== GT) return i;
    j++;
    if (isBlank(line.charCodeAt(j))) j++;
    i = j;
  }
}

/** The run of `char` starting at `at`. */
function runLength(line: string, at: number, char: number): number {
  let i = at;
  while (line.charCodeAt(i) === char) i++;
  return i - at;
}

/** The fence a line opens, or null. */
function fenceOpening(line: string, from: number): Fence | null {
  let i = from;
  while (isBlank(line.charCodeAt(i))) i++;
  const char = line.charCodeAt(i);
  if (char !== BACKTICK && char !== TILDE) return null;
  const length = runLength(line, i, char);
  if (length < 3) return null;
  // A backtick fence's info string holds no backtick (else the line is inline code).
  if (char === BACKTICK && line.indexOf('`', i + length) !== -1) return null;
  return { char, length };
}

function closesFence(line: string, from: number, fence: Fence): boolean {
  let i = from;
  while (isBlank(line.charCodeAt(i))) i++;
  const length = runLength(line, i, fence.char);
  if (length < fence.length) return false;
  for (let k = i + length; k < line.length; k++) if (!isBlank(line.charCodeAt(k))) return false;
  return true;
}

/** The index of an ATX heading's first `#` and its level, or null. */
function atxHeading(line: string, from: number): { at: number; level: number } | null {
  let i = from;
  let spaces = 0;
  while (spaces < 3 && line.charCodeAt(i) === 0x20) {
    i++;
    spaces++;
  }
  const level = runLength(line, i, HASH);
  if (level < 1 || level > 6) return null;
  const next = i + level;
  if (next < line.length && !isBlank(line.charCodeAt(next))) return null;
  return { at: i, level };
}

/** Every line of `lines` with `change` applied to each heading level outside fenced code. */
function mapHeadings(lines: readonly string[], change: (level: number) => number): string[] {
  let fence: Fence | null = null;
  return lines.map((line) => {
    const start = afterQuotes(line);
    if (fence) {
      if (closesFence(line, start, fence)) fence = null;
      return line;
    }
    fence = fenceOpening(line, start);
    if (fence) return line;
    const heading = atxHeading(line, start);
    if (!heading) return line;
    const level = change(heading.level);
    return level === heading.level ? line : `${line.slice(0, heading.at)}${'#'.repeat(level)}${line.slice(heading.at + heading.level)}`;
  });
}

/** The deepest level a heading can have in markdown. */
const DEEPEST = 6;

/** Body headings under an entry's `###` title: `#` → `####`, `##` → `#####`, deeper ones `######`. */
export function headingsDown(lines: readonly string[], by: number): string[] {
  return mapHeadings(lines, (level) => Math.min(DEEPEST, level + by));
}

/** The reverse, as far as it goes: headings deeper than `by` move up by `by`; a capped level cannot be told apart. */
export function headingsUp(lines: readonly string[], by: number): string[] {
  return mapHeadings(lines, (level) => (level > by ? level - by : level));
}

/** True when a line (outside code) is a heading of exactly `level`; for the share import's structure. */
export function headingText(line: string, level: number): string | null {
  const heading = atxHeading(line, 0);
  if (!heading || heading.level !== level || heading.at !== 0) return null;
  return line.slice(level).trim();
}

/** Tracks fences line by line, for a reader that needs to know whether a line is code. */
export class FenceTracker {
  private fence: Fence | null = null;

  /** True when this line is part of fenced code (its fence lines included). */
  inCode(line: string): boolean {
    const start = afterQuotes(line);
    if (this.fence) {
      if (closesFence(line, start, this.fence)) this.fence = null;
      return true;
    }
    this.fence = fenceOpening(line, start);
    return this.fence !== null;
  }
}
