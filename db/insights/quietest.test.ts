import { describe, expect, it } from 'vitest';
import { quietPillarOf } from './quietest';

describe('quietPillarOf', () => {
  it('names no pillar when the pillars are balanced', () => {
    expect(quietPillarOf({ culture: 31_200, automation: 31_000, measurement: 31_200, sharing: 31_400 })).toBeNull();
    expect(quietPillarOf({ culture: 5, automation: 4, measurement: 5, sharing: 6 })).toBeNull();
  });

  it('names a pillar clearly behind the mean (below 60 % of it)', () => {
    expect(quietPillarOf({ culture: 1, automation: 2, measurement: 2, sharing: 2 })).toEqual({ pillar: 'culture', count: 1 });
    expect(quietPillarOf({ culture: 30, automation: 30, measurement: 30, sharing: 10 })).toEqual({ pillar: 'sharing', count: 10 });
    expect(quietPillarOf({ culture: 3, automation: 3, measurement: 0, sharing: 3 })).toEqual({ pillar: 'measurement', count: 0 });
  });

  it('keeps a pillar just above the line out, and nothing written means no hint', () => {
    // mean 10, line 6: 6 is not below it.
    expect(quietPillarOf({ culture: 6, automation: 11, measurement: 11, sharing: 12 })).toBeNull();
    expect(quietPillarOf({ culture: 0, automation: 0, measurement: 0, sharing: 0 })).toBeNull();
  });
});
