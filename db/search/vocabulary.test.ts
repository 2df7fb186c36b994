import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Journal, NewEntry } from '../journal';
import { indexSource } from '../list/index-source';
import { makePlan } from '../list/plan';
import { openReadConnection } from '../open';
import { tempJournal } from '../test-support/journal';
import { phraseExpression } from './fts';
import { MAX_PREFIX_WORDS, wordsStarting } from './vocabulary';

const FIXTURE: NewEntry[] = [
  { day: '2026-03-01', title: 'Rollback drill', body: '롤백 연습: rollback of the payment service.', pillars: ['automation'], tags: ['incident'] },
  { day: '2026-03-02', title: 'Redeploy', body: 'redeploy after the 롤백 release.', pillars: ['automation'], tags: ['k8s'] },
  { day: '2026-03-03', title: '회고', body: 'retro: the release went well, deploy was slow.', pillars: ['culture'], tags: ['retro'] },
  { day: '2026-03-04', title: 'Deployment notes', body: 'deployment of 배포 tooling; 롤백 rollback release notes.', pillars: ['sharing'], tags: [] },
];

function seeded(): { journal: Journal; file: string } {
  const { journal, file } = tempJournal();
  for (const entry of FIXTURE) journal.createEntry(entry);
  return { journal, file };
}

/** The rowids a MATCH expression finds, in order. */
const matches = (db: Database.Database, expr: string): number[] =>
  db.prepare<[string], number>(`SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid`).pluck().all(expr);

describe('index words by prefix', () => {
  it('lists the index words a prefix begins', () => {
    const { journal } = seeded();
    const words = wordsStarting(journal.db);
    expect(words('re')).toEqual(['redeploy', 'release', 'retro']);
    expect(words('ro')).toEqual(['rollback']);
    expect(words('deplo')).toEqual(['deploy', 'deployment']);
    expect(words('zz')).toEqual([]);
  });

  it('turns a final prefix into the phrases of those words', () => {
    const { journal } = seeded();
    const words = wordsStarting(journal.db);
    expect(phraseExpression('rollback re', false, words)).toBe('("rollback redeploy" OR "rollback release" OR "rollback retro")');
    expect(phraseExpression('ro', false, words)).toBe('"rollback"');
    expect(phraseExpression('rollback re', false)).toBe('"rollback re"*');
    // No index word begins with it: the prefix form, which matches nothing either.
    expect(phraseExpression('zz', false, words)).toBe('"zz"*');
    // An exact phrase has no prefix to expand.
    expect(phraseExpression('rollback re', true, words)).toBe('"rollback re"');
  });

  it('finds the same entries with and without expansion', () => {
    const { journal } = seeded();
    const db = journal.db;
    for (const query of ['re', 'deplo', '롤백 rel', 'rollback re', 'ro -rel', '"release" ret', 're tag:k8s', 'zz', '롤', '배 -롤', 'rollback 롤', '힣']) {
      const plan = makePlan({ query });
      const plain = indexSource(plan);
      const expanded = indexSource(plan, { words: wordsStarting(db) });
      expect(plain && expanded, query).toBeTruthy();
      if (!plain || !expanded) continue;
      expect(matches(db, expanded.match), query).toEqual(matches(db, plain.match));
      expect(expanded.titleTerms === null, query).toBe(plain.titleTerms === null);
      if (plain.titleTerms !== null && expanded.titleTerms !== null) {
        expect(matches(db, expanded.titleTerms), query).toEqual(matches(db, plain.titleTerms));
      }
    }
    // The expansion did happen: re is no longer a prefix query.
    expect(indexSource(makePlan({ query: 're' }), { words: wordsStarting(db) })?.match).not.toContain('*');
  });

  it('keeps the prefix query when the prefix begins too many words', () => {
    const { journal } = seeded();
    const numbered = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(3, '0')}`);
    const many = [...numbered('rex', MAX_PREFIX_WORDS + 1), ...numbered('rey', MAX_PREFIX_WORDS)];
    journal.createEntry({ day: '2026-03-05', title: 'many', body: many.join(' '), pillars: ['culture'], tags: [] });
    const words = wordsStarting(journal.db);
    expect(words('rex')).toBeNull();
    expect(words('re')).toBeNull();
    expect(phraseExpression('rollback re', false, words)).toBe('"rollback re"*');
    // Exactly MAX_PREFIX_WORDS is still expanded.
    expect(words('rey')).toHaveLength(MAX_PREFIX_WORDS);
    expect(words('rex00')).toHaveLength(10);
  });

  it('expands one Hangul syllable into the bigrams it begins', () => {
    const { journal } = seeded();
    const words = wordsStarting(journal.db);
    expect(words('롤')).toEqual(['롤백']);
    expect(phraseExpression('rollback 롤', false, words)).toBe('"rollback 롤백"');
    // No bigram begins with it: the prefix form, which matches nothing either.
    expect(words('힣')).toEqual([]);
    expect(phraseExpression('힣', false, words)).toBe('"힣"*');
  });

  it('never expands a prefix that is not an ASCII word or one Hangul syllable', () => {
    const { journal } = seeded();
    const words = wordsStarting(journal.db);
    expect(words('롤백')).toBeNull();
    expect(words('\u0003r')).toBeNull();
    expect(words('\u0002p')).toBeNull();
    expect(words('\u1105\u1107')).toBeNull();
    expect(words('Re')).toBeNull();
    expect(words('')).toBeNull();
  });

  it('works on the read connection beside the writer, which stays query_only', () => {
    const { journal, file } = seeded();
    const reader = openReadConnection(file);
    try {
      expect(reader.pragma('query_only', { simple: true })).toBe(1);
      const words = wordsStarting(reader);
      expect(words('re')).toEqual(['redeploy', 'release', 'retro']);
      expect(reader.pragma('query_only', { simple: true })).toBe(1);
      expect(() => reader.prepare(`INSERT INTO meta (key, value) VALUES ('x', 1)`).run()).toThrow(/readonly/i);
      // It reads what the writer commits later.
      journal.createEntry({ day: '2026-03-06', title: 'reboot', body: 'reboot', pillars: ['culture'], tags: [] });
      expect(wordsStarting(reader)('reb')).toEqual(['reboot']);
    } finally {
      reader.close();
    }
  });

  it('keeps the words of a prefix until the file changes, by this connection or another', () => {
    const { journal, file } = seeded();
    const words = wordsStarting(journal.db);
    expect(words('re')).toEqual(['redeploy', 'release', 'retro']);
    // The writer's own change, even inside its open transaction.
    journal.db.transaction(() => {
      journal.createEntry({ day: '2026-03-06', title: 'reboot', body: 'reboot', pillars: ['culture'], tags: [] });
      expect(words('re')).toEqual(['reboot', 'redeploy', 'release', 'retro']);
    })();
    const reader = openReadConnection(file);
    try {
      const read = wordsStarting(reader);
      expect(read('rel')).toEqual(['release']);
      // Another connection's commit.
      journal.createEntry({ day: '2026-03-07', title: 'relay', body: 'relay', pillars: ['culture'], tags: [] });
      expect(read('rel')).toEqual(['relay', 'release']);
      expect(read('rel')).toEqual(['relay', 'release']);
    } finally {
      reader.close();
    }
  });

  it('works on a connection opened readonly', () => {
    const { file } = seeded();
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(reader.readonly).toBe(true);
      expect(wordsStarting(reader)('re')).toEqual(['redeploy', 'release', 'retro']);
    } finally {
      reader.close();
    }
  });

  it('writes nothing to the journal file: the vocabulary table is temporary', () => {
    const { journal, file } = seeded();
    wordsStarting(journal.db)('re');
    const tables = (db: Database.Database, schema: string): string[] =>
      db.prepare<[], string>(`SELECT name FROM ${schema}.sqlite_schema`).pluck().all();
    expect(tables(journal.db, 'temp')).toContain('search_words');
    expect(tables(journal.db, 'main')).not.toContain('search_words');
    const other = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(tables(other, 'main')).not.toContain('search_words');
      expect(tables(other, 'temp')).not.toContain('search_words');
    } finally {
      other.close();
    }
  });

  it('falls back to the prefix query when the table is gone, and makes it again on the next call', () => {
    const { journal } = seeded();
    const db = journal.db;
    // Made inside a transaction that rolls back: the temp table goes with it.
    const rolledBack = db.transaction(() => {
      wordsStarting(db);
      throw new Error('roll back');
    });
    expect(() => rolledBack()).toThrow('roll back');
    expect(wordsStarting(db)('re')).toBeNull();
    expect(wordsStarting(db)('re')).toEqual(['redeploy', 'release', 'retro']);
  });
});
