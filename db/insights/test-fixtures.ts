// Shared by the insights tests: a fresh journal file in the temp folder and a
// compact way to write entries on given days.
import { afterEach } from 'vitest';
import { Journal, type NewEntry } from '../journal';
import type { Pillar } from '../model';
import { tempDir } from '../test-support/temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

export function freshJournal(): Journal {
  const dir = tempDir('pileup-insights-');
  const journal = Journal.open(dir.file('journal.db'));
  cleanups.push(() => {
    journal.close();
    dir.cleanup();
  });
  return journal;
}

/** `on('2026-11-20', 'automation', 'title', ['k8s'])` */
export function on(day: string, pillars: Pillar | Pillar[], title = `entry on ${day}`, tags: string[] = [], body = ''): NewEntry {
  return { day, title, body, pillars: Array.isArray(pillars) ? pillars : [pillars], tags };
}

export function write(journal: Journal, entries: NewEntry[]): void {
  journal.createMany(entries);
}
