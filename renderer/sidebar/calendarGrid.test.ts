import { describe, expect, it } from 'vitest';
import { dayAfterKey, firstWeekdayOf, monthGrid, shiftDayByMonths, weekdayColumns } from './calendarGrid';

describe('month grid', () => {
  it('lays November 2026 out Monday-first and Sunday-first', () => {
    // 1 November 2026 is a Sunday.
    const monday = monthGrid('2026-11', 0);
    expect(monday[0]?.[0]).toEqual({ day: '2026-10-26', inMonth: false });
    expect(monday[0]?.[6]).toEqual({ day: '2026-11-01', inMonth: true });
    expect(monday.at(-1)?.at(-1)).toEqual({ day: '2026-12-06', inMonth: false });
    expect(monday).toHaveLength(6);
    const sunday = monthGrid('2026-11', 6);
    expect(sunday[0]?.[0]).toEqual({ day: '2026-11-01', inMonth: true });
    expect(sunday).toHaveLength(5);
    expect(sunday.flat().filter((c) => c.inMonth)).toHaveLength(30);
  });

  it('handles February in a leap year and a month that fills four weeks exactly', () => {
    expect(monthGrid('2024-02', 0).flat().filter((c) => c.inMonth).at(-1)?.day).toBe('2024-02-29');
    // February 2027 starts on a Monday and has 28 days.
    expect(monthGrid('2027-02', 0)).toHaveLength(4);
  });

  it('orders the weekday columns from the first weekday', () => {
    expect(weekdayColumns(0)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayColumns(6)).toEqual([6, 0, 1, 2, 3, 4, 5]);
  });

  it('follows the locale for the first weekday', () => {
    expect(firstWeekdayOf('en-GB')).toBe(0);
    expect(firstWeekdayOf('en-US')).toBe(6);
    expect(firstWeekdayOf('ko')).toBe(6);
  });
});

describe('keyboard moves', () => {
  it('moves by day, week, week end and month', () => {
    expect(dayAfterKey('2026-11-30', 'ArrowRight', 0)).toBe('2026-12-01');
    expect(dayAfterKey('2026-11-01', 'ArrowLeft', 0)).toBe('2026-10-31');
    expect(dayAfterKey('2026-11-20', 'ArrowUp', 0)).toBe('2026-11-13');
    expect(dayAfterKey('2026-11-20', 'ArrowDown', 0)).toBe('2026-11-27');
    // Friday 20 November: Monday-first weeks run 16–22, Sunday-first 15–21.
    expect(dayAfterKey('2026-11-20', 'Home', 0)).toBe('2026-11-16');
    expect(dayAfterKey('2026-11-20', 'End', 0)).toBe('2026-11-22');
    expect(dayAfterKey('2026-11-20', 'Home', 6)).toBe('2026-11-15');
    expect(dayAfterKey('2026-11-20', 'End', 6)).toBe('2026-11-21');
    expect(dayAfterKey('2026-11-20', 'PageDown', 0)).toBe('2026-12-20');
    expect(dayAfterKey('2026-11-20', 'Enter', 0)).toBeNull();
  });

  it('clamps a month move to the last day of a shorter month', () => {
    expect(shiftDayByMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(shiftDayByMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(shiftDayByMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});
