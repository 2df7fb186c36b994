import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../db/common/term-matcher';
import { HIT_CLASS, highlightHast } from './highlight';
import { markdownToHast } from './pipeline';

function marks(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const className = child.properties.className;
      if (child.tagName === 'mark' && Array.isArray(className) && className.includes(HIT_CLASS)) {
        found.push(child.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
      } else walk(child);
    }
  };
  walk(tree);
  return found;
}

describe('search hits in the rendered entry', () => {
  it('marks every match in the text a reader sees, Korean inside words, Latin case-insensitively', () => {
    const tree = markdownToHast('## 배포 타임라인\n\n| 시각 | 사건 |\n|---|---|\n| 10:00 | 배포를 시작 |\n\nThe **Deploy** went fine; see [deploy notes](https://x.example/deploy).');
    expect(highlightHast(tree, termMatcher(['배포', 'deploy']))).toBe(4);
    expect(marks(tree)).toEqual(['배포', '배포', 'Deploy', 'deploy']);
  });

  it('marks a phrase across a line break and nothing without terms', () => {
    const tree = markdownToHast('카나리 배포\n자동화를 했다');
    expect(highlightHast(tree, termMatcher(['배포 자동화']))).toBe(1);
    expect(marks(tree)).toEqual(['배포\n자동화']);
    const plain = markdownToHast('배포');
    expect(highlightHast(plain, null)).toBe(0);
    expect(marks(plain)).toEqual([]);
  });
});
