// `#tags` written in free text (daily notes, jrnl). Tags inside code blocks
// and code spans are code, not tags; `# Heading` is a heading; `#123` is an
// issue number; `a#b` and URLs with fragments are not tags either.

// A tag starts after the line start or a space/opening bracket and holds
// letters, digits, `_`, `-` and `/` (Obsidian's nested tags). The pattern is
// linear: one lookbehind character, one mark, then one greedy class that
// nothing after it competes with.
const TAG_CHARS = '[\\p{L}\\p{M}\\p{N}_\\-/]+';

function tagPattern(symbols: string): RegExp {
  const escaped = symbols.replace(/[-\\^\]]/g, '\\$&');
  return new RegExp(`(?:^|(?<=[\\s(\\[{,;]))[${escaped}](${TAG_CHARS})`, 'gu');
}

// Anchored, bounded, and nothing after the run: linear.
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

const BACKTICK = 0x60;

/**
 * The line with each code span replaced by one space: exactly what
 * line.replace(/(`+)[\s\S]*?\1/g, ' ') gives, in one pass (that regex is
 * quadratic on a line of many unclosed backticks). At a run of R backticks,
 * the regex takes the longest opener k <= R that finds k backticks later:
 * within the run itself when k <= R/2, else in a later run at least k long.
 */
export function withoutCodeSpans(line: string): string {
  const runs: { start: number; length: number }[] = [];
  for (let i = 0; i < line.length; ) {
    if (line.charCodeAt(i) !== BACKTICK) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && line.charCodeAt(i) === BACKTICK) i++;
    runs.push({ start, length: i - start });
  }
  if (runs.length === 0) return line;
  // longestAfter[j]: the longest run after run j.
  const longestAfter = new Array<number>(runs.length).fill(0);
  for (let j = runs.length - 2; j >= 0; j--) longestAfter[j] = Math.max(longestAfter[j + 1]!, runs[j + 1]!.length);

  let out = '';
  let copied = 0; // line[0, copied) is already in `out`
  let j = 0; // the run holding position p
  let p = runs[0]!.start;
  for (;;) {
    const run = runs[j]!;
    const rest = run.start + run.length - p; // backticks from p to the end of its run
    const k = Math.min(rest, Math.max(longestAfter[j]!, Math.floor(rest / 2)));
    if (k === 0) break; // a lone backtick with none after it: literal, and no runs remain
    let end: number;
    if (2 * k <= rest) {
      end = p + 2 * k;
    } else {
      let c = j + 1;
      while (runs[c]!.length < k) c++;
      j = c;
      end = runs[c]!.start + k;
    }
    out += `${line.slice(copied, p)} `;
    copied = end;
    const current = runs[j]!;
    if (end < current.start + current.length) {
      p = end;
    } else if (j + 1 < runs.length) {
      j++;
      p = runs[j]!.start;
    } else break;
  }
  return out + line.slice(copied);
}

/** `tag` without the `-` and `/` it ends with (a sentence's dash, a path's slash). */
function trimTrailingDashes(tag: string): string {
  let end = tag.length;
  while (end > 0 && (tag.charCodeAt(end - 1) === 0x2d || tag.charCodeAt(end - 1) === 0x2f)) end--;
  return tag.slice(0, end);
}

function hasNonDigit(tag: string): boolean {
  for (const ch of tag) if (ch < '0' || ch > '9') return true;
  return false;
}

/** Tags found in `text`, in order of appearance, with `symbols` as tag marks (`#`, or `#@` for jrnl). */
export function findHashtags(text: string, symbols = '#'): string[] {
  const pattern = tagPattern(symbols);
  const found: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    for (const m of withoutCodeSpans(line).matchAll(pattern)) {
      const tag = trimTrailingDashes(m[1]!);
      if (hasNonDigit(tag)) found.push(tag);
    }
  }
  return found;
}
