import { describe, expect, it } from 'vitest';
import { addDays, isoWeekOf, mondayOf, mondayOfIsoWeek, shiftMonth, shiftWeek } from './calendar';

describe('shared calendar', () => {
  it('finds ISO weeks across year ends', () => {
    expect(isoWeekOf('2026-11-20')).toBe('2026-W47');
    expect(isoWeekOf('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2020-W53')).toBe('2020-12-28');
    expect(mondayOfIsoWeek('2021-W53')).toBeNull();
    expect(mondayOfIsoWeek('2026-W54')).toBeNull();
    expect(mondayOfIsoWeek('nonsense')).toBeNull();
  });

  it('steps weeks and months over year ends', () => {
    expect(shiftWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftWeek('2026-W01', -1)).toBe('2025-W52');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', -23)).toBe('2024-12');
  });

  it('does day arithmetic without time zone shifts', () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London']) {
        process.env.TZ = zone;
        expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
        expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
        expect(mondayOf('2026-11-22')).toBe('2026-11-16');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
