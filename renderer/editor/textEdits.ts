// The body's keyboard edits as pure functions: a text and its selection in,
// one replacement out (which the textarea applies so that undo still works).
// Null means "not mine": the key keeps its usual meaning.

export interface TextState {
  text: string;
  /** Selection start and end (equal for a caret). */
  start: number;
  end: number;
}

/** Replace text[from, to) with `insert`, then select [selStart, selEnd) of the new text. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  selStart: number;
  selEnd: number;
}

export function applyEdit(text: string, edit: TextEdit): TextState {
  return { text: text.slice(0, edit.from) + edit.insert + text.slice(edit.to), start: edit.selStart, end: edit.selEnd };
}

/**
 * Ctrl/Cmd+B (`**`) and Ctrl/Cmd+I (`_`): wraps the selection in the marker,
 * or unwraps it when it is wrapped already (markers just outside it, or its
 * own first and last characters). With a caret, inserts a pair and puts the
 * caret between them; inside an empty pair, removes it.
 */
export function toggleWrap({ text, start, end }: TextState, marker: string): TextEdit {
  const n = marker.length;
  const before = text.slice(Math.max(0, start - n), start);
  const after = text.slice(end, end + n);
  if (before === marker && after === marker) {
    return { from: start - n, to: end + n, insert: text.slice(start, end), selStart: start - n, selEnd: end - n };
  }
  const selected = text.slice(start, end);
  if (selected.length >= 2 * n && selected.startsWith(marker) && selected.endsWith(marker)) {
    const inner = selected.slice(n, selected.length - n);
    return { from: start, to: end, insert: inner, selStart: start, selEnd: start + inner.length };
  }
  // Markers hug the words: "**word** " rather than "** word **", which markdown would not read as bold.
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const core = selected.slice(lead, selected.length - trail);
  const insert = selected.slice(0, lead) + marker + core + marker + selected.slice(selected.length - trail);
  const innerStart = start + lead + n;
  return { from: start, to: end, insert, selStart: innerStart, selEnd: innerStart + core.length };
}

const URL_RE = /^(https?:\/\/|mailto:)\S+$/i;
const PLACEHOLDER_URL = 'url';
const PLACEHOLDER_TEXT = 'text';

/**
 * Ctrl/Cmd+K: `[selection](url)` with "url" selected to type over; a selected
 * address becomes `[text](address)` with "text" selected. Pressed again on a
 * link (its text or its address selected), it unwraps back to the text.
 */
export function toggleLink({ text, start, end }: TextState): TextEdit {
  if (text[start - 1] === '[') {
    const tail = /^\]\(([^()\s]*)\)/.exec(text.slice(end));
    if (tail) {
      const label = text.slice(start, end);
      return { from: start - 1, to: end + tail[0].length, insert: label, selStart: start - 1, selEnd: start - 1 + label.length };
    }
  }
  // The selection is the link's address (as the first press left it).
  const head = /\[([^\]\n]*)\]\($/.exec(text.slice(Math.max(0, start - 500), start));
  if (head && text[end] === ')' && !/[()\s]/.test(text.slice(start, end))) {
    const label = head[1] ?? '';
    const from = start - head[0].length;
    return { from, to: end + 1, insert: label, selStart: from, selEnd: from + label.length };
  }
  const selected = text.slice(start, end);
  const whole = /^\[([^\]\n]*)\]\(([^()\s]*)\)$/.exec(selected);
  if (whole) {
    const label = whole[1] ?? '';
    return { from: start, to: end, insert: label, selStart: start, selEnd: start + label.length };
  }
  if (URL_RE.test(selected.trim())) {
    const insert = `[${PLACEHOLDER_TEXT}](${selected.trim()})`;
    return { from: start, to: end, insert, selStart: start + 1, selEnd: start + 1 + PLACEHOLDER_TEXT.length };
  }
  const label = selected || PLACEHOLDER_TEXT;
  const insert = `[${label}](${PLACEHOLDER_URL})`;
  if (!selected) return { from: start, to: end, insert, selStart: start + 1, selEnd: start + 1 + label.length };
  const urlStart = start + label.length + 3;
  return { from: start, to: end, insert, selStart: urlStart, selEnd: urlStart + PLACEHOLDER_URL.length };
}

/** A list item's line: indentation, marker (- * + or 1. 1)), the space after it, a task box, the content. */
const LIST_ITEM_RE = /^(\s*)([-*+]|(\d{1,9})([.)]))(\s+)(\[[ xX]\]\s+)?(.*)$/;

/**
 * Enter with the caret at the end of a list item: a new item below, with the
 * same marker (a number one higher; a task box unticked). Enter on an item
 * with nothing written after its marker ends the list: the marker goes, the
 * line stays, empty. Anywhere else, null (a plain new line).
 */
export function continueList({ text, start, end }: TextState): TextEdit | null {
  if (start !== end) return null;
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd !== -1 && lineEnd !== start) return null;
  if (lineEnd === -1 && start !== text.length) return null;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  const m = LIST_ITEM_RE.exec(line);
  if (!m) return null;
  const [, indent = '', bullet = '', number, delimiter = '.', space = ' ', task, content = ''] = m;
  if (content.trim() === '') return { from: lineStart, to: start, insert: '', selStart: lineStart, selEnd: lineStart };
  const marker = number !== undefined ? `${Number(number) + 1}${delimiter}` : bullet;
  const insert = `\n${indent}${marker}${space}${task ? '[ ] ' : ''}`;
  return { from: start, to: start, insert, selStart: start + insert.length, selEnd: start + insert.length };
}

/** Inserts `insert` at the selection (replacing it), the caret after it, on a line of its own when it is a block (an image). */
export function insertBlock({ text, start, end }: TextState, insert: string): TextEdit {
  const needsBreakBefore = start > 0 && text[start - 1] !== '\n';
  const needsBreakAfter = end < text.length && text[end] !== '\n';
  const block = `${needsBreakBefore ? '\n' : ''}${insert}${needsBreakAfter ? '\n' : ''}`;
  const caret = start + block.length - (needsBreakAfter ? 1 : 0);
  return { from: start, to: end, insert: block, selStart: caret, selEnd: caret };
}
