import { describe, expect, it } from 'vitest';
import { PileupError } from './common/errors';
import type { Entry } from './common/model';
import { createHandlers, dispatch } from './handlers';
import type { NewEntry } from './journal';
import { distinctiveTerms, relatedEntries } from './related';
import { entryTerms, hangulStem } from './related-terms';
import { freshJournal } from './test-support/journal';

const FIXTURE: NewEntry[] = [
  { day: '2026-03-02', title: '카나리 배포 회고', body: '## 타임라인\n| 시각 | 사건 |\n|---|---|\n| 10:00 | 카나리 배포 시작 |\n\n롤백 절차를 문서로 남겼다.', pillars: ['culture'], tags: ['회고'] },
  { day: '2026-03-03', title: '롤백 자동화', body: '카나리 배포가 실패하면 롤백을 자동으로 한다. 오늘 팀과 이야기했다.', pillars: ['automation'], tags: [] },
  { day: '2026-03-04', title: '점심', body: '오늘 팀 점심을 먹었다. 배포 이야기는 하지 않았다.', pillars: ['culture'], tags: [] },
  { day: '2026-03-05', title: 'Terraform state locking', body: 'Moved the **terraform** state to S3 with DynamoDB locking; see [the guide](https://example.com/terraform).', pillars: ['automation'], tags: ['terraform'] },
  { day: '2026-03-06', title: 'Drift detection', body: 'A nightly terraform plan reports drift. DynamoDB locking keeps runs apart.', pillars: ['measurement'], tags: [] },
  { day: '2026-03-07', title: 'Team lunch', body: 'We talked about the weather and the team offsite.', pillars: ['culture'], tags: [] },
  { day: '2026-03-08', title: 'Canary notes', body: '카나리 배포 notes: canary analysis with Grafana.', pillars: ['measurement'], tags: [] },
];

function seeded() {
  const journal = freshJournal();
  const entries = FIXTURE.map((e) => journal.createEntry(e));
  const byTitle = (title: string): Entry => {
    const found = entries.find((e) => e.title === title);
    if (!found) throw new Error(`no entry ${title}`);
    return found;
  };
  return { journal, byTitle };
}

const titlesOf = (page: { entries: { title: string }[] }) => page.entries.map((e) => e.title);

describe('the terms of an entry', () => {
  it('takes a particle or ending off a Hangul word only when two syllables remain', () => {
    expect(hangulStem('배포를')).toBe('배포');
    expect(hangulStem('알림을')).toBe('알림');
    expect(hangulStem('모니터링에서')).toBe('모니터링');
    expect(hangulStem('장애')).toBe('장애');
    expect(hangulStem('배포')).toBe('배포');
  });

  it('counts Latin words of three letters or more and Hangul words, title and tags weighing more, syntax and stopwords left out', () => {
    const terms = entryTerms({ title: 'k8s 배포', body: '## 배포를 했다\nThe [deploy](https://x.example/guide) of **k8s** to prod. 오늘 배포가 끝났다.', tags: ['Canary'] });
    const counts = Object.fromEntries(terms.map((t) => [t.term, t.count]));
    expect(counts['배포']).toBe(3 + 2);
    expect(counts['k8s']).toBe(3 + 1);
    expect(counts['canary']).toBe(3);
    expect(counts['deploy']).toBe(1);
    expect(counts['prod']).toBe(1);
    for (const gone of ['the', 'https', 'guide', '오늘', '했다', '##']) expect(counts[gone]).toBeUndefined();
    expect(terms[0]?.term).toBe('배포');
  });
});

describe('related entries', () => {
  it('ranks Korean entries by the rare words they share, never the entry itself', () => {
    const { journal, byTitle } = seeded();
    const page = relatedEntries(journal.db, { id: byTitle('카나리 배포 회고').id, limit: 8 });
    const titles = titlesOf(page);
    expect(titles[0]).toBe('롤백 자동화'); // 카나리, 배포, 롤백
    expect(titles).toContain('Canary notes'); // 카나리, 배포
    expect(titles).not.toContain('카나리 배포 회고');
    expect(titles.indexOf('Canary notes')).toBeLessThan(titles.indexOf('점심') === -1 ? Infinity : titles.indexOf('점심'));
    expect(page.total).toBe(page.entries.length);
    expect(page.entries.every((e) => e.snippet === undefined)).toBe(true);
  });

  it('finds English entries by rare shared words, not by common ones like "team"', () => {
    const { journal, byTitle } = seeded();
    const titles = titlesOf(relatedEntries(journal.db, { id: byTitle('Terraform state locking').id, limit: 8 }));
    expect(titles[0]).toBe('Drift detection');
    expect(titles).not.toContain('Terraform state locking');
    expect(titles).not.toContain('Team lunch');
  });

  it('weighs a term by how few entries have it', () => {
    const { journal, byTitle } = seeded();
    const terms = distinctiveTerms(journal.db, byTitle('카나리 배포 회고'), FIXTURE.length);
    const weight = (term: string) => terms.find((t) => t.term === term)?.weight ?? 0;
    expect(terms.find((t) => t.term === '롤백')?.entries).toBe(2);
    // Both are written four times here (title ×3 + body); 카나리 is in three entries, 배포 in four.
    expect(weight('카나리')).toBeGreaterThan(weight('배포'));
    expect(weight('배포')).toBeGreaterThan(0);
    expect(terms.some((t) => t.term === '타임라인')).toBe(false); // in no other entry
  });

  it('leaves out entries in the trash, and answers nothing for an entry that shares nothing', () => {
    const { journal, byTitle } = seeded();
    journal.deleteEntry(byTitle('롤백 자동화').id);
    const titles = titlesOf(relatedEntries(journal.db, { id: byTitle('카나리 배포 회고').id, limit: 8 }));
    expect(titles).not.toContain('롤백 자동화');
    expect(titles).toContain('Canary notes');
    const lonely = journal.createEntry({ day: '2026-03-09', title: 'Quokka', body: 'Zebra xylophone.', pillars: ['sharing'], tags: [] });
    expect(relatedEntries(journal.db, { id: lonely.id, limit: 8 })).toEqual({ total: 0, entries: [] });
  });

  it('is a contract method: limit defaults and is bounded, an unknown id is not_found', async () => {
    const { journal, byTitle } = seeded();
    const handlers = createHandlers(journal);
    const page = await dispatch(handlers, 'relatedEntries', { id: byTitle('카나리 배포 회고').id, limit: 1 });
    expect(page).toMatchObject({ ok: true, value: { entries: [{ title: '롤백 자동화' }] } });
    expect(await dispatch(handlers, 'relatedEntries', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch(handlers, 'relatedEntries', { id: byTitle('점심').id, limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(() => relatedEntries(journal.db, { id: 'nope', limit: 8 })).toThrow(PileupError);
  });

  it('scores a common word an entry shares, found in the candidate as its glossary synonym', () => {
    const journal = freshJournal();
    // 6,000 older entries, two in five about kubernetes: too common to list candidates by, but still distinctive.
    journal.createMany(
      Array.from({ length: 6000 }, (_, i) => ({
        day: new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
        title: `Note ${i}`,
        body: i % 5 < 2 ? 'kubernetes cluster' : 'weekly sync',
        pillars: ['culture' as const],
        tags: [],
      })),
    );
    const target = journal.createEntry({ day: '2026-03-02', title: 'Helm chart upgrade', body: 'Upgraded the helm chart on kubernetes.', pillars: ['automation'], tags: [] });
    journal.createEntry({ day: '2026-03-03', title: '차트 정리', body: 'helm chart를 쿠버네티스에 올렸다.', pillars: ['automation'], tags: [] });
    journal.createEntry({ day: '2026-03-04', title: 'Chart notes', body: 'helm chart values.', pillars: ['automation'], tags: [] });
    const terms = distinctiveTerms(journal.db, target, 6003);
    expect(terms.find((t) => t.term === 'kubernetes')?.entries).toBeGreaterThan(2000);
    // Both share helm and chart; the older one also says 쿠버네티스 (kubernetes), so it comes first.
    expect(titlesOf(relatedEntries(journal.db, { id: target.id, limit: 2 }))).toEqual(['차트 정리', 'Chart notes']);
  });
});
