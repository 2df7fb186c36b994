// A 2-character term whose pair begins more trigrams than TWO_CHAR_TRIGRAMS_MAX
// (a planted text of random syllables) is answered by its two characters, in
// bounded work, and still finds every entry that holds it.
import { afterEach, describe, expect, it } from 'vitest';
import { listEntries } from '../list/index';
import { freshJournal } from '../test-support/journal';
import { termExpressions, TWO_CHAR_TRIGRAMS_MAX } from './fts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

describe('a 2-character term with too many trigrams', () => {
  it('is looked up by its characters, and still finds what holds it', () => {
    const journal = freshJournal();
    cleanups.push(() => journal.close());
    // 배포 followed by 1,500 different syllables: 1,500 trigrams begin with 배포.
    const planted = Array.from({ length: TWO_CHAR_TRIGRAMS_MAX + 500 }, (_, i) => `배포${String.fromCharCode(0xac00 + i)}`).join(' ');
    journal.createMany([
      { title: 'planted', body: planted, pillars: ['culture'] },
      { title: '배포를 자동화했다', pillars: ['automation'] },
      { title: 'Rolled back the deploy', body: '롤백 후 재배포 완료', pillars: ['automation'] },
      { title: 'unrelated', body: 'nothing here', pillars: ['sharing'] },
    ]);
    const expressions = termExpressions(journal.db, ['배포']);
    expect(expressions.words).toEqual([]);
    expect(expressions.chars).toEqual(['배', '포']);
    const titles = listEntries(journal.db, { filter: { query: '배포' }, limit: 50 }).entries.map((e) => e.title).sort();
    expect(titles).toEqual(['Rolled back the deploy', 'planted', '배포를 자동화했다'].sort());
    // An ordinary pair stays one exact OR of its trigrams.
    expect(termExpressions(journal.db, ['자동']).words).toHaveLength(1);
  });
});
