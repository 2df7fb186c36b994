// How many entries a journal file holds, read through a connection of the test's
// own (the app under test keeps its own connections in the core's threads).
import Database from 'better-sqlite3';

export function countEntriesIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get() ?? 0;
  } finally {
    db.close();
  }
}
