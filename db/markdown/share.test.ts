// The share export: its heading outline as a markdown parser reads it, its
// labels in English and Korean, the way back through the import, private
// entries kept out of every share, and an export of nothing refused.
import fs from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { EntryDraft } from '../common/model';
import { review } from '../insights/review';
import type { NewEntry } from '../journal';
import { sameConnection } from '../read-side';
import { freshJournal, tempJournal } from '../test-support/journal';
import { detectFormat, exportMarkdown, exportMarkdownFile, importMarkdown, NOTHING_TO_EXPORT } from './index';
import { parseShare } from './import-share';
import { headingsDown, headingsUp } from './share-headings';

const TODAY = '2026-11-26';

const ENTRIES: NewEntry[] = [
  {
    day: '2026-11-20',
    title: '장애 회고 — *cache* 편',
    body: '# 요약\n\n캐시가 터졌다.\n\n## 타임라인\n\n- 09:00 알림\n\n````md\n# not a heading\n```\n## still code\n```\n````\n\n~~~\n# not a heading either\n~~~\n\n### 배운 것\n\n#### 깊은 제목',
    pillars: ['automation', 'sharing'],
    tags: ['k8s', '배포'],
  },
  { day: '2026-11-20', title: 'Pairing with the new SRE', body: 'We paired on alerts.', pillars: ['culture'], tags: [] },
  { day: '2026-11-18', title: 'SLO 대시보드', body: '에러 버짓 1,234분', pillars: ['measurement'], tags: ['slo'] },
  { day: '2026-11-19', title: 'Salary talk notes', body: 'not for the team', pillars: ['culture'], tags: ['private', 'career'] },
];

function journalWith(entries: NewEntry[] = ENTRIES) {
  const journal = freshJournal('pileup-share-');
  journal.createMany(entries);
  return journal;
}

interface OutlineItem {
  depth: number;
  text: string;
}

/** Every heading a markdown parser finds, in order. */
function outline(markdown: string): OutlineItem[] {
  const out: OutlineItem[] = [];
  const textOf = (node: Nodes): string => ('value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') out.push({ depth: node.depth, text: textOf(node) });
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromMarkdown(markdown));
  return out;
}

function fields(e: EntryDraft): EntryDraft {
  return { day: e.day, title: e.title, body: e.body, pillars: e.pillars, tags: [...e.tags].sort() };
}

describe('share export', () => {
  it('nests its headings: document, day, entry, then the body\'s own, code untouched (English)', async () => {
    const { markdown, count } = await exportMarkdown(sameConnection(journalWith().db), {}, { format: 'share', lang: 'en' }, undefined, TODAY);
    expect(count).toBe(3);
    expect(markdown).not.toContain('<!--');
    expect(outline(markdown)).toEqual([
      { depth: 1, text: 'Pileup journal' },
      { depth: 2, text: 'Friday, November 20, 2026' },
      // Within a day, the entry written last comes first.
      { depth: 3, text: 'Pairing with the new SRE' },
      { depth: 3, text: '장애 회고 — *cache* 편' },
      { depth: 4, text: '요약' },
      { depth: 5, text: '타임라인' },
      { depth: 6, text: '배운 것' },
      { depth: 6, text: '깊은 제목' },
      { depth: 2, text: 'Wednesday, November 18, 2026' },
      { depth: 3, text: 'SLO 대시보드' },
    ]);
    expect(markdown).toContain('````md\n# not a heading\n```\n## still code\n```\n````');
    expect(markdown).toContain('~~~\n# not a heading either\n~~~');
    expect(markdown).toContain('\nPillars: Automation, Sharing · Tags: #k8s #배포\n');
    expect(markdown).toContain('> 3 entries · 2026-11-18 – 2026-11-20 · exported from Pileup on 2026-11-26');
  });

  it('writes day names, labels and numbers in Korean', async () => {
    const many = Array.from({ length: 1_234 }, (_, i): NewEntry => ({ day: '2026-11-20', title: `기록 ${i}`, body: '', pillars: ['sharing'], tags: [] }));
    const { markdown } = await exportMarkdown(sameConnection(journalWith([...ENTRIES, ...many]).db), { pillars: ['automation', 'sharing'] }, { format: 'share', lang: 'ko' }, undefined, TODAY);
    const headings = outline(markdown).filter((h) => !h.text.startsWith('기록 '));
    expect(headings.slice(0, 5)).toEqual([
      { depth: 1, text: 'Pileup 저널' },
      { depth: 2, text: '2026년 11월 20일 (금)' },
      { depth: 3, text: '장애 회고 — *cache* 편' },
      { depth: 4, text: '요약' },
      { depth: 5, text: '타임라인' },
    ]);
    expect(markdown).toContain('\n기둥: 자동화, 공유 · 태그: #k8s #배포\n');
    expect(markdown).toContain('> 기록 1,235개 · 2026-11-20 · 필터: 기둥 자동화, 공유 · 2026-11-26 Pileup에서 내보냄');
    expect(markdown).not.toMatch(/Friday|Pillars|Tags/);
  });

  it('leaves private entries out of the string, the streamed file and the review; a backup keeps them', async () => {
    const { journal, dir } = tempJournal('pileup-share-');
    journal.createMany(ENTRIES);
    const side = sameConnection(journal.db);
    for (const lang of ['en', 'ko'] as const) {
      const shared = await exportMarkdown(side, {}, { format: 'share', lang });
      expect(shared.markdown).not.toContain('Salary');
      expect(shared.markdown).not.toContain('private');
      const file = dir.file(`share-${lang}.md`);
      const streamed = await exportMarkdownFile(side, {}, file, { format: 'share', lang });
      expect(streamed.count).toBe(3);
      expect(fs.readFileSync(file, 'utf8')).not.toContain('Salary');
      const weekly = review(journal.db, { week: '2026-W47', lang }, TODAY);
      expect(weekly.count).toBe(3);
      expect(weekly.markdown).not.toContain('Salary');
      expect(weekly.markdown).not.toContain('career');
    }
    // Asked for, for this one call.
    expect((await exportMarkdown(side, {}, { format: 'share', includePrivate: true })).markdown).toContain('### Salary talk notes');
    expect(review(journal.db, { week: '2026-W47', includePrivate: true }, TODAY).markdown).toContain('Salary');
    const backup = await exportMarkdown(side, {}, { format: 'backup' });
    expect(backup.count).toBe(4);
    expect(backup.markdown).toContain('Salary talk notes');
    const backupFile = dir.file('backup.md');
    await exportMarkdownFile(side, {}, backupFile, { format: 'backup' });
    expect(fs.readFileSync(backupFile, 'utf8')).toContain('Salary talk notes');
  });

  it('refuses an export of nothing, and creates no file', async () => {
    const { journal, dir } = tempJournal('pileup-share-');
    journal.createMany([ENTRIES[3]!]);
    const side = sameConnection(journal.db);
    await expect(exportMarkdown(side, { tags: ['nothing-here'] }, { format: 'backup' })).rejects.toMatchObject({ code: 'not_found', message: NOTHING_TO_EXPORT });
    // Only a private entry: nothing to share.
    await expect(exportMarkdown(side, {}, { format: 'share' })).rejects.toMatchObject({ message: NOTHING_TO_EXPORT });
    const file = dir.file('empty.md');
    await expect(exportMarkdownFile(side, {}, file, { format: 'share' })).rejects.toMatchObject({ message: NOTHING_TO_EXPORT });
    await expect(exportMarkdownFile(side, { tags: ['nothing-here'] }, file, { format: 'backup' })).rejects.toMatchObject({ message: NOTHING_TO_EXPORT });
    expect(fs.readdirSync(dir.dir).filter((name) => name.includes('empty'))).toEqual([]);
  });
});

describe('share import', () => {
  it('is detected by its structure and reads back into the same entries, in either language', async () => {
    const source = journalWith();
    const side = sameConnection(source.db);
    // All but one heading comes back at its level: the body's ####, capped at ###### on the way out, cannot be told from a ###.
    const expected = ENTRIES.filter((e) => !e.tags?.includes('private')).map((e) =>
      fields({ day: e.day ?? '', title: e.title ?? '', body: (e.body ?? '').replace('#### 깊은 제목', '### 깊은 제목'), pillars: e.pillars, tags: e.tags ?? [] }),
    );
    for (const lang of ['en', 'ko'] as const) {
      const { markdown } = await exportMarkdown(side, {}, { format: 'share', lang });
      expect(detectFormat({ text: markdown, name: 'pileup-2026-11-26.md' })).toBe('pileup');
      const parsed = parseShare(markdown);
      expect(parsed.problems).toEqual([]);
      const byKey = (a: EntryDraft, b: EntryDraft) => (a.day + a.title < b.day + b.title ? -1 : 1);
      expect(parsed.entries.map(fields).sort(byKey)).toEqual([...expected].sort(byKey));
      const target = freshJournal('pileup-share-');
      expect(await importMarkdown(target, { markdown, format: 'auto' })).toEqual({ added: 3, skipped: 0, problems: [] });
      expect(await importMarkdown(target, { markdown, format: 'auto' })).toEqual({ added: 0, skipped: 3, problems: [] });
    }
  });

  it('keeps an untitled entry untitled, and names an entry without a pillar line', () => {
    const untitled = parseShare('# Pileup journal\n\n## Friday, November 20, 2026\n\n### First line of the body\n\nPillars: Culture\n\nFirst line of the body\nsecond');
    expect(untitled.entries).toMatchObject([{ day: '2026-11-20', title: '', body: 'First line of the body\nsecond', pillars: ['culture'] }]);
    const noPillars = parseShare('## 2026년 11월 20일 (금)\n\n### 제목\n\n본문');
    expect(noPillars.entries).toEqual([]);
    expect(noPillars.problems).toEqual([{ line: 3, message: expect.stringContaining('no line of pillars') }]);
  });

  it('moves headings down and back up in time linear in the input', () => {
    const body = ['# a', '```', '# code', '```', '###### deep'];
    expect(headingsDown(body, 3)).toEqual(['#### a', '```', '# code', '```', '###### deep']);
    expect(headingsUp(headingsDown(body, 3), 3)).toEqual(['# a', '```', '# code', '```', '### deep']);
    const time = (n: number): number => {
      const lines = [`${'`'.repeat(n)}`, ...Array.from({ length: n }, () => '# x'), `> ${'> '.repeat(n)}# y`, ' '.repeat(n)];
      const start = performance.now();
      headingsDown(lines, 3);
      return performance.now() - start;
    };
    time(2_000);
    expect(time(200_000) / Math.max(time(20_000), 0.5)).toBeLessThan(40);
  });
});
