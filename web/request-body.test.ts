import { describe, expect, it } from 'vitest';
import { createBodyBudget } from './request-body';

describe('the body budget', () => {
  it('takes bytes up to its total and no further, and gets them back', () => {
    const budget = createBodyBudget(100);
    expect(budget.take(60)).toBe(true);
    expect(budget.take(41)).toBe(false);
    expect(budget.inUse).toBe(60);
    expect(budget.take(40)).toBe(true);
    budget.give(60);
    expect(budget.inUse).toBe(40);
    expect(budget.take(60)).toBe(true);
    budget.give(1000);
    expect(budget.inUse).toBe(0);
  });
});
