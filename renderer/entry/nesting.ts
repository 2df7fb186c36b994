// Deeply nested lists and block quotes overflow the stack of the markdown
// pipeline (mdast-util-to-hast recurses once per level): "- ".repeat(1000) is
// 2 KB. This pass runs before parsing, in one pass over the lines, and turns the
// marker that would open level MAX_NESTING + 1 into literal text with a
// backslash, so everything up to the cap still renders formatted.

/** Deepest list / block quote nesting that renders as such; deeper markers are text. */
export const MAX_NESTING = 32;

const TAB = 9;
const SPACE = 32;
const GT = 62; // >
const DOT = 46;
const PAREN = 41; // )
const BACKSLASH = '\\';

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where a list marker starting at `at` ends (just past `-`, `*`, `+`, `1.` or `1)`), or -1 if there is none. */
function listMarkerEnd(line: string, at: number): number {
  const code = line.charCodeAt(at);
  let end: number;
  if (code === 45 || code === 42 || code === 43) {
    end = at + 1;
  } else if (isDigit(code)) {
    end = at;
    while (end < line.length && end - at < 9 && isDigit(line.charCodeAt(end))) end++;
    const after = line.charCodeAt(end);
    if (after !== DOT && after !== PAREN) return -1;
    end++;
  } else {
    return -1;
  }
  // A marker is followed by white space or the end of the line ("-x" and "---" are not markers).
  const next = line.charCodeAt(end);
  return end === line.length || next === SPACE || next === TAB ? end : -1;
}

/**
 * Caps list and block quote nesting at `max` levels. Linear in the length of
 * `source`; the result is at most one character longer per line. Nesting is
 * counted from the markers at the start of each line and, for lists nested by
 * indentation over several lines, from the content columns of the list items
 * still open above (an estimate: lazy continuation lines close them early,
 * which only ever lets a line through uncapped, where the error boundary
 * still catches what the renderer cannot draw).
 */
export function capNesting(source: string, max = MAX_NESTING): string {
  // Content columns of the list items open above the current line, innermost last; never more than `max`.
  const open: number[] = [];
  const lines = source.split('\n');
  let changed = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    let i = 0;
    let column = 0;
    while (i < line.length) {
      const code = line.charCodeAt(i);
      if (code === SPACE) column++;
      else if (code === TAB) column += 4 - (column % 4);
      else break;
      i++;
    }
    if (i === line.length) continue; // Blank lines keep list items open.
    while (open.length > 0 && (open[open.length - 1] ?? 0) > column) open.pop();
    let depth = open.length;
    let escapeAt = -1;
    while (i < line.length) {
      const isQuote = line.charCodeAt(i) === GT;
      const end = isQuote ? i + 1 : listMarkerEnd(line, i);
      if (end < 0) break;
      if (depth >= max) {
        // "\-", "\>" and "1\." read as text; a backslash before a digit would show.
        escapeAt = isQuote || !isDigit(line.charCodeAt(i)) ? i : end - 1;
        break;
      }
      depth++;
      column += end - i;
      i = end;
      // One space (or tab) belongs to the marker; more is the content's own indentation.
      let spaces = 0;
      while (i < line.length && (line.charCodeAt(i) === SPACE || line.charCodeAt(i) === TAB)) {
        column += line.charCodeAt(i) === TAB ? 4 - (column % 4) : 1;
        i++;
        spaces++;
      }
      if (!isQuote) open.push(spaces > 0 && spaces <= 4 ? column : column - spaces + 1);
    }
    if (escapeAt >= 0) {
      lines[n] = line.slice(0, escapeAt) + BACKSLASH + line.slice(escapeAt);
      changed = true;
    }
  }
  return changed ? lines.join('\n') : source;
}
