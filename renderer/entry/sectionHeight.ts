// How tall a section of markdown will be once drawn, guessed from its text
// alone: sections not drawn yet stand in at this height, so the scroll bar
// covers the whole body. Drawn sections are measured instead.

/** `.markdown` is 15px with a line height of 1.7. */
const LINE_PX = 25.5;
/** The margin below a paragraph, list, quote, table or code block. */
const BLOCK_GAP_PX = 14;
/** Average advance of a Latin character at 15px; Hangul and other wide characters take about twice that. */
const NARROW_CHAR_PX = 7.5;
/** Code blocks: 13px monospace with a line height of about 1.55, no wrapping. */
const CODE_LINE_PX = 20;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function isWide(code: number): boolean {
  // Hangul Jamo, CJK, Hangul syllables, full-width forms.
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60);
}

/** The estimated height in CSS pixels of `source` drawn as markdown `widthPx` wide. One pass over the text. */
export function estimateSectionHeight(source: string, widthPx: number): number {
  const perLine = Math.max(1, widthPx / NARROW_CHAR_PX);
  let height = 0;
  let inFence = false;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    let units = 0;
    let blank = true;
    for (let i = lineStart; i < lineEnd; i++) {
      const code = source.charCodeAt(i);
      if (code !== 32 && code !== 9 && code !== 13) blank = false;
      units += isWide(code) ? 2 : 1;
    }
    const fence = FENCE.test(source.slice(lineStart, Math.min(lineEnd, lineStart + 8)));
    if (fence) {
      inFence = !inFence;
      height += inFence ? BLOCK_GAP_PX + CODE_LINE_PX : 0;
    } else if (inFence) {
      height += CODE_LINE_PX;
    } else if (blank) {
      height += BLOCK_GAP_PX;
    } else {
      height += Math.ceil(units / perLine) * LINE_PX;
    }
    lineStart = lineEnd + 1;
  }
  return Math.round(height);
}
