import { describe, expect, it } from 'vitest';
import { isUnchanged, revisionDiff } from './revisionDiff';

describe('revisionDiff', () => {
  it('marks the words added and removed, Korean included', () => {
    const parts = revisionDiff('배포 자동화를 했다', '배포 자동화를 오늘 끝냈다');
    // Hangul syllables may be compared one by one (했다 → 끝냈다 keeps 다).
    expect(parts.filter((p) => p.change === 'removed').map((p) => p.text).join('')).toContain('했');
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text).join('')).toContain('오늘');
    expect(parts.find((p) => p.text.includes('배포'))?.change).toBe('same');
    expect(parts.filter((p) => p.change !== 'added').map((p) => p.text).join('')).toBe('배포 자동화를 했다');
    expect(parts.filter((p) => p.change !== 'removed').map((p) => p.text).join('')).toBe('배포 자동화를 오늘 끝냈다');
  });

  it('says when nothing changed, and diffs long bodies by line', () => {
    expect(isUnchanged(revisionDiff('same text', 'same text'))).toBe(true);
    const long = 'line of text\n'.repeat(5000);
    const parts = revisionDiff(long, `${long}new line\n`);
    expect(parts.at(-1)).toEqual({ text: 'new line\n', change: 'added' });
  });
});
