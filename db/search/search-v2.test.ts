// The matching rules of the bigram index (schema.ts), on real journal files:
// each on the index path, in the trash scan and in the pillar counts, with
// Korean and English text, and recall against a plain substring scan.
import { describe, expect, it } from 'vitest';
import type { ListFilter } from '../common/model';
import type { Journal, NewEntry } from '../journal';
import { countByPillar, listEntries } from '../list/index';
import { freshJournal } from '../test-support/journal';
import { normalizeText } from './text';

const FIXTURE: NewEntry[] = [
  { day: '2026-03-01', title: '배포 자동화 정리', body: 'CI에서 배포 자동화를 끝냈다.', pillars: ['automation'] },
  { day: '2026-03-02', title: '배포자동화 회고', body: '붙여 쓴 배포자동화도 같은 말이다.', pillars: ['culture'] },
  { day: '2026-03-03', title: '카나리 배포', body: 'canary rollout 10% 에서 멈췄다.', pillars: ['automation', 'measurement'], tags: ['canary'] },
  { day: '2026-03-04', title: '알림 임계값', body: '알림 임계값을 낮췄다. Alert threshold lowered.', pillars: ['measurement'] },
  { day: '2026-03-05', title: '장애 대응', body: '장애 대응 훈련. Incident drill, redeployed twice.', pillars: ['culture', 'sharing'], tags: ['incident'] },
  { day: '2026-03-06', title: 'Deploy notes', body: 'We deploy on Fridays. 카 나 리 are three words here.', pillars: ['sharing'] },
];

function seeded(): Journal {
  const journal = freshJournal();
  journal.createMany(FIXTURE);
  return journal;
}

const titles = (journal: Journal, filter: ListFilter): string[] =>
  listEntries(journal.db, { filter, limit: 50 }, {}).entries.map((e) => e.title).sort();
const search = (journal: Journal, query: string): string[] => titles(journal, { query });
const inTrash = (journal: Journal, query: string): string[] => titles(journal, { query, trash: true });

/** Moves every entry to the trash, so the same queries run through the scan. */
function trashAll(journal: Journal): void {
  for (const entry of listEntries(journal.db, { filter: {}, limit: 100 }).entries) journal.deleteEntry(entry.id);
}

describe('Korean spacing does not matter', () => {
  const BOTH = ['배포 자동화 정리', '배포자동화 회고'];
  it('finds both spellings for a word written together or apart, and for a quoted phrase', () => {
    const journal = seeded();
    expect(search(journal, '배포자동화')).toEqual(BOTH);
    expect(search(journal, '"배포 자동화"')).toEqual(BOTH);
    expect(search(journal, '"배포자동화"')).toEqual(BOTH);
    expect(search(journal, '"배포  자동화를"')).toEqual(['배포 자동화 정리']);
    trashAll(journal);
    expect(inTrash(journal, '배포자동화')).toEqual(BOTH);
    expect(inTrash(journal, '"배포 자동화"')).toEqual(BOTH);
  });

  it('keeps the spacing of English words, and not between Hangul and English', () => {
    const journal = seeded();
    expect(search(journal, '"alert threshold"')).toEqual(['알림 임계값']);
    expect(search(journal, 'alertthreshold')).toEqual([]);
    expect(search(journal, '"ci에서 배포"')).toEqual(['배포 자동화 정리']);
    expect(search(journal, '"ci 에서"')).toEqual(['배포 자동화 정리']);
    expect(search(journal, '"10% 에서"')).toEqual(['카나리 배포']);
  });

  it('counts pillars with the same rule', () => {
    const journal = seeded();
    expect(countByPillar(journal.db, { query: '배포자동화' })).toEqual({ culture: 1, automation: 1, measurement: 0, sharing: 0 });
  });
});

describe('초성 search', () => {
  it('finds words whose consecutive syllables begin with the consonants', () => {
    const journal = seeded();
    expect(search(journal, 'ㅋㄴㄹ')).toEqual(['Deploy notes', '카나리 배포']); // 카 나 리 written apart is one run too
    expect(search(journal, 'ㅇㄹ')).toEqual(['알림 임계값']);
    expect(search(journal, 'ㅈㅇ ㄷㅇ')).toEqual(['장애 대응']);
    expect(search(journal, 'ㅋㄴㄹ pillar:measurement')).toEqual(['카나리 배포']);
    expect(search(journal, 'ㅂㅍ -ㅈㄷㅎ')).toEqual(['카나리 배포']);
    expect(countByPillar(journal.db, { query: 'ㅋㄴㄹ' })).toEqual({ culture: 0, automation: 1, measurement: 1, sharing: 1 });
    trashAll(journal);
    expect(inTrash(journal, 'ㅋㄴㄹ')).toEqual(['Deploy notes', '카나리 배포']);
    expect(inTrash(journal, 'ㅂㅍ -ㅈㄷㅎ')).toEqual(['카나리 배포']);
  });

  it('does not span text that is not Hangul, and needs two consonants', () => {
    const journal = freshJournal();
    journal.createEntry({ day: '2026-03-01', title: '카 x 나리', body: '', pillars: ['culture'] });
    journal.createEntry({ day: '2026-03-02', title: 'ㅋ 키', body: '', pillars: ['culture'] });
    expect(search(journal, 'ㅋㄴㄹ')).toEqual([]);
    expect(search(journal, 'ㄴㄹ')).toEqual(['카 x 나리']);
    // One consonant is a plain character: it finds the jamo typed in the text, not 키.
    expect(search(journal, 'ㅋ')).toEqual(['ㅋ 키']);
    expect(search(journal, 'ㅋ 키')).toEqual(['ㅋ 키']);
  });
});

describe('alternatives of a term', () => {
  it('finds the stem of a word with a particle, and the word itself', () => {
    const journal = seeded();
    expect(search(journal, '알림을')).toEqual(['알림 임계값']);
    expect(search(journal, '장애를')).toEqual(['장애 대응']);
    expect(search(journal, '임계값을')).toEqual(['알림 임계값']);
    expect(search(journal, '장애를 drill')).toEqual(['장애 대응']);
    expect(search(journal, '장애를 -incident')).toEqual([]);
    expect(countByPillar(journal.db, { query: '알림을' })).toEqual({ culture: 0, automation: 0, measurement: 1, sharing: 0 });
    trashAll(journal);
    expect(inTrash(journal, '알림을')).toEqual(['알림 임계값']);
  });

  it('ORs the alternatives the parser gives, on the index path and in the scan', async () => {
    const journal = seeded();
    // The glossary fills alternatives in parse; the matcher takes whatever it is given.
    const { makePlan } = await import('../list/plan');
    const { indexSource } = await import('../list/index-source');
    const plan = makePlan({ query: 'canary 임계값' });
    plan.query.alternatives[0]!.push('카나리');
    const source = indexSource(plan);
    const keys = journal.db.prepare<[string], number>(`SELECT rowid FROM search_text WHERE search_text MATCH ?`).pluck().all(source!.match);
    expect(keys).toHaveLength(0); // canary-or-카나리 AND 임계값: no entry has both
    const either = makePlan({ query: 'rollout' });
    either.query.alternatives[0]!.push('임계값', 'ㅈㅇ');
    const matched = journal.db.prepare<[string], number>(`SELECT count(*) FROM search_text WHERE search_text MATCH ?`).pluck().get(indexSource(either)!.match);
    expect(matched).toBe(2); // rollout, 임계값 (ㅈㅇ as an alternative is literal text: nowhere)
  });
});

describe('what a term matches', () => {
  it('finds Korean inside words, English from a word\'s start, one character, and exact tags', () => {
    const journal = seeded();
    expect(search(journal, 'deploy')).toEqual(['Deploy notes']);
    expect(search(journal, 'redeploy')).toEqual(['장애 대응']);
    expect(search(journal, 'eploy')).toEqual([]);
    expect(search(journal, '자동화')).toEqual(['배포 자동화 정리', '배포자동화 회고']);
    expect(search(journal, '%')).toEqual(['카나리 배포']);
    expect(search(journal, 'tag:canar')).toEqual([]);
    expect(search(journal, 'tag:canary')).toEqual(['카나리 배포']);
    expect(search(journal, 'canar')).toEqual(['카나리 배포']);
  });

  it('has 100 % recall against a plain scan: any Korean substring, English from a word\'s start', () => {
    const journal = freshJournal();
    const words = ['배포', '자동화', '회고', '장애', 'deploy', 'rollback', 'k8s', '카나리', '알림', 'ci/cd', '"quoted"', '🚀', 'x', '다'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const texts = Array.from({ length: 300 }, () => Array.from({ length: 3 + next(12) }, () => words[next(words.length)]!).join(next(3) === 0 ? '' : ' '));
    journal.createMany(texts.map((body, i) => ({ day: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `t${i}`, body, pillars: ['culture'] })));
    const bodies = texts.map(normalizeText);
    // Substrings of the texts themselves: one to six characters from random places; one that
    // begins inside an English word is looked for where it begins a word (a regular expression, not the index's tokens).
    for (let q = 0; q < 200; q++) {
      const text = [...bodies[next(bodies.length)]!];
      const start = next(text.length);
      const term = text.slice(start, start + 1 + next(6)).join('').trim();
      if (!term || term.includes('"')) continue;
      const at = new RegExp(`${/^[a-z0-9]/.test(term) ? '(?<![a-z0-9])' : ''}${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
      const truth = new Set(bodies.flatMap((b, i) => (at.test(b) ? [`t${i}`] : [])));
      const found = new Set(listEntries(journal.db, { filter: { query: `"${term}"` }, limit: 1_000 }).entries.map((e) => e.title));
      for (const title of truth) expect(found.has(title), `"${term}" should find ${title}`).toBe(true);
    }
  });
});
