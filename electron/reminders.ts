// When the optional reminders fire: the daily "what did you pile up?" at a
// chosen local time, and the Friday nudge to share the week's review. Pure: the
// main process passes `now` and arms a timer; DST and midnight live here.
import type { Settings } from '../db/common/settings';

export type ReminderKind = 'daily' | 'fridayShare';

export interface PlannedReminder {
  kind: ReminderKind;
  at: Date;
}

const FRIDAY = 5;

/**
 * The first local moment strictly after `now` showing wall time `time`
 * (HH:MM), on `weekday` (0 = Sunday) if given. A time the clocks skip (spring
 * forward) fires when the clocks land after the gap; a time that happens twice
 * (fall back) fires the first time.
 */
export function nextFireTime(time: string, now: Date, weekday?: number): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const h = hours ?? 0;
  const m = minutes ?? 0;
  for (let offset = 0; offset <= 8; offset++) {
    // Built from the calendar day, not by adding 24 hours, so a 23- or 25-hour day keeps the wall time.
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    if (weekday !== undefined && day.getDay() !== weekday) continue;
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m, 0, 0);
    if (at.getTime() > now.getTime()) return at;
  }
  // Unreachable for a valid time: every weekday comes round within eight days.
  throw new Error(`No fire time for ${time}`);
}

/** The enabled reminders' next fire times, soonest first. */
export function planReminders(reminders: Settings['reminders'], now: Date): PlannedReminder[] {
  const plan: PlannedReminder[] = [];
  if (reminders.daily.enabled) plan.push({ kind: 'daily', at: nextFireTime(reminders.daily.time, now) });
  if (reminders.fridayShare.enabled) plan.push({ kind: 'fridayShare', at: nextFireTime(reminders.fridayShare.time, now, FRIDAY) });
  return plan.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Longest single wait: the timer wakes at least this often, so sleep or a clock change cannot make a reminder hours late. */
export const MAX_WAIT_MS = 60_000;

/** How long to wait before looking again: until the soonest reminder, at most MAX_WAIT_MS; null when none is planned. */
export function waitBeforeNextCheck(plan: readonly PlannedReminder[], now: Date): number | null {
  const first = plan[0];
  if (!first) return null;
  return Math.max(0, Math.min(MAX_WAIT_MS, first.at.getTime() - now.getTime()));
}

/**
 * The reminders due at `now`, from a plan made earlier. One that came due
 * more than `graceMs` ago (the machine slept through it) is dropped rather
 * than shown late; the next plan covers the following day.
 */
export function dueReminders(plan: readonly PlannedReminder[], now: Date, graceMs = 15 * 60_000): { due: ReminderKind[]; missed: ReminderKind[] } {
  const due: ReminderKind[] = [];
  const missed: ReminderKind[] = [];
  for (const { kind, at } of plan) {
    const late = now.getTime() - at.getTime();
    if (late < 0) continue;
    (late <= graceMs ? due : missed).push(kind);
  }
  return { due, missed };
}

export interface ReminderText {
  title: string;
  body: string;
}

export function reminderText(kind: ReminderKind, locale: string): ReminderText {
  const korean = locale.toLowerCase().startsWith('ko');
  if (kind === 'daily') {
    return korean ? { title: 'Pileup', body: '오늘은 무엇을 쌓았나요?' } : { title: 'Pileup', body: 'What did you pile up today?' };
  }
  return korean ? { title: 'Pileup', body: '이번 주 회고를 공유해 보세요' } : { title: 'Pileup', body: "Share your week's review" };
}
