import { describe, expect, it } from 'vitest';
import { estimateSectionHeight } from './sectionHeight';

describe('estimateSectionHeight', () => {
  it('counts a line per short line and a gap per blank line', () => {
    expect(estimateSectionHeight('one', 700)).toBe(26);
    expect(estimateSectionHeight('one\n\ntwo', 700)).toBe(Math.round(25.5 * 2 + 14));
  });

  it('wraps long lines to the width, Hangul about twice as wide as Latin', () => {
    const latin = 'a'.repeat(1000);
    expect(estimateSectionHeight(latin, 700)).toBe(Math.round(Math.ceil(1000 / (700 / 7.5)) * 25.5));
    expect(estimateSectionHeight(latin, 350)).toBeGreaterThan(estimateSectionHeight(latin, 700) * 1.9);
    expect(estimateSectionHeight('가'.repeat(500), 700)).toBe(estimateSectionHeight('a'.repeat(1000), 700));
  });

  it('does not wrap code blocks', () => {
    const code = '```ts\n' + `${'x'.repeat(300)}\n`.repeat(10) + '```';
    expect(estimateSectionHeight(code, 700)).toBe(14 + 20 + 10 * 20);
  });

  it('grows with the text', () => {
    const paragraph = 'Canary first, then everyone. 카나리 먼저 배포한다.\n\n';
    expect(estimateSectionHeight(paragraph.repeat(200), 700)).toBeGreaterThan(estimateSectionHeight(paragraph.repeat(100), 700) * 1.9);
  });
});
