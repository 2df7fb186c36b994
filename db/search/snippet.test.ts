import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../common/model';
import { MAX_SLOWDOWN, slowdown } from '../test-support/slowdown';
import { readerText } from './reader-text';
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
    // The hit sits in the middle of the window, not at its start.
    expect(text.indexOf('[장애]')).toBeGreaterThan(60);
    expect(text.indexOf('[장애]')).toBeLessThan(90);
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

  it('shows a table row without pipes, delimiter rows or heading marks', () => {
    const body = '## 타임라인\n| 시각 | 사건 |\n|---|---|\n| 10:00 | 배포 시작 |';
    const text = show(makeSnippet(body, ['배포']));
    expect(text).toContain('10:00 [배포] 시작');
    expect(text).not.toMatch(/[|#]|---/);
    expect(text).toBe('타임라인 시각 사건 10:00 [배포] 시작');
  });

  it('keeps link and image text, drops their targets, emphasis, code fences, list markers and tags', () => {
    const body = [
      '# Weekly **retro**',
      '',
      '- [x] moved the [deploy guide](https://wiki.example/deploy-guide) to the _team_ space',
      '> ![rollout chart](img/rollout.png) shows <b>canary</b> deploy',
      '```bash',
      'kubectl rollout status deploy/web',
      '```',
      '1. ~~old~~ `new` pipeline',
    ].join('\n');
    const text = show(makeSnippet(body, ['deploy']));
    expect(text).toBe(
      'Weekly retro moved the [deploy] guide to the team space rollout chart shows canary [deploy] kubectl rollout status [deploy]/web old new pipeline',
    );
  });

  it('finds the match in the reader text when the first raw match is a link target', () => {
    const body = `See [the wiki](https://wiki.example/deploy) first.\n\n${'filler words here. '.repeat(10)}Then deploy again.`;
    const text = show(makeSnippet(body, ['deploy']));
    expect(text).toContain('Then [deploy] again.');
    expect(text).not.toContain('https');
  });

  it('keeps Korean with particles and English mixed, the hit in the middle of a long body', () => {
    const body = `${'- 준비 작업을 했다\n'.repeat(30)}### 결과\n**카나리 배포**를 *k8s* 클러스터에 적용했다\n${'| 단계 | 상태 |\n'.repeat(30)}`;
    const parts = makeSnippet(body, ['카나리']);
    const text = show(parts);
    expect(text).toContain('결과 [카나리] 배포를 k8s 클러스터에 적용했다');
    expect(text).not.toMatch(/[|#*]/);
    expect(parts[0]?.text).toBe('…');
    expect(Math.abs(text.indexOf('[카나리]') - text.length / 2)).toBeLessThan(30);
  });

  it('cleans only a window around the match of a huge body, in linear time', () => {
    const huge = `${'[[[[<<<<****||||'.repeat(32 * 1024)}\n배포 끝`;
    const benign = `${'deploy k8s 배포 '.repeat(35 * 1024)}\n배포 끝`;
    expect(slowdown(() => readerText(benign), () => readerText(huge))).toBeLessThan(MAX_SLOWDOWN);
    const links = `${'[a](b '.repeat(100 * 1024)}`;
    expect(slowdown(() => readerText(benign), () => readerText(links))).toBeLessThan(MAX_SLOWDOWN);
    expect(show(makeSnippet(huge, ['배포 끝'])).endsWith('[배포 끝]')).toBe(true);
  });
});
