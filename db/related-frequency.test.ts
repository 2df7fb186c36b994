import { describe, expect, it } from 'vitest';
import type { NewEntry } from './journal';
import { MatchCounter, SAMPLE } from './related-frequency';
import { termExpression } from './search/fts';
import { freshJournal } from './test-support/journal';

const JOURNAL_SIZE = 3000;

/** Entry i on its own day (oldest first): `every` word in every fourth, `rare` in 40 spread out, `old` in the oldest 600 only. */
function entries(): NewEntry[] {
  return Array.from({ length: JOURNAL_SIZE }, (_, i) => {
    const words = ['journal'];
    if (i % 4 === 0) words.push('quarterly', '배포를');
    if (i % 75 === 0) words.push('zeppelin');
    if (i < 600) words.push('mainframe');
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return { day, title: `Entry ${i}`, body: words.join(' '), pillars: ['culture'], tags: [] };
  });
}

function counter() {
  const journal = freshJournal();
  journal.createMany(entries());
  const count = (term: string, alternatives: string[] = []): number => {
    const expr = termExpression(term, alternatives);
    if (expr === null) throw new Error(`no expression for ${term}`);
    return new MatchCounter(journal.db, JOURNAL_SIZE).count(expr);
  };
  return { journal, count };
}

describe('counting the entries a term matches', () => {
  it('is exact below the sample size, zero for a word in no entry', () => {
    const { count } = counter();
    expect(count('zeppelin')).toBe(40);
    expect(count('zeppelin')).toBeLessThan(SAMPLE);
    expect(count('xylograph')).toBe(0);
  });

  it('estimates a common word from its newest matches, within a tenth, and never above the journal', () => {
    const { count } = counter();
    // In every fourth entry: 750. The stem of 배포를 (배포) is found the same.
    for (const term of ['quarterly', '배포']) {
      const estimate = count(term);
      expect(estimate).toBeGreaterThan(750 * 0.9);
      expect(estimate).toBeLessThan(750 * 1.1);
    }
    expect(count('journal')).toBe(JOURNAL_SIZE);
  });

  it('counts a word of only old entries as at least the sample, not as rare', () => {
    const { count } = counter();
    // 600 entries, none among the newest 2,400: the newest windows hold no match, so the floor applies.
    expect(count('mainframe')).toBeGreaterThanOrEqual(SAMPLE);
  });

  it('counts what an expression with alternatives matches, as search does', () => {
    const { count } = counter();
    expect(count('zeppelin', ['quarterly'])).toBeGreaterThan(750 * 0.9);
  });
});
