import { describe, expect, it } from 'vitest';
import type { WeekPillarCounts } from '../../db/common/model';
import { heatGrid, levelOf, levelRanges, levelThresholds, niceScale, stackSegments } from './layout';

const none = { culture: 0, automation: 0, measurement: 0, sharing: 0 };

describe('heatmap grid', () => {
  it('lays a year out in Monday-first columns with month starts', () => {
    const grid = heatGrid(
      [{ day: '2026-11-20', count: 3, pillars: { ...none, automation: 2, culture: 1 } }],
      '2025-11-21',
      '2026-11-20',
    );
    expect(grid.cells).toHaveLength(365);
    expect(grid.cells[0]).toMatchObject({ day: '2025-11-21', col: 0, row: 4, count: 0, level: 0 }); // a Friday
    expect(grid.cells.at(-1)).toMatchObject({ day: '2026-11-20', col: 52, row: 4, count: 3, level: 3 });
    expect(grid.columns).toBe(53);
    expect(grid.months[0]).toEqual({ col: 2, month: '2025-12' }); // Monday 1 December opens the third column
    expect(grid.months).toHaveLength(12);
  });

  it('grades busy days by quartiles, small counts directly', () => {
    expect(levelThresholds([1, 2, 1])).toEqual([1, 2, 3]);
    expect(levelOf(0, [1, 2, 3])).toBe(0);
    expect(levelOf(4, [1, 2, 3])).toBe(4);
    const t = levelThresholds([1, 1, 2, 3, 5, 8, 13, 100]);
    expect(t).toEqual([2, 5, 13]);
    expect([1, 2, 3, 5, 8, 13, 14, 100].map((c) => levelOf(c, t))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(levelRanges(t)).toEqual(['0', '1–2', '3–5', '6–13', '14+']);
    expect(levelRanges([1, 2, 3])).toEqual(['0', '1', '2', '3', '4+']);
  });
});

describe('weekly chart', () => {
  it('picks round axis ends', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(230)).toEqual({ max: 300, ticks: [0, 100, 200, 300] });
  });

  it('stacks non-empty pillars from the bottom in CAMS order', () => {
    const week: WeekPillarCounts = { week: '2026-W47', start: '2026-11-16', counts: { culture: 1, automation: 0, measurement: 2, sharing: 3 } };
    expect(stackSegments([week]).map((s) => [s.pillar, s.count, s.base])).toEqual([
      ['culture', 1, 0],
      ['measurement', 2, 1],
      ['sharing', 3, 3],
    ]);
  });
});
