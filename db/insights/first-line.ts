// The first line of an entry's body that says something, for reviews.

const MAX_CHARS = 160;

const FENCE = /^(```|~~~)/;
/** Lines that carry no words of their own: rules, comments, table rules. */
const NOISE = /^(---+$|\*\*\*+$|___+$|<!--|\|?\s*:?-{3,})/;
const HEADING = /^#{1,6}\s+/;
/** Block markers that would change what the line means inside a list item. */
const BLOCK_PREFIX = /^(>\s*|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)+/;

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join('').trimEnd()}…` : text;
}

/**
 * Prose first: a heading at the top of a body usually repeats the title and
 * code is rarely a summary, so they are taken only when there is no prose.
 */
export function firstLine(body: string): string {
  let heading = '';
  let code = '';
  let inFence = false;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!line) continue;
    if (inFence) {
      code ||= line;
      continue;
    }
    if (NOISE.test(line)) continue;
    if (HEADING.test(line)) {
      heading ||= line.replace(HEADING, '').replace(/\s+#+$/, '').trim();
      continue;
    }
    const text = line.replace(BLOCK_PREFIX, '').trim();
    if (text) return clip(text);
  }
  return clip(heading || code);
}
