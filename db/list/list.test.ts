import { afterEach, describe, expect, it } from 'vitest';
import { PileupError } from '../common/errors';
import { createHandlers, dispatch } from '../handlers';
import { Journal, type NewEntry } from '../journal';
import { countByPillar, countEntries, listEntries, RANK_ALL } from './index';
import type { Entry, EntryPage, ListFilter } from '../common/model';
import { freshJournal } from '../test-support/journal';
import { tempDir } from '../test-support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const FIXTURE: NewEntry[] = [
  { day: '2026-01-05', title: '주간 회고', body: '오늘 팀 회고를 진행했다. 온콜 부담을 나누기로 했다.', pillars: ['culture'], tags: ['회고'] },
  { day: '2026-01-06', title: 'k8s 배포', body: 'k8s 배포 자동화를 했다. 스테이징에 배포했다.', pillars: ['automation'], tags: ['k8s', 'ci'] },
  { day: '2026-01-07', title: 'Redeployed the API', body: 'Deployed the payment service behind a feature flag.', pillars: ['automation', 'sharing'], tags: ['k8s'] },
  { day: '2026-01-08', title: '장애 보고서', body: '장애 대응 훈련을 했고 Grafana 대시보드를 고쳤다.', pillars: ['measurement'], tags: ['incident'] },
  { day: '2026-02-01', title: '발표 준비', body: '사내 발표에서 배치 작업 자동화에 대해 이야기했다.', pillars: ['sharing'], tags: ['발표'] },
  { day: '2026-02-02', title: 'CI cache', body: 'Build time went from 12 to 7 minutes after fixing the cache key.', pillars: ['automation', 'measurement'], tags: ['ci'] },
];

function seeded(): { journal: Journal; byTitle: (title: string) => Entry } {
  const journal = freshJournal();
  const entries = FIXTURE.map((e) => journal.createEntry(e));
  return { journal, byTitle: (title) => entries.find((e) => e.title === title)! };
}

/** The matcher on its own, without the glossary (its synonyms have their own tests in db/search/glossary.test.ts). */
const WITHOUT_GLOSSARY = {};

function titles(journal: Journal, filter: ListFilter, limit = 50): string[] {
  return listEntries(journal.db, { filter, limit }, WITHOUT_GLOSSARY).entries.map((e) => e.title);
}

function search(journal: Journal, query: string): string[] {
  return titles(journal, { query }).sort();
}

describe('search finds any part of a word', () => {
  it('finds a two-syllable Korean word inside a longer eojeol', () => {
    const { journal } = seeded();
    expect(search(journal, '회고')).toEqual(['주간 회고']); // 회고를
    expect(search(journal, '배포')).toEqual(['k8s 배포']); // 배포했다, title 배포
    expect(search(journal, '진행')).toEqual(['주간 회고']); // 진행했다
  });

  it('finds a Korean word of three or more syllables inside an eojeol', () => {
    const { journal } = seeded();
    expect(search(journal, '자동화')).toEqual(['k8s 배포', '발표 준비']); // 자동화를, 자동화에
    expect(search(journal, '대시보드')).toEqual(['장애 보고서']); // 대시보드를
  });

  it('finds one-character queries in Korean and English', () => {
    const { journal } = seeded();
    expect(search(journal, '배')).toEqual(['k8s 배포', '발표 준비']); // 배포, 배치
    expect(search(journal, '훈')).toEqual(['장애 보고서']);
    expect(search(journal, '7')).toEqual(['CI cache']);
  });

  it('combines one-character terms with words, tags, pillars, days and exclusions', () => {
    const { journal } = seeded();
    const pillarCounts = (filter: ListFilter) => countByPillar(journal.db, filter);
    expect(search(journal, '배 pillar:sharing')).toEqual(['발표 준비']);
    expect(search(journal, '배 -pillar:sharing')).toEqual(['k8s 배포']);
    expect(search(journal, '배 tag:k8s')).toEqual(['k8s 배포']);
    expect(search(journal, '자동화 배')).toEqual(['k8s 배포', '발표 준비']);
    expect(search(journal, '자동화 -배')).toEqual([]);
    expect(search(journal, '배 -자동화')).toEqual([]);
    expect(search(journal, '배 -스테이징')).toEqual(['발표 준비']);
    expect(search(journal, 'deployed 7')).toEqual([]);
    expect(search(journal, 'cache 7')).toEqual(['CI cache']);
    expect(search(journal, '-훈 -7 -배 -회')).toEqual(['Redeployed the API']);
    expect(search(journal, '배 -훈 from:2026-02-01')).toEqual(['발표 준비']);
    expect(titles(journal, { query: '배', pillars: ['automation'] })).toEqual(['k8s 배포']);
    expect(countEntries(journal.db, { query: '배 -발' })).toBe(1);
    expect(pillarCounts({ query: '배' })).toEqual({ culture: 0, automation: 1, measurement: 0, sharing: 1 });
    expect(pillarCounts({ query: '배 -pillar:sharing' })).toEqual({ culture: 0, automation: 1, measurement: 0, sharing: 0 });
  });

  it('mixes words with a letter or digit, and with a character that begins many different bigrams', () => {
    const { journal } = seeded();
    expect(search(journal, 'payment r')).toEqual(['Redeployed the API']);
    expect(search(journal, 'payment y')).toEqual([]); // y only inside a word
    expect(search(journal, 'payment z')).toEqual([]);
    expect(search(journal, 'k8s -y')).toEqual(['Redeployed the API', 'k8s 배포']); // its y is inside words
    // 다 followed by hundreds of different syllables: one prefix query all the same.
    const many = Array.from({ length: 1_500 }, (_, i) => `다${String.fromCharCode(0xac00 + i * 7)}`).join(' ');
    journal.createEntry({ day: '2026-03-01', title: '많은 다', body: `${many} 롤백 연습`, pillars: ['culture'] });
    journal.createEntry({ day: '2026-03-02', title: '롤백 연습 2', body: '다른 날의 롤백 연습', pillars: ['culture'] });
    journal.createEntry({ day: '2026-03-03', title: '롤백 연습 3', body: 'no such syllable', pillars: ['culture'] });
    expect(search(journal, '롤백 다')).toEqual(['롤백 연습 2', '많은 다']);
    expect(search(journal, '롤백 -다')).toEqual(['롤백 연습 3']);
    expect(search(journal, '다 -롤백')).toEqual(['k8s 배포', '발표 준비', '장애 보고서', '주간 회고']);
    expect(countEntries(journal.db, { query: '롤백 다' })).toBe(2);
  });

  it('finds words in mixed Korean and English text, all words required', () => {
    const { journal } = seeded();
    expect(search(journal, 'k8s 배포 자동화를 했다')).toEqual(['k8s 배포']);
    expect(search(journal, 'grafana 장애')).toEqual(['장애 보고서']);
    expect(search(journal, 'grafana 배포')).toEqual([]);
  });

  it('finds English words from their start, case-insensitively', () => {
    const { journal } = seeded();
    expect(search(journal, 'redeploy')).toEqual(['Redeployed the API']);
    expect(search(journal, 'deploy')).toEqual(['Redeployed the API']); // Deployed in the body
    expect(search(journal, 'eploy')).toEqual([]);
    expect(search(journal, 'PAYMENT')).toEqual(['Redeployed the API']);
    expect(search(journal, 'ci')).toEqual(['CI cache', 'k8s 배포']); // title CI, tag ci; not the tag incident
  });

  it('matches quoted phrases in order only', () => {
    const { journal } = seeded();
    expect(search(journal, '"배포 자동화"')).toEqual(['k8s 배포']);
    expect(search(journal, '"자동화 배포"')).toEqual([]);
    expect(search(journal, '"feature flag"')).toEqual(['Redeployed the API']);
  });

  it('excludes words and phrases', () => {
    const { journal } = seeded();
    expect(search(journal, '자동화 -발표')).toEqual(['k8s 배포']);
    expect(search(journal, '했 -"배포 자동화" -회')).toEqual(['발표 준비', '장애 보고서']);
    // An exclusion alone lists everything else, newest first.
    expect(titles(journal, { query: '-k8s' })).toEqual(['CI cache', '발표 준비', '장애 보고서', '주간 회고']);
  });

  it('finds tags', () => {
    const { journal } = seeded();
    expect(search(journal, 'incident')).toEqual(['장애 보고서']);
    expect(search(journal, '발표')).toEqual(['발표 준비']);
  });

  it('finds text written in decomposed Hangul (NFD) with an NFC query and the reverse', () => {
    const journal = freshJournal();
    journal.createEntry({ title: '맥에서 쓴 글', body: '회고를 했다'.normalize('NFD'), pillars: ['culture'] });
    expect(search(journal, '회고')).toEqual(['맥에서 쓴 글']);
    expect(search(journal, '맥에서'.normalize('NFD'))).toEqual(['맥에서 쓴 글']);
  });
});

describe('query tokens and filters combine', () => {
  it('pillar:, tag:, from:, to: and on: narrow the result', () => {
    const { journal } = seeded();
    expect(search(journal, 'pillar:automation')).toEqual(['CI cache', 'Redeployed the API', 'k8s 배포']);
    expect(search(journal, 'pillar:automation tag:k8s')).toEqual(['Redeployed the API', 'k8s 배포']);
    expect(search(journal, 'tag:k8s tag:ci')).toEqual(['k8s 배포']);
    expect(search(journal, 'from:2026-01-07 to:2026-02-01')).toEqual(['Redeployed the API', '발표 준비', '장애 보고서']);
    expect(search(journal, 'on:2026-01-05')).toEqual(['주간 회고']);
    expect(search(journal, 'on:2026-02 자동화')).toEqual(['발표 준비']);
    expect(search(journal, '-pillar:automation -tag:회고')).toEqual(['발표 준비', '장애 보고서']);
  });

  it('filter fields and query tokens combine: pillars any-of, tags all-of, day range inclusive', () => {
    const { journal } = seeded();
    expect(titles(journal, { pillars: ['culture', 'measurement'] })).toEqual(['CI cache', '장애 보고서', '주간 회고']);
    expect(titles(journal, { pillars: ['automation'], tags: ['ci'], from: '2026-01-06', to: '2026-01-06' })).toEqual(['k8s 배포']);
    expect(titles(journal, { pillars: ['automation'], query: 'pillar:sharing' })).toEqual(['Redeployed the API']);
    expect(titles(journal, { from: '2026-01-08', query: 'to:2026-02-01 했' }).sort()).toEqual(['발표 준비', '장애 보고서']);
    expect(titles(journal, { tags: ['#K8s'], query: '배포' })).toEqual(['k8s 배포']);
  });

  it('matches a tag filter exactly, while a search finds text inside tags', () => {
    const journal = freshJournal();
    journal.createEntry({ title: 'a', body: '본문', pillars: ['culture'], tags: ['k8s-prod', '장애 대응'] });
    journal.createEntry({ title: 'b', body: '본문', pillars: ['culture'], tags: ['k8s'] });
    expect(titles(journal, { tags: ['k8s'] })).toEqual(['b']);
    expect(titles(journal, { query: 'tag:"장애 대응"' })).toEqual(['a']);
    expect(titles(journal, { query: 'tag:장애' })).toEqual([]);
    expect(titles(journal, { query: 'k8s' }).sort()).toEqual(['a', 'b']);
    expect(titles(journal, { query: '대응' })).toEqual(['a']);
    expect(titles(journal, { query: '-tag:k8s' })).toEqual(['a']);
  });

  it('counts per pillar under the rest of the filter', () => {
    const { journal } = seeded();
    expect(countByPillar(journal.db, {})).toEqual({ culture: 1, automation: 3, measurement: 2, sharing: 2 });
    expect(countByPillar(journal.db, { pillars: ['culture'], tags: ['k8s'] })).toEqual({ culture: 0, automation: 2, measurement: 0, sharing: 1 });
    expect(countByPillar(journal.db, { query: '자동화 pillar:sharing' })).toEqual({ culture: 0, automation: 1, measurement: 0, sharing: 1 });
    expect(countByPillar(journal.db, { from: '2026-02-01' })).toEqual({ culture: 0, automation: 1, measurement: 1, sharing: 1 });
  });
});

describe('malformed queries never reach SQLite as syntax', () => {
  const MALFORMED = [
    '"',
    '"배포',
    'a"b',
    '-',
    '- -',
    '*',
    '배*',
    '^',
    '^회고',
    ':',
    'a:b',
    'NEAR',
    'NEAR(배포 자동화, 2)',
    'OR',
    '배포 OR 회고',
    'AND',
    'NOT',
    "'",
    "'; DROP TABLE entries; --",
    ';',
    '(',
    ')',
    '(배포',
    '{title}: x',
    'title:배포',
    '👍',
    '🧑‍💻 배포',
    '\\',
    '""""',
    '%_',
  ];
  it.each(MALFORMED)('%s', (query) => {
    const { journal } = seeded();
    expect(() => listEntries(journal.db, { filter: { query }, limit: 10 })).not.toThrow();
    expect(() => countByPillar(journal.db, { query })).not.toThrow();
  });

  it('finds the literal text of operators and quotes when it is there', () => {
    const journal = freshJournal();
    journal.createEntry({ title: 'Ops', body: "SELECT * FROM t WHERE a = 'x' OR b; -- NEAR(x) 👍 c^2", pillars: ['culture'] });
    for (const query of ['*', "'x'", 'OR', 'NEAR(x)', ';', '👍', '^', 'c^2', '--']) {
      expect(titles(journal, { query }), query).toEqual(['Ops']);
    }
  });

  it('searches the rest of a query with an impossible date and notes the piece through the contract', async () => {
    const { journal } = seeded();
    const handlers = createHandlers(journal);
    const result = await dispatch(handlers, 'listEntries', { filter: { query: '배포 from:2026-02-30' } });
    // 배포, and Redeployed through the glossary (deploy): the date is the only piece left out.
    expect(await dispatch(handlers, 'countEntries', { filter: { query: '배포 from:2026-02-30' } })).toEqual({ ok: true, value: 2 });
    expect(result).toMatchObject({ ok: true, value: { entries: [{}, {}], notes: { warnings: [{ piece: 'from:2026-02-30', reason: 'not_a_date' }], also: expect.arrayContaining(['deploy']) } } });
  });
});

describe('pages', () => {
  function bigJournal(): Journal {
    const journal = freshJournal();
    const inputs: NewEntry[] = [];
    for (let i = 0; i < 230; i++) {
      // Several entries per day, so the cursor must order by seq within a day.
      const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 7)).padStart(2, '0')}`;
      inputs.push({
        day,
        title: `항목 ${i}`,
        body: i % 3 === 0 ? `배포 자동화 기록 ${i}. 회고를 했다.` : `Wrote notes ${i} about monitoring.`,
        pillars: i % 2 ? ['automation'] : ['sharing', 'culture'],
        tags: i % 5 === 0 ? ['k8s'] : [],
      });
    }
    journal.createMany(inputs);
    return journal;
  }

  function allPages(journal: Journal, filter: ListFilter, limit: number): { ids: string[]; pages: EntryPage[] } {
    const pages: EntryPage[] = [];
    let cursor: string | null = null;
    do {
      const page = listEntries(journal.db, { filter, cursor, limit });
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor && pages.length < 100);
    return { ids: pages.flatMap((p) => p.entries.map((e) => e.id)), pages };
  }

  it('walks the journal newest day first without duplicates or gaps', () => {
    const journal = bigJournal();
    const { ids, pages } = allPages(journal, {}, 17);
    expect(ids).toHaveLength(230);
    expect(new Set(ids).size).toBe(230);
    expect(countEntries(journal.db, {})).toBe(230);
    const days = pages.flatMap((p) => p.entries.map((e) => e.day));
    expect(days).toEqual([...days].sort().reverse());
    expect(pages.at(-1)?.nextCursor).toBeNull();
  });

  it('walks filtered and searched results without duplicates or gaps', () => {
    const journal = bigJournal();
    const filters: ListFilter[] = [
      { pillars: ['automation'] },
      { query: '배포' },
      { query: '회고 tag:k8s' },
      { query: 'k' },
      { tags: ['k8s'] },
      { query: '-배포 pillar:sharing' },
      { query: '배 -tag:k8s', from: '2025-03-01' },
    ];
    for (const filter of filters) {
      const { ids, pages } = allPages(journal, filter, 7);
      const everything = listEntries(journal.db, { filter, limit: 1000 });
      expect(ids.length, JSON.stringify(filter)).toBe(countEntries(journal.db, filter));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(everything.entries.map((e) => e.id).sort());
      expect(pages[0]!.entries.length).toBeGreaterThan(0);
    }
  });

  it('rejects a cursor that is not one of ours, or from the other kind of list', () => {
    const journal = bigJournal();
    const plain = listEntries(journal.db, { filter: {}, limit: 5 }).nextCursor!;
    const ranked = listEntries(journal.db, { filter: { query: '배포' }, limit: 5 }).nextCursor!;
    for (const [filter, cursor] of [
      [{}, 'garbage'],
      [{}, ranked],
      [{ query: '배포' }, plain],
      [{}, Buffer.from('["d","x",1]').toString('base64url')],
    ] as [ListFilter, string][]) {
      expect(() => listEntries(journal.db, { filter, cursor, limit: 5 })).toThrow(PileupError);
    }
  });
});

describe('ranking and snippets', () => {
  it('ranks title hits above body hits and gives every item a snippet with marked hits', () => {
    const journal = freshJournal();
    journal.createEntry({ day: '2026-03-01', title: '일기', body: `${'평범한 하루였다. '.repeat(20)}잠깐 배포 이야기를 했다.`, pillars: ['culture'] });
    journal.createEntry({ day: '2026-01-01', title: '배포 회고', body: '배포가 늦어진 이유를 정리했다.', pillars: ['culture'] });
    const page = listEntries(journal.db, { filter: { query: '배포' }, limit: 10 });
    expect(page.entries.map((e) => e.title)).toEqual(['배포 회고', '일기']);
    // The typed word and what the glossary searched with it, all of them marked where they show.
    expect(page.terms).toEqual(['배포', 'deploy', 'deployment']);
    const snippet = page.entries[1]!.snippet!;
    expect(snippet.find((p) => p.hit)?.text).toBe('배포');
    expect(snippet[0]!.text).toBe('…');
  });

  it('marks the synonym and the stem a result was found by', () => {
    const journal = freshJournal();
    journal.createEntry({ day: '2026-03-01', title: 'Rollout', body: 'The canary held at 5%.', pillars: ['culture'] });
    journal.createEntry({ day: '2026-03-02', title: '알림', body: '알림 임계값을 낮췄다.', pillars: ['culture'] });
    const canary = listEntries(journal.db, { filter: { query: '카나리' }, limit: 10 });
    expect(canary.entries[0]!.snippet!.filter((p) => p.hit).map((p) => p.text)).toEqual(['canary']);
    const stem = listEntries(journal.db, { filter: { query: '알림을' }, limit: 10 });
    expect(stem.entries[0]!.snippet!.filter((p) => p.hit).map((p) => p.text)).toEqual(['알림']);
  });

  it('has no snippets without a text query', () => {
    const { journal } = seeded();
    expect(listEntries(journal.db, { filter: { pillars: ['culture'] }, limit: 5 }).entries[0]!.snippet).toBeUndefined();
  });
});

describe('many matches', () => {
  it('puts title and tag hits first, then the rest, each newest first, across pages', () => {
    const journal = freshJournal();
    const inputs: NewEntry[] = [];
    const n = RANK_ALL + 150;
    for (let i = 0; i < n; i++) {
      const day = `20${String(20 + (i % 6))}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const inTitle = i % 40 === 0;
      inputs.push({
        day,
        title: inTitle ? `배포 회고 ${i}` : `작업 ${i}`,
        body: `오늘 배포했다. 기록 ${i}`,
        pillars: ['automation'],
        tags: i % 97 === 0 ? ['배포'] : [],
      });
    }
    journal.createMany(inputs);
    const seen: { title: string; day: string; tags: string[] }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    expect(countEntries(journal.db, { query: '배포' })).toBe(n);
    do {
      const page = listEntries(journal.db, { filter: { query: '배포' }, cursor, limit: 97 });
      expect(page.entries.length).toBe(Math.min(97, n - seen.length));
      seen.push(...page.entries.map((e) => ({ title: e.title, day: e.day, tags: e.tags })));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(n);
    const firstGroup = seen.filter((e) => e.title.includes('배포') || e.tags.includes('배포'));
    expect(seen.slice(0, firstGroup.length)).toEqual(firstGroup);
    const days = (list: { day: string }[]) => list.map((e) => e.day);
    expect(days(firstGroup)).toEqual(days(firstGroup).sort().reverse());
    const rest = seen.slice(firstGroup.length);
    expect(days(rest)).toEqual(days(rest).sort().reverse());
    expect(new Set(seen.map((e) => e.title)).size).toBe(n);
  });

  it('ranks by bm25 in a day range only a word that few entries hold in the whole journal', () => {
    const journal = freshJournal();
    const filler: NewEntry[] = Array.from({ length: RANK_ALL + 10 }, (_, i) => ({
      day: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      title: `작업 ${i}`,
      body: `오늘 배포했다. 기록 ${i}`,
      pillars: ['automation'],
      tags: [],
    }));
    journal.createMany([
      ...filler,
      // In March 2026: the older entry says it often in a short body, the newer once in a long one.
      { day: '2026-03-02', title: '짧은 기록', body: '배포 카나리 배포 카나리 배포 카나리', pillars: ['automation'], tags: [] },
      { day: '2026-03-20', title: '긴 기록', body: `배포 카나리 ${'그리고 다른 이야기가 길게 이어졌다. '.repeat(40)}`, pillars: ['automation'], tags: [] },
    ]);
    const march = (word: string) => titles(journal, { query: `${word} from:2026-03-01 to:2026-03-31` });
    // 카나리 is rare in the journal: bm25 puts the entry that says it most first.
    expect(march('카나리')).toEqual(['짧은 기록', '긴 기록']);
    // 배포 is in every entry: newest first (no title holds it), however few March has.
    expect(countEntries(journal.db, { query: '배포 from:2026-03-01 to:2026-03-31' }, WITHOUT_GLOSSARY)).toBe(2);
    expect(march('배포')).toEqual(['긴 기록', '짧은 기록']);
  });
});

describe('the index follows the journal', () => {
  it('re-indexes an updated entry', () => {
    const { journal, byTitle } = seeded();
    const entry = byTitle('주간 회고');
    journal.updateEntry(entry.id, { day: entry.day, pillars: entry.pillars, title: '주간 미팅', body: '보안 점검을 했다.', tags: ['security'] });
    expect(search(journal, '회고')).toEqual([]);
    expect(search(journal, '보안')).toEqual(['주간 미팅']);
    expect(search(journal, 'securi')).toEqual(['주간 미팅']);
  });

  it('leaves the trash out of search and finds it again after a restore', () => {
    const { journal, byTitle } = seeded();
    const entry = byTitle('k8s 배포');
    journal.deleteEntry(entry.id);
    expect(search(journal, '배포')).toEqual([]);
    expect(search(journal, '배')).toEqual(['발표 준비']);
    expect(titles(journal, { trash: true })).toEqual(['k8s 배포']);
    expect(titles(journal, { trash: true, query: '배포했' })).toEqual(['k8s 배포']);
    expect(titles(journal, { trash: true, query: '회고' })).toEqual([]);
    expect(countByPillar(journal.db, { trash: true, query: '배포' })).toEqual({ culture: 0, automation: 1, measurement: 0, sharing: 0 });
    journal.restoreEntry(entry.id);
    expect(search(journal, '배포')).toEqual(['k8s 배포']);
  });

  it('forgets a purged entry and an emptied trash', () => {
    const { journal, byTitle } = seeded();
    journal.deleteEntry(byTitle('k8s 배포').id);
    journal.purgeEntry(byTitle('k8s 배포').id);
    journal.deleteEntry(byTitle('장애 보고서').id);
    journal.emptyTrash();
    expect(search(journal, '배포')).toEqual([]);
    expect(search(journal, '장애')).toEqual([]);
    expect(titles(journal, { trash: true })).toEqual([]);
    const counts = journal.db.prepare(`SELECT count(*) AS n FROM search_text`).get() as { n: number };
    expect(counts.n).toBe(FIXTURE.length - 2);
  });

  it('orders and finds entries from long ago and far ahead', () => {
    const journal = freshJournal();
    for (const day of ['1901-03-04', '1969-12-31', '1970-01-01', '2999-12-31', '2026-05-05']) {
      journal.createEntry({ day, title: `회고 ${day}`, body: '옛날 기록', pillars: ['culture'] });
    }
    const days = ['2999-12-31', '2026-05-05', '1970-01-01', '1969-12-31', '1901-03-04'];
    expect(listEntries(journal.db, { filter: { query: '-없는말' }, limit: 10 }).entries.map((e) => e.day)).toEqual(days);
    expect(listEntries(journal.db, { filter: { query: '기록' }, limit: 10 }).entries.map((e) => e.day).sort().reverse()).toEqual(days);
    expect(titles(journal, { query: '회고 to:1969-12-31' })).toEqual(['회고 1969-12-31', '회고 1901-03-04']);
    const first = listEntries(journal.db, { filter: { query: '-없는말' }, limit: 2 });
    const second = listEntries(journal.db, { filter: { query: '-없는말' }, limit: 2, cursor: first.nextCursor });
    expect(second.entries.map((e) => e.day)).toEqual(['1970-01-01', '1969-12-31']);
  });

  it('keeps the index after reopening the file', () => {
    const dir = tempDir();
    cleanups.push(dir.cleanup);
    const first = Journal.open(dir.file('j.db'));
    first.createMany(FIXTURE);
    first.close();
    const again = Journal.open(dir.file('j.db'));
    cleanups.push(() => again.close());
    expect(search(again, '회고')).toEqual(['주간 회고']);
  });
});
