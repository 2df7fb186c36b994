import { describe, expect, it } from 'vitest';
import { markdownToHast } from './pipeline';
import { splitSections } from './sections';

function html(source: string): string {
  return JSON.stringify(markdownToHast(source).children.filter((node) => node.type !== 'text').map(strip));
}
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, strip(value)]));
  }
  return node;
}

const BLOCKS = [
  '## Heading\n\nA paragraph with a [ref link][docs] and `code`.',
  '- one\n- two\n\n- loose three\n\n  still three',
  '```ts\nconst a = 1;\n\n\nconst b = 2;\n```',
  '> quoted\n\n> quoted again',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '1. first\n2. second',
];

describe('splitSections', () => {
  it('keeps a small body whole', () => {
    expect(splitSections('# hi\n\ntext', 100)).toEqual(['# hi\n\ntext']);
  });

  it('cuts only between top-level blocks, so the sections render what the whole does', () => {
    const body = [...Array.from({ length: 60 }, (_, i) => BLOCKS[i % BLOCKS.length] ?? ''), '[docs]: https://example.com/docs'].join('\n\n');
    const sections = splitSections(body, 200);
    expect(sections.length).toBeGreaterThan(10);
    expect(sections.map((s) => s.replace(/\n\n\[docs\]: https:\/\/example\.com\/docs\n$/, '')).join('')).toBe(body);
    const whole = html(body);
    const pieces = sections.map(html).map((s) => s.slice(1, -1)).filter(Boolean).join(',');
    expect(`[${pieces}]`).toBe(whole);
  });

  it('never cuts inside a fenced code block', () => {
    const fence = '```\n' + Array.from({ length: 50 }, (_, i) => `line ${i}\n\nafter blank ${i}`).join('\n') + '\n```';
    const sections = splitSections(`intro\n\n${fence}\n\noutro\n\nmore`, 100);
    expect(sections.some((s) => s.includes(fence))).toBe(true);
  });

  it('keeps a body with footnotes whole', () => {
    const body = Array.from({ length: 100 }, (_, i) => `Paragraph ${i}[^1].`).join('\n\n') + '\n\n[^1]: The note.';
    expect(splitSections(body, 100)).toEqual([body]);
  });
});
