// Task-list boxes (`- [ ]`, `- [x]`) in a markdown body: counted and ticked by
// their order in the body, the order in which the rendered boxes appear.
// Fenced code is skipped, as the renderer skips it.

const TASK = /^(\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+)\[( |x|X)\](?=\s|$)/;
const FENCE = /^\s*(?:>\s*)*(`{3,}|~{3,})/;

/** Each task marker: the offset of the character between the brackets, and whether it is ticked. */
export function taskMarkers(body: string): { at: number; checked: boolean }[] {
  const out: { at: number; checked: boolean }[] = [];
  let fence: string | null = null;
  let offset = 0;
  for (const line of body.split('\n')) {
    const f = FENCE.exec(line);
    if (f?.[1]) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
    } else if (fence === null) {
      const m = TASK.exec(line);
      if (m?.[1] !== undefined) out.push({ at: offset + m[1].length + 1, checked: m[2] !== ' ' });
    }
    offset += line.length + 1;
  }
  return out;
}

/** The body with its `index`-th task (0-based) ticked or cleared; null when there is no such task. */
export function setTask(body: string, index: number, checked: boolean): string | null {
  const marker = taskMarkers(body)[index];
  if (!marker) return null;
  return `${body.slice(0, marker.at)}${checked ? 'x' : ' '}${body.slice(marker.at + 1)}`;
}
