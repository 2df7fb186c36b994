import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from './pipeline';

function images(tree: Root): Element[] {
  const out: Element[] = [];
  const walk = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'img') out.push(node);
      walk(node.children);
    }
  };
  walk(tree.children);
  return out;
}

const ID = 'ab'.repeat(32);

describe('images in the markdown pipeline', () => {
  it('keeps a pileup-image: source for the host to serve', () => {
    const [img] = images(markdownToHast(`![대시보드](pileup-image:${ID}.png)`));
    expect(img?.properties['src']).toBe(`pileup-image:${ID}.png`);
    expect(img?.properties['alt']).toBe('대시보드');
  });

  it('removes every other source and names what it did not load', () => {
    const tree = markdownToHast(
      `![chart](https://example.com/chart.png) ![x](http://tracker.example:8080/p.gif) ![rel](images/a.png) ![js](javascript:alert(1)) ![bad](pileup-image:${ID}.svg)`,
    );
    const found = images(tree).map((img) => [img.properties['src'], img.properties['dataBlockedSrc']]);
    expect(found).toEqual([
      [undefined, 'example.com'],
      [undefined, 'tracker.example:8080'],
      [undefined, 'images/a.png'],
      [undefined, 'javascript:alert(1)'],
      // Long sources are shortened for the placeholder.
      [undefined, `pileup-image:${ID.slice(0, 44)}…`],
    ]);
  });

  it('removes a reference-style remote image too', () => {
    const [img] = images(markdownToHast('![logo][l]\n\n[l]: https://cdn.example.org/logo.png'));
    expect(img?.properties['src']).toBeUndefined();
    expect(img?.properties['dataBlockedSrc']).toBe('cdn.example.org');
  });
});
