import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueReminders, MAX_WAIT_MS, nextFireTime, planReminders, reminderText, waitBeforeNextCheck } from './reminders';

// Local wall times in a zone with DST, so the spring-forward and fall-back days are real.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi);
const wall = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

const reminders = (daily: boolean, friday: boolean) => ({
  daily: { enabled: daily, time: '17:30' },
  fridayShare: { enabled: friday, time: '16:00' },
});

describe('nextFireTime', () => {
  it('fires later today, or tomorrow once the time has passed (exactly now counts as passed)', () => {
    expect(wall(nextFireTime('17:30', local(2026, 12, 2, 9, 0)))).toBe('2026-12-02 17:30');
    expect(wall(nextFireTime('17:30', local(2026, 12, 2, 17, 30)))).toBe('2026-12-03 17:30');
    expect(wall(nextFireTime('17:30', local(2026, 12, 31, 18, 0)))).toBe('2027-01-01 17:30');
  });

  it('handles midnight: 00:00 is the start of the next day', () => {
    expect(wall(nextFireTime('00:00', local(2026, 12, 2, 23, 59)))).toBe('2026-12-03 00:00');
    expect(wall(nextFireTime('23:59', local(2026, 12, 2, 0, 0)))).toBe('2026-12-02 23:59');
  });

  it('keeps the wall time across a DST change (a 23- and a 25-hour day)', () => {
    // 2026-03-08: clocks jump 02:00 → 03:00 in New York; 2026-11-01: 02:00 → 01:00.
    expect(wall(nextFireTime('17:30', local(2026, 3, 7, 18, 0)))).toBe('2026-03-08 17:30');
    expect(wall(nextFireTime('17:30', local(2026, 10, 31, 18, 0)))).toBe('2026-11-01 17:30');
    const spring = nextFireTime('17:30', local(2026, 3, 7, 18, 0));
    expect(spring.getTime() - local(2026, 3, 7, 17, 30).getTime()).toBe(23 * 3600_000);
  });

  it('fires a skipped time after the gap and a repeated time once', () => {
    const skipped = nextFireTime('02:30', local(2026, 3, 8, 0, 0));
    expect(wall(skipped)).toBe('2026-03-08 03:30');
    const repeated = nextFireTime('01:30', local(2026, 11, 1, 0, 0));
    expect(wall(repeated)).toBe('2026-11-01 01:30');
    // After the first 01:30 has fired, the next one is tomorrow's, not the repeat an hour later.
    expect(wall(nextFireTime('01:30', new Date(repeated.getTime() + 1)))).toBe('2026-11-02 01:30');
  });

  it('finds the next Friday, today included when the time is still ahead', () => {
    // 2026-12-04 is a Friday.
    expect(wall(nextFireTime('16:00', local(2026, 12, 2, 12), 5))).toBe('2026-12-04 16:00');
    expect(wall(nextFireTime('16:00', local(2026, 12, 4, 15, 59), 5))).toBe('2026-12-04 16:00');
    expect(wall(nextFireTime('16:00', local(2026, 12, 4, 16, 0), 5))).toBe('2026-12-11 16:00');
  });
});

describe('planReminders', () => {
  it('plans only what is enabled (both are off by default), soonest first', () => {
    expect(planReminders(reminders(false, false), local(2026, 12, 4, 9))).toEqual([]);
    const plan = planReminders(reminders(true, true), local(2026, 12, 4, 9));
    expect(plan.map((p) => [p.kind, wall(p.at)])).toEqual([
      ['fridayShare', '2026-12-04 16:00'],
      ['daily', '2026-12-04 17:30'],
    ]);
  });

  it('waits until the soonest, never longer than a minute', () => {
    const now = local(2026, 12, 4, 17, 29);
    const plan = planReminders(reminders(true, false), local(2026, 12, 4, 9));
    expect(waitBeforeNextCheck(plan, local(2026, 12, 4, 9))).toBe(MAX_WAIT_MS);
    expect(waitBeforeNextCheck(plan, new Date(plan[0]!.at.getTime() - 20_000))).toBe(20_000);
    expect(waitBeforeNextCheck([], now)).toBeNull();
  });

  it('shows a reminder that is due, and drops one the machine slept through', () => {
    const plan = planReminders(reminders(true, true), local(2026, 12, 4, 9));
    expect(dueReminders(plan, local(2026, 12, 4, 15, 0))).toEqual({ due: [], missed: [] });
    expect(dueReminders(plan, local(2026, 12, 4, 16, 1))).toEqual({ due: ['fridayShare'], missed: [] });
    expect(dueReminders(plan, local(2026, 12, 4, 17, 35))).toEqual({ due: ['daily'], missed: ['fridayShare'] });
  });
});

describe('reminderText', () => {
  it('speaks the OS language', () => {
    expect(reminderText('daily', 'en-US').body).toBe('What did you pile up today?');
    expect(reminderText('fridayShare', 'en-GB').body).toBe("Share your week's review");
    expect(reminderText('daily', 'ko-KR').body).toBe('오늘은 무엇을 쌓았나요?');
  });
});
