import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from './nesting';
import { markdownToHast } from './pipeline';
import type { Root, RootContent } from 'hast';

/** Deepest chain of nested <ul>/<ol>/<blockquote> elements in the tree. */
function containerDepth(tree: Root): number {
  let deepest = 0;
  const stack: { node: RootContent; depth: number }[] = tree.children.map((node) => ({ node, depth: 0 }));
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { node, depth } = top;
    if (node.type !== 'element') continue;
    const next = ['ul', 'ol', 'blockquote'].includes(node.tagName) ? depth + 1 : depth;
    deepest = Math.max(deepest, next);
    for (const child of node.children) stack.push({ node: child, depth: next });
  }
  return deepest;
}

describe('capNesting', () => {
  it('leaves ordinary markdown untouched', () => {
    const body = '# Title\n\n- a\n  - b\n    - c\n\n> quote\n> > nested\n\n1. one\n2. two\n\n---\n\n- - -\n\n```\n- - code\n```\n';
    expect(capNesting(body)).toBe(body);
  });

  it('turns the marker past the cap into text, on one line and over indented lines', () => {
    const deep = capNesting('- '.repeat(40) + 'x');
    expect(deep).toBe('- '.repeat(MAX_NESTING) + '\\' + '- '.repeat(40 - MAX_NESTING) + 'x');
    expect(capNesting('> '.repeat(40) + 'x')).toBe('> '.repeat(MAX_NESTING) + '\\' + '> '.repeat(40 - MAX_NESTING) + 'x');
    expect(capNesting('1. '.repeat(40) + 'x')).toBe('1. '.repeat(MAX_NESTING) + '1\\. ' + '1. '.repeat(40 - MAX_NESTING - 1) + 'x');
    const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n');
    const lines = capNesting(indented).split('\n');
    expect(lines[MAX_NESTING - 1]).toBe(`${' '.repeat(2 * (MAX_NESTING - 1))}- item ${MAX_NESTING - 1}`);
    expect(lines[MAX_NESTING]).toBe(`${' '.repeat(2 * MAX_NESTING)}\\- item ${MAX_NESTING}`);
  });

  it('renders pathological 2 KB bodies formatted up to the cap', () => {
    for (const body of ['- '.repeat(1000) + 'x', '> '.repeat(3000) + 'x', '>'.repeat(3000) + 'x', '* '.repeat(1000) + 'x', '> - '.repeat(800) + 'x']) {
      const tree = markdownToHast(body);
      expect(containerDepth(tree)).toBe(MAX_NESTING);
    }
  });

  it('is linear, and the output grows by at most one character a line', () => {
    const line = '- '.repeat(200) + 'x';
    const small = Array.from({ length: 2_000 }, () => line).join('\n');
    const big = Array.from({ length: 20_000 }, () => line).join('\n');
    const time = (text: string) => {
      const start = performance.now();
      const out = capNesting(text);
      return { ms: performance.now() - start, out };
    };
    time(small); // warm up
    const a = time(small);
    const b = time(big);
    expect(b.out.length).toBe(big.length + 20_000);
    expect(a.out.length).toBeLessThanOrEqual(small.length + 2_000);
    // Ten times the text in well under a hundred times the time: no quadratic blow-up.
    expect(b.ms).toBeLessThan(Math.max(a.ms, 1) * 40);
    // 1,000 levels on each of 20,000 lines: still a single pass.
    const worst = Array.from({ length: 2_000 }, () => '> '.repeat(1000) + 'x').join('\n');
    expect(time(worst).out.length).toBeLessThanOrEqual(worst.length + 2_000);
  });
});
