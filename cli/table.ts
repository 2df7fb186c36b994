// Plain-text columns that stay aligned with Korean (two cells wide per
// syllable) and emoji in them.

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f6ff], [0x1f900, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function charWidth(codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if ((codePoint >= 0x300 && codePoint <= 0x36f) || codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) return 0;
  if (codePoint < 0x1100) return 1; // below the first wide range: most text, quickly
  for (const [lo, hi] of WIDE) if (codePoint >= lo && codePoint <= hi) return 2;
  return 1;
}

// The same widths as charWidth, counted by native regex scans: a one-shot
// command measures every cell before its loops would ever be optimised.
const PRINTABLE_ASCII = /^[\u0020-\u007e]*$/;
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- zero-width code points, one by one
const ZERO_WIDTH = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f\u200d\ufe00-\ufe0f]/gu;
const WIDE_CHARS = new RegExp(`[${WIDE.map(([lo, hi]) => `\\u{${lo.toString(16)}}-\\u{${hi.toString(16)}}`).join('')}]`, 'gu');
const ASTRAL = /[\u{10000}-\u{10ffff}]/gu;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

export function displayWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const codePoints = text.length - count(text, ASTRAL);
  return codePoints - count(text, ZERO_WIDTH) + count(text, WIDE_CHARS);
}

/** At most `max` cells, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Rows as aligned columns. The last column takes what is left of `maxWidth`
 * (when given) and is cut to fit; earlier columns keep their natural width.
 */
export function renderColumns(header: readonly string[], rows: readonly (readonly string[])[], maxWidth?: number): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ''))));
  const gap = 2;
  const last = header.length - 1;
  const fixed = widths.slice(0, last).reduce((sum, w) => sum + w + gap, 0);
  const lastWidth = maxWidth ? Math.max(10, maxWidth - fixed) : undefined;
  return all.map((row) =>
    row
      .map((cell, c) => (c === last ? (lastWidth ? truncate(cell, lastWidth) : cell) : padEnd(cell, widths[c] ?? 0)))
      .join(' '.repeat(gap))
      .trimEnd(),
  );
}
