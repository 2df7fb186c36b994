import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../common/model';
import { makeSnippet, markHits, termMatcher } from './snippet';

const show = (parts: SnippetPart[]): string => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippets', () => {
  it('marks every hit of every term, case-insensitively, inside Korean words', () => {
    expect(show(markHits('오늘 회고를 했다. Deploy 후 회고록', termMatcher(['회고', 'deploy'])))).toBe(
      '오늘 [회고]를 했다. [Deploy] 후 [회고]록',
    );
  });

  it('matches a phrase across any whitespace', () => {
    expect(show(makeSnippet('k8s 배포\n\n자동화를 했다', ['배포 자동화']))).toBe('k8s [배포 자동화]를 했다');
  });

  it('centres a long body on the first hit, about 160 characters, with ellipses', () => {
    const body = `${'서론 문장입니다. '.repeat(40)}여기서 장애 대응을 했다. ${'결론 문장입니다. '.repeat(40)}`;
    const parts = makeSnippet(body, ['장애']);
    const text = show(parts);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(text).toContain('[장애] 대응을 했다');
    expect(text.indexOf('[장애]')).toBeLessThan(60);
    expect(text.length).toBeGreaterThan(140);
    expect(text.length).toBeLessThan(180);
  });

  it('starts at the beginning when the hit is only in the title', () => {
    expect(show(makeSnippet('본문에는 없다', ['제목']))).toBe('본문에는 없다');
  });

  it('never splits an emoji or cuts a hit at the window edge', () => {
    const body = `${'👍'.repeat(100)}끝`;
    const text = makeSnippet(body, ['없음']).map((p) => p.text).join('');
    expect(text.includes('\ud83d…')).toBe(false);
    const edge = makeSnippet(`${'가'.repeat(158)}배포 자동화`, ['배포 자동화']);
    expect(edge.some((p) => p.hit && p.text === '배포 자동화')).toBe(true);
  });

  it('treats regex characters in terms literally', () => {
    const parts = markHits('a+b (c) d.e *', termMatcher(['a+b', '(c)', '*']));
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['a+b', '(c)', '*']);
    expect(parts.map((p) => p.text).join('')).toBe('a+b (c) d.e *');
  });
});
