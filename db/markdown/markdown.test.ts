import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal, type NewEntry } from '../journal';
import { sameConnection } from '../read-side';
import type { Entry, EntryDraft } from '../common/model';
import { freshJournal as freshTempJournal } from '../test-support/journal';
import { tempDir } from '../test-support/temp';
import { findHashtags } from './hashtags';
import { exportMarkdown, importMarkdown, importPaths, renderDocument } from './index';
import { parsePileup } from './import-pileup';

/** These tests read the exact round trip. */
const BACKUP = { format: 'backup' } as const;

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function freshJournal(): Journal {
  return freshTempJournal('pileup-md-');
}

/** Every live entry, oldest first, as the fields an export must keep. */
function contents(journal: Journal): EntryDraft[] {
  const rows = journal.db.prepare(`SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY seq`).all() as { id: string }[];
  return rows.map(({ id }) => journal.getEntry(id)).map(fields);
}

function fields(e: EntryDraft): EntryDraft {
  return { day: e.day, title: e.title, body: e.body, pillars: e.pillars, tags: [...e.tags].sort() };
}

const TRICKY: NewEntry[] = [
  {
    day: '2026-11-25',
    title: '배포 파이프라인 회고 — `kubectl rollout`',
    body: '# 오늘 한 일\n\n배포했다.\n\n---\n\n## Heading two\n\n```yaml\n---\nkind: Deployment\n# not a heading\n```\n\ntrailing spaces here   \n\n',
    pillars: ['automation', 'sharing'],
    tags: ['k8s', '배포', 'release train'],
  },
  {
    day: '2026-11-25',
    title: '',
    body: '<!-- pileup:entry {"day":"2026-01-01","title":"fake","pillars":["culture"],"tags":[]} -->\n<!-- /pileup:entry -->\n\\<!-- pileup:body -->\n<!-- a plain comment -->\n<!--pileup:weird-->',
    pillars: ['culture'],
    tags: [],
  },
  {
    day: '2026-11-24',
    title: 'Title with --> and <!-- inside',
    body: '\n\nstarts with blank lines, ends without newline',
    pillars: ['measurement'],
    tags: ['p95'],
  },
  { day: '2026-01-02', title: '새해 첫 기록 ### not a heading', body: '', pillars: ['culture', 'automation', 'measurement', 'sharing'], tags: ['🚀 launch'] },
  { day: '2025-12-31', title: 'Only a body follows', body: '\n', pillars: ['sharing'], tags: [] },
];

describe('pileup markdown layout', () => {
  it('renders days newest first with headings, pillars and tags people can read', async () => {
    const entries = TRICKY.map((d, i) => ({ ...d, id: String(i), createdAt: '', updatedAt: '', deletedAt: null }) as Entry);
    const md = renderDocument(entries, { pillars: ['automation'] }, '2026-11-26');
    expect(md.startsWith('# Pileup journal\n')).toBe(true);
    expect(md).toContain('> 5 entries · 2025-12-31 – 2026-11-25 · filter: pillars automation · exported from Pileup on 2026-11-26');
    const days = [...md.matchAll(/^## (\d{4}-\d{2}-\d{2}) · (\w+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(days).toEqual(['2026-11-25 Wednesday', '2026-11-24 Tuesday', '2026-01-02 Friday', '2025-12-31 Wednesday']);
    expect(md).toContain('### 배포 파이프라인 회고 — `kubectl rollout`');
    expect(md).toContain('**Pillars:** Automation, Sharing · **Tags:** `#k8s` `#배포` `#release train`');
    // A body line that looks like a marker is escaped, so it cannot end or start an entry.
    expect(md).toContain('\n\\<!-- pileup:entry {"day":"2026-01-01"');
    expect(md).toContain('\n\\\\<!-- pileup:body -->');
    expect(md).not.toMatch(/-->.*-->$/m);
  });

  it('parses its own rendering back exactly', async () => {
    const entries = TRICKY.map((d, i) => ({ ...d, id: String(i), createdAt: '', updatedAt: '', deletedAt: null }) as Entry);
    const parsed = parsePileup(renderDocument(entries, {}, '2026-11-26'));
    expect(parsed.problems).toEqual([]);
    const byTitle = (a: EntryDraft, b: EntryDraft) => (a.day + a.title < b.day + b.title ? -1 : 1);
    expect(parsed.entries.map(fields).sort(byTitle)).toEqual(TRICKY.map((d) => fields(d as EntryDraft)).sort(byTitle));
  });

  it('still reads a file whose line ends became CRLF', async () => {
    const entries = TRICKY.slice(0, 1).map((d) => ({ ...d, id: 'x', createdAt: '', updatedAt: '', deletedAt: null }) as Entry);
    const parsed = parsePileup(renderDocument(entries, {}, '2026-11-26').replace(/\n/g, '\r\n'));
    expect(parsed.entries[0]?.body).toBe(TRICKY[0]!.body);
  });
});

describe('export and import through the journal', () => {
  it('round-trips every field, bodies with headings, fences, ---, comments and Korean included', async () => {
    const source = freshJournal();
    source.createMany(TRICKY);
    const exported = await exportMarkdown(sameConnection(source.db), {}, BACKUP, undefined, '2026-11-26');
    expect(exported.count).toBe(TRICKY.length);
    expect(exported.fileName).toBe('pileup-2026-11-26.md');

    const target = freshJournal();
    const result = await importMarkdown(target, { markdown: exported.markdown, format: 'auto', fileName: exported.fileName });
    expect(result).toEqual({ added: TRICKY.length, skipped: 0, problems: [] });
    const sort = (list: EntryDraft[]) => [...list].sort((a, b) => (a.day + a.title < b.day + b.title ? -1 : 1));
    expect(sort(contents(target))).toEqual(sort(contents(source)));
  });

  it('exports exactly what the filter selects', async () => {
    const journal = freshJournal();
    journal.createMany(TRICKY);
    const onlyMeasurement = await exportMarkdown(sameConnection(journal.db), { pillars: ['measurement'] }, BACKUP);
    expect(onlyMeasurement.count).toBe(2);
    expect(onlyMeasurement.markdown).toContain('### Title with --> and <!-- inside');
    expect(onlyMeasurement.markdown).toContain('### 새해 첫 기록');
    expect(onlyMeasurement.markdown).not.toContain('배포 파이프라인');
    const range = await exportMarkdown(sameConnection(journal.db), { from: '2026-01-01', to: '2026-11-24' }, BACKUP);
    expect(range.count).toBe(2);
    const tagged = await exportMarkdown(sameConnection(journal.db), { tags: ['배포'] }, BACKUP);
    expect(tagged.count).toBe(1);
  });

  it('exports a few hundred entries across pages, each once', async () => {
    const journal = freshJournal();
    const many: NewEntry[] = Array.from({ length: 450 }, (_, i) => ({
      day: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `기록 ${i}`,
      body: `body ${i}`,
      pillars: ['automation'],
    }));
    journal.createMany(many);
    const exported = await exportMarkdown(sameConnection(journal.db), {}, BACKUP);
    expect(exported.count).toBe(450);
    const titles = [...exported.markdown.matchAll(/^### (기록 \d+)$/gm)].map((m) => m[1]);
    expect(new Set(titles).size).toBe(450);
    const days = [...exported.markdown.matchAll(/^## (\S+)/gm)].map((m) => m[1]!);
    expect(days).toEqual([...days].sort().reverse());
  });

  it('adds nothing when the same export is imported twice', async () => {
    const source = freshJournal();
    source.createMany(TRICKY);
    const { markdown } = await exportMarkdown(sameConnection(source.db), {}, BACKUP);
    const target = freshJournal();
    expect((await importMarkdown(target, { markdown, format: 'pileup' })).added).toBe(TRICKY.length);
    expect(await importMarkdown(target, { markdown, format: 'pileup' })).toEqual({ added: 0, skipped: TRICKY.length, problems: [] });
    expect(contents(target)).toHaveLength(TRICKY.length);
  });

  it('imports nothing from a cut-short file and names the line', async () => {
    const source = freshJournal();
    source.createMany(TRICKY);
    const { markdown } = await exportMarkdown(sameConnection(source.db), {}, BACKUP);
    const lines = markdown.split('\n');
    const lastStart = lines.findLastIndex((l) => l.startsWith('<!-- pileup:entry '));
    const cut = lines.slice(0, lastStart + 6).join('\n');
    const target = freshJournal();
    const result = await importMarkdown(target, { markdown: cut, format: 'auto', fileName: 'cut.md' });
    expect(result.added).toBe(0);
    expect(result.problems).toEqual([{ line: lastStart + 1, file: 'cut.md', message: expect.stringMatching(/not closed/) }]);
    expect(contents(target)).toEqual([]);
  });

  it('reports broken entry markers and invalid fields by line', async () => {
    const md = [
      '# Pileup journal',
      '<!-- pileup:entry {"day":"2026-02-30","title":"bad day","pillars":["culture"],"tags":[]} -->',
      '<!-- pileup:body -->',
      '',
      'x',
      '',
      '<!-- /pileup:entry -->',
      '<!-- pileup:entry {"day": oops} -->',
      '<!-- pileup:body -->',
      '<!-- /pileup:entry -->',
      '<!-- pileup:entry {"day":"2026-01-01","title":"t","pillars":["devops"],"tags":[]} -->',
      '<!-- pileup:body -->',
      '<!-- /pileup:entry -->',
    ].join('\n');
    const journal = freshJournal();
    const result = await importMarkdown(journal, { markdown: md, format: 'auto' });
    expect(result.added).toBe(0);
    expect(result.problems.map((p) => p.line)).toEqual([8, 11, 2]);
    expect(result.problems[0]?.message).toMatch(/broken JSON/);
    expect(result.problems[1]?.message).toMatch(/Pillar must be one of/);
    expect(result.problems[2]?.message).toMatch(/"bad day" \(2026-02-30\).*real date/);
    expect(contents(journal)).toEqual([]);
  });

  it('says so when it cannot tell the format', async () => {
    const result = await importMarkdown(freshJournal(), { markdown: 'just some notes\n', format: 'auto', fileName: 'notes.md' });
    expect(result.problems[0]).toMatchObject({ line: 0, file: 'notes.md', message: expect.stringMatching(/cannot tell/) });
  });
});

describe('jrnl', () => {
  it('imports the plain-text export: days, titles, bodies, @tags and #tags, pillars from tags', async () => {
    const journal = freshJournal();
    const result = await importPaths(journal, [path.join(FIXTURES, 'jrnl-export.txt')], { format: 'auto' });
    expect(result).toMatchObject({ added: 3, skipped: 0, problems: [] });
    expect(contents(journal)).toEqual([
      {
        day: '2026-11-20',
        title: 'Set up Renovate for the monorepo. @automation @deps',
        body: 'Dependency PRs now open themselves every Monday.\nRate limit: 5 PRs at a time, grouped by `#monorepo` workspace.',
        pillars: ['automation'],
        tags: ['deps'],
      },
      {
        day: '2026-11-21',
        title: '팀 회고에서 배포 파이프라인 이야기 #culture',
        body: '배포 실패 원인을 같이 봤다. 다음 주에 @sharing 발표 예정.\n메일은 ops@example.com 으로.',
        pillars: ['culture', 'sharing'],
        tags: [],
      },
      { day: '2026-11-22', title: 'Grafana dashboard for p95 latency', body: '#measurement #grafana', pillars: ['measurement'], tags: ['grafana'] },
    ]);
  });

  it('imports the older unbracketed format and the markdown export', async () => {
    const journal = freshJournal();
    const old = await importPaths(journal, [path.join(FIXTURES, 'jrnl-old.txt')], { format: 'jrnl' });
    expect(old).toMatchObject({ added: 2, problems: [] });
    const md = await importPaths(journal, [path.join(FIXTURES, 'jrnl-export.md')], { format: 'auto' });
    expect(md).toMatchObject({ added: 2, problems: [] });
    const all = contents(journal);
    expect(all.map((e) => `${e.day} ${e.title} [${e.pillars.join()}] [${e.tags.join()}]`)).toEqual([
      '2026-10-01 Wrote the on-call runbook #sharing #oncall [sharing] [oncall]',
      '2026-10-02 장애 대응 훈련 #culture #장애 [culture] [장애]',
      '2026-11-20 Set up Renovate for the monorepo. @automation [automation] []',
      '2026-11-21 팀 회고 #culture [culture] []',
    ]);
    // jrnl pushed body headings down three levels; they come back as written.
    expect(all[2]?.body).toBe('Dependency PRs now open themselves every Monday.\n\n# Config\n\n```json\n{ "extends": ["config:base"] }\n```');
  });

  it('reports entries without a pillar unless a default pillar is given', async () => {
    const text = '[2026-11-01 10:00] Learned about eBPF\nNo tags here.\n\n[2026-11-02 10:00] Wrote docs #sharing\n';
    const journal = freshJournal();
    const without = await importMarkdown(journal, { markdown: text, format: 'jrnl', fileName: 'j.txt' });
    expect(without.added).toBe(0);
    expect(without.problems).toEqual([{ line: 1, file: 'j.txt', message: expect.stringMatching(/"Learned about eBPF" \(2026-11-01\) has no pillar/) }]);
    const withDefault = await importMarkdown(journal, { markdown: text, format: 'jrnl', defaultPillars: ['culture'] });
    expect(withDefault.added).toBe(2);
    expect(contents(journal).map((e) => e.pillars)).toEqual([['culture'], ['sharing']]);
  });

  it('rejects text before the first entry and names the line', async () => {
    const result = await importMarkdown(freshJournal(), { markdown: '\nhello\n[2026-11-01 10:00] x #culture\n', format: 'jrnl' });
    expect(result.problems).toEqual([{ line: 2, message: expect.stringMatching(/before the first entry/) }]);
  });
});

describe('daily notes', () => {
  it('imports a folder atomically: day from the file name, #tags and front matter tags, notes that are not days ignored', async () => {
    const journal = freshJournal();
    const result = await importPaths(journal, [path.join(FIXTURES, 'daily-notes')], { format: 'auto' });
    expect(result).toMatchObject({ added: 3, skipped: 0, problems: [], ignored: ['README.md'] });
    // Written day by day, oldest first (createMany).
    expect(contents(journal)).toEqual([
      {
        day: '2026-11-24',
        title: 'Cached the Docker layers in CI',
        body: 'Builds went from 9 minutes to 3. #buildkit\n\n```sh\n# not a tag: #comment inside code\ndocker buildx build --cache-from type=gha .\n```',
        pillars: ['automation'],
        tags: ['buildkit', 'ci'],
      },
      {
        day: '2026-11-25',
        title: '',
        body: '오늘은 #sharing 세션에서 #쿠버네티스 배포 전략을 발표했다.\nSee issue #123 and https://example.com/page#anchor.',
        pillars: ['sharing'],
        tags: ['쿠버네티스'],
      },
      {
        day: '2026-11-26',
        title: '',
        body: 'Read the SRE book chapter on error budgets. #measurement #sre/slo',
        pillars: ['measurement'],
        tags: ['sre/slo'],
      },
    ]);
    const again = await importPaths(journal, [path.join(FIXTURES, 'daily-notes')], { format: 'auto' });
    expect(again).toMatchObject({ added: 0, skipped: 3, problems: [] });
  });

  it('imports nothing when one note has no pillar, and names the file and line', async () => {
    const dir = tempDir('pileup-notes-');
    cleanups.push(dir.cleanup);
    fs.writeFileSync(dir.file('2026-11-01.md'), 'Paired on the flaky test. #culture\n');
    fs.writeFileSync(dir.file('2026-11-02.md'), '\n\n배포 자동화 스크립트 정리 #bash\n');
    const journal = freshJournal();
    const result = await importPaths(journal, [dir.dir], { format: 'daily-notes' });
    expect(result.added).toBe(0);
    expect(result.problems).toEqual([{ line: 3, file: '2026-11-02.md', message: expect.stringMatching(/has no pillar/) }]);
    expect(contents(journal)).toEqual([]);
    expect((await importPaths(journal, [dir.dir], { format: 'daily-notes', defaultPillars: ['automation'] })).added).toBe(2);
  });
});

describe('hashtags', () => {
  it('finds tags in prose, not in code, headings, issue numbers or URLs', async () => {
    const text = '# Heading\nDid #k8s and #배포, (#infra) #a-b/c.\n`#inline` #123 x#y http://h/#frag\n```\n#code\n```\n~~~\n#tilde\n~~~\nend #last';
    expect(findHashtags(text)).toEqual(['k8s', '배포', 'infra', 'a-b/c', 'last']);
    expect(findHashtags('@alice met #bob at a@b.c', '#@')).toEqual(['alice', 'bob']);
  });
});
