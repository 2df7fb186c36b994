import { describe, expect, it } from 'vitest';
import type { EntryListItem } from '../../db/common/model';
import { buildRows, firstLine, highlightTerms, jumpTargetRow } from './rows';

function entry(id: string, day: string): EntryListItem {
  return { id, day, title: id, body: '', pillars: ['culture'], tags: [], createdAt: '', updatedAt: '', deletedAt: null };
}

describe('buildRows', () => {
  it('puts one header before each run of a day', () => {
    const rows = buildRows([entry('a', '2026-11-02'), entry('b', '2026-11-02'), entry('c', '2026-11-01')]);
    expect(rows.map((r) => (r.kind === 'day' ? `# ${r.day} (${r.count})` : r.entry.id))).toEqual([
      '# 2026-11-02 (2)', 'a', 'b', '# 2026-11-01 (1)', 'c',
    ]);
  });
  it('leaves ranked search results ungrouped', () => {
    const rows = buildRows([entry('a', '2026-11-01'), entry('b', '2026-11-02')], false);
    expect(rows.map((r) => r.kind)).toEqual(['entry', 'entry']);
  });
  it('gives every row a unique key', () => {
    const rows = buildRows([entry('a', '2026-11-02'), entry('b', '2026-11-01'), entry('c', '2026-11-02')]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });
});

describe('firstLine', () => {
  it('skips blank lines and strips markdown markers', () => {
    expect(firstLine('\n\n## 배포 **자동화** 회고\nsecond')).toBe('배포 자동화 회고');
    expect(firstLine('- [x] wrote the [runbook](https://x.test)')).toBe('wrote the runbook');
    expect(firstLine('```bash\nkubectl get pods\n```')).toBe('kubectl get pods');
  });
  it('cuts long lines', () => {
    expect(firstLine('a'.repeat(300), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});

describe('highlightTerms', () => {
  it('marks a two-syllable Korean word inside a longer word', () => {
    expect(highlightTerms('어제 배포했다', ['배포'])).toEqual([
      { text: '어제 ', hit: false }, { text: '배포', hit: true }, { text: '했다', hit: false },
    ]);
  });
  it('is case-insensitive and merges overlapping terms', () => {
    expect(highlightTerms('Kubernetes rollout', ['KUBER', 'rnetes'])).toEqual([
      { text: 'Kubernetes', hit: true }, { text: ' rollout', hit: false },
    ]);
  });
  it('returns the text unmarked without terms', () => {
    expect(highlightTerms('plain', [])).toEqual([{ text: 'plain', hit: false }]);
  });
});

describe('jumpTargetRow', () => {
  const rows = buildRows([entry('a', '2026-11-20'), entry('b', '2026-11-20'), entry('c', '2026-11-18'), entry('d', '2025-11-20')]);

  it('finds the day header, or the next older day when the day has no entries', () => {
    expect(jumpTargetRow(rows, '2026-11-20', true)).toBe(0);
    expect(jumpTargetRow(rows, '2026-11-19', true)).toBe(3);
    expect(jumpTargetRow(rows, '2026-12-01', true)).toBe(0);
    expect(jumpTargetRow(rows, '2025-11-20', true)).toBe(5);
  });

  it('is null while the day is older than every loaded row, and finds exact days among ranked results', () => {
    expect(jumpTargetRow(rows, '2024-01-01', true)).toBeNull();
    const ranked = buildRows([entry('c', '2026-11-18'), entry('a', '2026-11-20')], false);
    expect(jumpTargetRow(ranked, '2026-11-20', false)).toBe(1);
    expect(jumpTargetRow(ranked, '2026-11-19', false)).toBeNull();
  });
});
