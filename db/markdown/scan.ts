// Hand-written scanning for the parsers of user text: each helper looks at
// every character at most once, so no input can make a parser backtrack.

/** True for exactly the code units a JavaScript regex `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The index of the first non-space at or after `from` (`text.length` when none). */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The index just after the last non-space before `end`, not going below `floor`. */
export function skipSpacesBack(text: string, end: number, floor = 0): number {
  let i = end;
  while (i > floor && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The index just after the last character before `end` that is not `char`, not going below `floor`. */
export function skipCharBack(text: string, char: string, end: number, floor = 0): number {
  const code = char.charCodeAt(0);
  let i = end;
  while (i > floor && text.charCodeAt(i - 1) === code) i--;
  return i;
}

/** True for the characters a regex `.` does not match: the line terminators. */
export function isLineTerminatorCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** True when `text` holds `prefix` at `at`, ASCII letters in any case (as a regex's `i` flag without `u`); `prefix` is lower case. */
export function startsWithIgnoringCase(text: string, prefix: string, at: number): boolean {
  if (at < 0 || at + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(at + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}
