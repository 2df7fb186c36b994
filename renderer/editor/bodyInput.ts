// Applying a text edit to the body <textarea>, and reading image files out of
// a paste or a drop. DOM only; the edits themselves are pure (textEdits.ts).
import { applyEdit, type TextEdit, type TextState } from './textEdits';

export function textState(el: HTMLTextAreaElement): TextState {
  return { text: el.value, start: el.selectionStart, end: el.selectionEnd };
}

/**
 * Applies `edit` as if typed, so the browser's undo (Ctrl+Z) takes it back
 * and React hears an input event. Where the browser will not (no
 * execCommand), `fallback` gets the new text and the selection is set after.
 */
export function applyToTextarea(el: HTMLTextAreaElement, edit: TextEdit, fallback: (text: string) => void): void {
  el.focus();
  el.setSelectionRange(edit.from, edit.to);
  const typed = edit.insert === '' ? edit.from === edit.to || document.execCommand('delete') : document.execCommand('insertText', false, edit.insert);
  if (!typed) {
    fallback(applyEdit(el.value, edit).text);
    requestAnimationFrame(() => el.setSelectionRange(edit.selStart, edit.selEnd));
    return;
  }
  el.setSelectionRange(edit.selStart, edit.selEnd);
}

/** The files a paste or drop carries (empty when it carries only text). */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  return Array.from(data.files);
}

/** The file's bytes as base64, for the JSON transports (read in chunks: a 10 MB spread into one call would overflow the stack). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
