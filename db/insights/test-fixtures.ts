// Shared by the insights tests: a fresh journal file in the temp folder and a
// compact way to write entries on given days.
import type { Journal, NewEntry } from '../journal';
import type { Pillar } from '../common/model';
import { freshJournal as freshTempJournal } from '../test-support/journal';

export function freshJournal(): Journal {
  return freshTempJournal('pileup-insights-');
}

/** `on('2026-11-20', 'automation', 'title', ['k8s'])` */
export function on(day: string, pillars: Pillar | Pillar[], title = `entry on ${day}`, tags: string[] = [], body = ''): NewEntry {
  return { day, title, body, pillars: Array.isArray(pillars) ? pillars : [pillars], tags };
}

export function write(journal: Journal, entries: NewEntry[]): void {
  journal.createMany(entries);
}
