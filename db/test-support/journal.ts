// A journal file in a fresh temporary folder for one test; closed and removed
// after each test of the file that imports this (vitest isolates test files,
// so each file gets its own afterEach).
import { afterEach } from 'vitest';
import { Journal } from '../journal';
import { tempDir } from './temp';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

export function tempJournal(prefix?: string): { journal: Journal; file: string; dir: ReturnType<typeof tempDir> } {
  const dir = tempDir(prefix);
  const file = dir.file('journal.db');
  const journal = Journal.open(file);
  cleanups.push(() => {
    journal.close();
    dir.cleanup();
  });
  return { journal, file, dir };
}

export function freshJournal(prefix?: string): Journal {
  return tempJournal(prefix).journal;
}
