// The text a reader sees in a markdown body, for snippets: headings, table
// pipes and delimiter rows, emphasis, link and image syntax, code fences,
// list and quote markers and HTML tags taken out, the words kept. One pass per
// line; inline syntax is found with forward searches whose results are reused
// (the next `]`, `)` or `>` is looked up again only once passed), so a line of
// a million `[` or `<` stays linear. Not a markdown parser: a snippet needs
// readable words, not the exact rendering.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
/** `---`, `***`, `___` (a thematic break) or `|---|:--:|` (a table's delimiter row). */
const RULE_OR_DELIMITER = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*)$/;
/** Quote markers, then one list marker (and a task box), at the start of a line. */
const LINE_MARKERS = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Finds `char` at or after `from`, remembering the answer until the scan passes it. */
class NextIndex {
  private at = -2;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  from(index: number): number {
    if (this.at === -1 || (this.at >= index && this.at !== -2)) return this.at;
    this.at = this.text.indexOf(this.char, index);
    return this.at;
  }
}

/** One line's inline syntax removed: link and image text kept, their targets dropped. */
export function inlineReaderText(line: string): string {
  const closeBracket = new NextIndex(line, ']');
  const closeParen = new NextIndex(line, ')');
  const closeAngle = new NextIndex(line, '>');
  let out = '';
  // Where the link text being copied ends, and where its `](target)` ends.
  let linkTextEnd = -1;
  let linkEnd = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (i === linkTextEnd) {
      i = linkEnd;
      linkTextEnd = -1;
      continue;
    }
    if (c === '\\' && i + 1 < line.length && i + 1 !== linkTextEnd && ASCII_PUNCTUATION.test(line.charAt(i + 1))) {
      out += line[++i];
      continue;
    }
    if (linkTextEnd === -1 && (c === '[' || (c === '!' && line[i + 1] === '['))) {
      const open = c === '!' ? i + 1 : i;
      const close = closeBracket.from(open + 1);
      if (close !== -1 && line[close + 1] === '(') {
        const end = closeParen.from(close + 2);
        if (end !== -1) {
          linkTextEnd = close;
          linkEnd = end;
          i = open;
          continue;
        }
      }
    }
    if (c === '<') {
      const end = closeAngle.from(i + 1);
      const next = line[i + 1] ?? '';
      if (end !== -1 && (linkTextEnd === -1 || end < linkTextEnd) && /[A-Za-z/!]/.test(next)) {
        const inside = line.slice(i + 1, end);
        // An autolink shows its address; a tag shows nothing.
        if (/^[a-z][a-z0-9+.-]*:\S*$/i.test(inside) || /^[^\s@<>]+@[^\s@<>]+$/.test(inside)) out += inside;
        i = end;
        continue;
      }
    }
    if (c === '`') continue;
    if (c === '*' || c === '_' || c === '~') {
      let end = i;
      while (end + 1 < line.length && line[end + 1] === c) end++;
      const before = line[i - 1] ?? ' ';
      const after = line[end + 1] ?? ' ';
      const wordBefore = WORD_CHAR.test(before);
      const wordAfter = WORD_CHAR.test(after);
      // snake_case keeps its underscore; a lone `*` between spaces is an asterisk.
      const literal = (c === '_' && wordBefore && wordAfter) || (/\s/.test(before) && /\s/.test(after)) || (c === '~' && end === i);
      if (literal) out += line.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '|') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

/** `## Title ##` → `Title`: the closing run counts only after a space (a regex here would backtrack on long runs of spaces). */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && text[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || text[hashes - 1] === ' ' || text[hashes - 1] === '\t')) end = hashes;
  return text.slice(0, end).trimEnd();
}

/** `markdown` as a reader sees it, line by line (code keeps its text, untouched). */
export function readerText(markdown: string): string {
  const lines: string[] = [];
  let fence: string | null = null;
  let start = 0;
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = markdown.length;
    const line = markdown.slice(start, end);
    start = end + 1;
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
      continue;
    }
    if (fence !== null) {
      lines.push(line);
      continue;
    }
    if (RULE_OR_DELIMITER.test(line) && line.trim() !== '') continue;
    let text = line;
    if (HEADING.test(text)) text = withoutClosingHashes(text.replace(HEADING, ''));
    else text = text.replace(LINE_MARKERS, '');
    lines.push(inlineReaderText(text));
  }
  return lines.join('\n');
}
