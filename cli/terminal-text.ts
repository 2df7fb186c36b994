// Journal text on its way to a terminal. A title, tag, snippet or file name
// may hold escape sequences (clear the screen, set the window title, write
// the clipboard with OSC 52, hide a link with OSC 8) that a terminal would
// obey; they are removed, with every other C0/C1 control character, so only
// printable text reaches the screen. JSON output is not passed through here:
// JSON.stringify already escapes control characters.

const ESC = 0x1b;
const BEL = 0x07;
const TAB = 0x09;
const LF = 0x0a;
const C1_CSI = 0x9b;
const C1_ST = 0x9c;

/** ESC followed by one of these (OSC, DCS, SOS, PM, APC) opens a string that runs to BEL or ST. */
function opensString(code: number): boolean {
  return code === 0x5d /* ] */ || code === 0x50 /* P */ || code === 0x58 /* X */ || code === 0x5e /* ^ */ || code === 0x5f /* _ */;
}

/** The same introducers as 8-bit C1 characters. */
function opensStringC1(code: number): boolean {
  return code === 0x9d || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f;
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Index just past the CSI sequence whose parameters start at `from` (parameter and intermediate bytes, then one final byte). */
function endOfCsi(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f) i++;
  if (i < text.length && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e) i++;
  return i;
}

/** Index just past the BEL or ST ending the control string whose payload starts at `from`, or -1 when it never ends. */
function endOfControlString(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BEL || c === C1_ST) return i + 1;
    if (c === ESC && text.charCodeAt(i + 1) === 0x5c /* \ */) return i + 2;
  }
  return -1;
}

export type TextShape =
  /** One table cell or message line: tabs and line feeds become spaces. */
  | 'line'
  /** A document (an export, a review) or a multi-line message: tabs and line feeds stay. */
  | 'lines';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** `text` with every escape sequence and control character removed (see the file header); linear in its length. */
export function terminalText(text: string, shape: TextShape = 'line'): string {
  // Most text has none: one native scan instead of the loop below (which a one-shot process runs unoptimised).
  if (!ANY_CONTROL.test(text)) return text;
  let out = '';
  let copied = 0; // text[copied, i) is plain and not yet in `out`
  let i = 0;
  // Once a control string is found never to end, none after it ends either: no rescanning.
  let unterminatedFrom = Infinity;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) {
      i++;
      continue;
    }
    out += text.slice(copied, i);
    let next = i + 1;
    if (c === TAB || c === LF) {
      out += shape === 'lines' ? text[i] : ' ';
    } else if (c === ESC || c === C1_CSI || opensStringC1(c)) {
      const introducer = c === ESC ? text.charCodeAt(i + 1) : c;
      const payload = c === ESC ? i + 2 : i + 1;
      if (introducer === 0x5b /* [ */ || introducer === C1_CSI) {
        next = endOfCsi(text, payload);
      } else if (opensString(introducer) || opensStringC1(introducer)) {
        // An unterminated string loses only its introducer: the rest is shown as text.
        const end = payload >= unterminatedFrom ? -1 : endOfControlString(text, payload);
        if (end === -1) unterminatedFrom = Math.min(unterminatedFrom, payload);
        next = end === -1 ? payload : end;
      } else if (c === ESC && i + 1 < text.length) {
        // Two- and three-character escapes: intermediates (0x20–0x2f), then a final character.
        let j = i + 1;
        while (j < text.length && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
        next = j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x7e ? j + 1 : j;
      }
    }
    i = Math.min(Math.max(next, i + 1), text.length);
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
