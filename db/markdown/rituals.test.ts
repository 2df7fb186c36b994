// The share rituals read back: weekly snippets and brag documents grouped by
// pillar in English and Korean, the Slack and HTML copies, private entries
// absent from each, and nothing to export refused for every format.
import fs from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { contract } from '../common/contract';
import type { NewEntry } from '../journal';
import { sameConnection } from '../read-side';
import { freshJournal, tempJournal } from '../test-support/journal';
import { exportMarkdown, exportMarkdownFile, markdownToHtml, markdownToSlack, NOTHING_TO_EXPORT, parseQuarter } from './index';

const TODAY = '2026-11-26';

const ENTRIES: NewEntry[] = [
  { day: '2026-11-23', title: 'Pipeline cache', body: 'Cut CI from 14 to 6 minutes, see [the PR](https://git.example/pr/42).\n\nMore later.', pillars: ['automation'], tags: ['ci'] },
  { day: '2026-11-24', title: '배포 회고', body: '# 요약\n\n롤백은 **3분**. [런북](https://wiki.example/runbook)', pillars: ['culture', 'sharing'], tags: [] },
  { day: '2026-11-25', title: 'SLO dashboard', body: 'Error budget 1,234 min <b>raw</b>', pillars: ['measurement'], tags: ['slo'] },
  { day: '2026-11-25', title: 'Salary talk notes', body: 'not for the team', pillars: ['culture'], tags: ['private'] },
  { day: '2026-10-02', title: 'Terraform module', body: 'Shared module for buckets.', pillars: ['automation'], tags: [] },
  { day: '2026-11-10', title: 'Old week', body: 'outside this week', pillars: ['automation'], tags: [] },
];

function side(entries: NewEntry[] = ENTRIES) {
  const journal = freshJournal('pileup-rituals-');
  journal.createMany(entries);
  return sameConnection(journal.db);
}

interface OutlineItem {
  depth: number;
  text: string;
}

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

/** The list items under each heading, as text. */
function itemsUnder(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, '') === heading);
  const out: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^#+ /.test(line)) break;
    if (line.startsWith('- ')) out.push(line);
  }
  return out;
}

describe('weekly snippets', () => {
  it('groups this week by pillar, titles and first lines with links, then a next section (English)', async () => {
    const { markdown, count, fileName } = await exportMarkdown(side(), {}, { format: 'snippets', lang: 'en' }, undefined, TODAY);
    expect(count).toBe(3);
    expect(fileName).toBe('pileup-snippets-2026-W48.md');
    expect(outline(markdown)).toEqual([
      { depth: 1, text: 'Weekly snippets — 2026-W48' },
      { depth: 2, text: 'What I did' },
      { depth: 3, text: 'Culture (1)' },
      { depth: 3, text: 'Automation (1)' },
      { depth: 3, text: 'Measurement (1)' },
      { depth: 3, text: 'Sharing (1)' },
      { depth: 2, text: "What's next" },
    ]);
    expect(markdown).toContain('> November 23, 2026 – November 29, 2026 · 3 entries');
    expect(itemsUnder(markdown, 'Automation (1)')).toEqual(['- 2026-11-23 — **Pipeline cache** — Cut CI from 14 to 6 minutes, see [the PR](https://git.example/pr/42).']);
    expect(itemsUnder(markdown, 'Sharing (1)')).toEqual(['- 2026-11-24 — **배포 회고** — 롤백은 **3분**. [런북](https://wiki.example/runbook)']);
    // Raw HTML in a first line stays text.
    expect(markdown).toContain('Error budget 1,234 min &lt;b>raw&lt;/b>');
    expect(markdown).not.toMatch(/Salary|Old week|Terraform/);
  });

  it('writes Korean, for any week asked for', async () => {
    const { markdown } = await exportMarkdown(side(), {}, { format: 'snippets', lang: 'ko', period: { week: '2026-W48' } }, undefined, '2027-01-05');
    expect(outline(markdown).map((h) => h.text)).toEqual(['주간 스니펫 — 2026-W48', '한 일', '문화 (1)', '자동화 (1)', '측정 (1)', '공유 (1)', '다음 주']);
    expect(markdown).toContain('> 2026년 11월 23일 – 2026년 11월 29일 · 기록 3개');
    expect(itemsUnder(markdown, '자동화 (1)')).toEqual(['- 11월 23일 (월) — **Pipeline cache** — Cut CI from 14 to 6 minutes, see [the PR](https://git.example/pr/42).']);
    expect(markdown).not.toMatch(/What|Culture|Salary/);
  });

  it('takes a private entry only when included for this call', async () => {
    const { markdown, count } = await exportMarkdown(side(), {}, { format: 'snippets', includePrivate: true }, undefined, TODAY);
    expect(count).toBe(4);
    expect(itemsUnder(markdown, 'Culture (2)')).toHaveLength(2);
    expect(markdown).toContain('Salary talk notes');
  });
});

describe('brag document', () => {
  it('covers a quarter by pillar, then by month, with counts (English and Korean)', async () => {
    const data = side();
    const en = await exportMarkdown(data, {}, { format: 'brag', lang: 'en', period: { quarter: '2026-Q4' } }, undefined, TODAY);
    expect(en.count).toBe(5);
    expect(outline(en.markdown)).toEqual([
      { depth: 1, text: 'Brag document — 2026-Q4' },
      { depth: 2, text: 'At a glance' },
      { depth: 2, text: 'Culture (1)' },
      { depth: 3, text: 'November 2026 (1)' },
      { depth: 2, text: 'Automation (3)' },
      { depth: 3, text: 'October 2026 (1)' },
      { depth: 3, text: 'November 2026 (2)' },
      { depth: 2, text: 'Measurement (1)' },
      { depth: 3, text: 'November 2026 (1)' },
      { depth: 2, text: 'Sharing (1)' },
      { depth: 3, text: 'November 2026 (1)' },
    ]);
    expect(itemsUnder(en.markdown, 'At a glance')).toEqual(['- Culture: 1', '- Automation: 3', '- Measurement: 1', '- Sharing: 1']);
    expect(en.markdown).toContain('[the PR](https://git.example/pr/42)');
    expect(en.markdown).not.toContain('Salary');

    const ko = await exportMarkdown(data, {}, { format: 'brag', lang: 'ko' }, undefined, TODAY);
    expect(outline(ko.markdown).map((h) => h.text).slice(0, 5)).toEqual(['성과 기록 — 2026년 4분기', '한눈에 보기', '문화 (1)', '2026년 11월 (1)', '자동화 (3)']);
    expect(ko.markdown).toContain('> 2026년 10월 1일 – 2026년 12월 31일 · 기록 5개');
  });

  it('covers one month when asked, and refuses a week', async () => {
    const { markdown, count } = await exportMarkdown(side(), {}, { format: 'brag', period: { month: '2026-10' } }, undefined, TODAY);
    expect(count).toBe(1);
    expect(outline(markdown)[0]?.text).toBe('Brag document — October 2026');
    await expect(exportMarkdown(side(), {}, { format: 'brag', period: { week: '2026-W48' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(parseQuarter('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(() => parseQuarter('2026-Q5')).toThrow(/quarter/);
  });
});

describe('copy for Slack', () => {
  it('writes mrkdwn from the share export: bold lines, bullets, <url|text> links, code in backticks, private entries out', async () => {
    const body = '## Steps\n\n- one **bold** _it_ ~~old~~\n  - nested\n\nRun `kubectl get pods` & see <https://k8s.io>.\n\n```sh\necho "a < b"\n```';
    const data = side([...ENTRIES, { day: '2026-11-26', title: 'Runbook', body, pillars: ['sharing'], tags: ['k8s'] }]);
    const { markdown: slack, count, fileName } = await exportMarkdown(data, { from: '2026-11-23' }, { format: 'slack', lang: 'en' }, undefined, TODAY);
    expect(count).toBe(4);
    expect(fileName).toBe('pileup-2026-11-26.slack.txt');
    expect(slack).not.toMatch(/^#/m);
    expect(slack).toContain('*Pileup journal*');
    expect(slack).toContain('*Thursday, November 26, 2026*');
    expect(slack).toContain('*Runbook*');
    expect(slack).toContain('• one *bold* _it_ ~old~\n    • nested');
    expect(slack).toContain('Run `kubectl get pods` &amp; see <https://k8s.io>.');
    expect(slack).toContain('```\necho "a &lt; b"\n```');
    expect(slack).toContain('<https://git.example/pr/42|the PR>');
    expect(slack).toContain('&lt;b&gt;raw&lt;/b&gt;');
    expect(slack).not.toContain('Salary');
    expect(slack).not.toContain('**');
  });

  it('turns headings, tables and unsafe links into what Slack can show', () => {
    expect(markdownToSlack('# A *b*\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n[bad](javascript:alert(1)) ![pic](https://img.example/p.png)')).toBe(
      '*A b*\n\n*x · y*\n1 · 2\n\nbad <https://img.example/p.png|pic>\n',
    );
  });
});

describe('copy as HTML', () => {
  it('writes clean HTML of the share export: headings, lists, tables, code, links; entry HTML as text; nothing remote; private out', async () => {
    const body = '| a | b |\n|---|---|\n| 1 | 2 |\n\n```ts\nconst x = 1 < 2;\n```\n\n<script>alert(1)</script>\n\n![tracker](https://img.example/t.png) [bad](javascript:alert(1))';
    const data = side([...ENTRIES, { day: '2026-11-26', title: 'Table & code', body, pillars: ['sharing'], tags: [] }]);
    const { markdown: html, count } = await exportMarkdown(data, {}, { format: 'html', lang: 'ko' }, undefined, TODAY);
    expect(count).toBe(6);
    const tags = [...new Set([...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]))].sort();
    expect(tags).toEqual(['a', 'blockquote', 'code', 'h1', 'h2', 'h3', 'h4', 'p', 'pre', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr']);
    expect(html).toContain('<h1>Pileup 저널</h1>');
    expect(html).toContain('<h3>Table &amp; code</h3>');
    expect(html).toContain('<h4>요약</h4>');
    expect(html).toContain('<a href="https://git.example/pr/42">the PR</a>');
    expect(html).toContain('<pre><code class="language-ts">const x = 1 &lt; 2;\n</code></pre>');
    expect(html).toContain('<p>&lt;script>alert(1)&lt;/script></p>');
    expect(html).toContain('<a href="https://img.example/t.png">tracker</a> bad');
    expect(html).not.toMatch(/<img|<script|javascript:|<b>/);
    expect(html).not.toContain('Salary');
  });

  it('keeps lists as lists', () => {
    expect(markdownToHtml('- a\n- b\n\n1. c')).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>c</li>\n</ol>\n');
  });
});

describe('every format', () => {
  it('refuses an export of nothing and writes no file; a file export of a ritual holds the same text', async () => {
    const { journal, dir } = tempJournal('pileup-rituals-');
    journal.createMany([ENTRIES[3]!]);
    const data = sameConnection(journal.db);
    for (const format of ['share', 'backup', 'snippets', 'brag', 'slack', 'html'] as const) {
      const filter = format === 'backup' ? { tags: ['nothing-here'] } : {};
      await expect(exportMarkdown(data, filter, { format }, undefined, TODAY), format).rejects.toMatchObject({ code: 'not_found', message: NOTHING_TO_EXPORT });
      await expect(exportMarkdownFile(data, filter, dir.file(`empty-${format}`), { format }, undefined, TODAY), format).rejects.toMatchObject({ message: NOTHING_TO_EXPORT });
    }
    expect(fs.readdirSync(dir.dir).filter((name) => name.includes('empty'))).toEqual([]);

    const withEntries = side();
    const file = dir.file('snippets.md');
    const written = await exportMarkdownFile(withEntries, {}, file, { format: 'snippets', lang: 'ko' }, undefined, TODAY);
    const { markdown } = await exportMarkdown(withEntries, {}, { format: 'snippets', lang: 'ko' }, undefined, TODAY);
    expect(written.count).toBe(3);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${markdown}\n`);
  });

  it('is asked for through the contract: a period only with snippets or brag, brag never by week', () => {
    const input = contract.exportMarkdown.input;
    expect(input.parse({ format: 'snippets', period: { week: '2026-W48' } })).toMatchObject({ format: 'snippets', period: { week: '2026-W48' }, lang: 'en', includePrivate: false });
    expect(input.parse({ format: 'brag', period: { quarter: '2026-Q4' } }).period).toEqual({ quarter: '2026-Q4' });
    expect(input.safeParse({ format: 'share', period: { week: '2026-W48' } }).success).toBe(false);
    expect(input.safeParse({ format: 'brag', period: { week: '2026-W48' } }).success).toBe(false);
    expect(input.safeParse({ format: 'brag', period: { quarter: '2026-Q5' } }).success).toBe(false);
    expect(input.safeParse({ format: 'pdf' }).error?.issues[0]?.message).toBe('Format must be one of: share, backup, snippets, brag, slack, html');
  });
});
