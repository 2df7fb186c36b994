// Search hits in a rendered entry: every match of the search's terms in the
// text of a hast tree is wrapped in <mark class="search-hit">, before the tree
// becomes React elements, so React owns the marks like any other element. The
// same matcher as the list's snippets (db/common/term-matcher.ts).
import type { Element, ElementContent, Root, Text } from 'hast';

export const HIT_CLASS = 'search-hit';

function hitsIn(text: Text, matcher: RegExp): ElementContent[] | null {
  let last = 0;
  let parts: ElementContent[] | null = null;
  matcher.lastIndex = 0;
  for (const m of text.value.matchAll(matcher)) {
    if (m[0] === '') continue;
    parts ??= [];
    if (m.index > last) parts.push({ type: 'text', value: text.value.slice(last, m.index) });
    parts.push({ type: 'element', tagName: 'mark', properties: { className: [HIT_CLASS] }, children: [{ type: 'text', value: m[0] }] });
    last = m.index + m[0].length;
  }
  if (parts && last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

/** Marks every match of `matcher` in `tree` (in place) and returns how many there are, in document order. */
export function highlightHast(tree: Root, matcher: RegExp | null): number {
  if (!matcher) return 0;
  let count = 0;
  // Depth first, children in order, without recursion (trees may nest hundreds of levels).
  const stack: (Root | Element)[] = [tree];
  for (let parent = stack.pop(); parent; parent = stack.pop()) {
    const next: (Root | Element)[] = [];
    const children = parent.children;
    for (let i = 0; i < children.length; i++) {
      const node = children[i];
      if (!node) continue;
      if (node.type === 'text') {
        const parts = hitsIn(node, matcher);
        if (!parts) continue;
        count += parts.filter((p) => p.type === 'element').length;
        children.splice(i, 1, ...parts);
        i += parts.length - 1;
      } else if (node.type === 'element') {
        next.push(node);
      }
    }
    stack.push(...next.reverse());
  }
  return count;
}

/** What the entry view asks of the markdown it shows while a search is active. */
export interface HighlightRequest {
  /** The search's terms as one matcher; null: nothing to mark. */
  matcher: RegExp | null;
  /** The section holding the current match: drawn even when far from the screen. */
  focusSection: number | null;
  /** Marks per section (in order), each time they are known. A body in one piece is section 0. */
  onCounts: (counts: readonly number[]) => void;
}
