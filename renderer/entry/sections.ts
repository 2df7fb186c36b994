// Big bodies are parsed and drawn in sections, so no single step holds the
// window (micromark's cost grows faster than the text: 1 MB parses in ~1.3 s,
// 8 MB in ~21 s; 16 KB sections keep it linear and ~40 ms each).

/** Bodies up to this many characters render in one piece, at once. */
export const SECTION_CHARS = 16_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that carries on the block above it even after a blank line (list items, quotes, indented text) or opens a table/list that should not be cut off. */
const CONTINUES = /^(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\|)/;
/** `[label]: url` — link reference definitions resolve across the whole body, so every section gets them. */
const DEFINITION = /^ {0,3}\[(?!\^)(?:[^\]\\\n]|\\.){1,999}\]:[ \t]*\S.*$/gm;
/** Footnotes render in one list at the end of their document: a body that has them is not cut. */
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\n]+\]:/m;

/**
 * Cuts `source` into sections of about `target` characters at blank lines
 * between top-level blocks (never inside a fenced code block, a list, a quote or
 * before an indented line), each of which parses to the same blocks as it does
 * within the whole. Link reference definitions are appended to every section.
 * One pass over the lines.
 */
export function splitSections(source: string, target = SECTION_CHARS): string[] {
  if (source.length <= target || FOOTNOTE_DEFINITION.test(source)) return [source];
  const sections: string[] = [];
  let start = 0;
  let fence: string | null = null;
  let previousBlank = false;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const line = source.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    const fenceMatch = FENCE.exec(line);
    if (fence === null && previousBlank && !blank && lineStart - start >= target && !CONTINUES.test(line)) {
      sections.push(source.slice(start, lineStart));
      start = lineStart;
    }
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  sections.push(source.slice(start));
  if (sections.length === 1) return sections;
  const definitions = source.match(DEFINITION);
  if (!definitions) return sections;
  const shared = `\n\n${definitions.join('\n')}\n`;
  return sections.map((section) => section + shared);
}
