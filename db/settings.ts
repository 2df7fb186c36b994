// The journal's settings table: one JSON value per key. Callers own the shape
// of their key's value and validate what they read back (a file written by a
// later Pileup, or edited by hand, may hold anything).
import type { Database } from 'better-sqlite3';

/** The parsed value stored under `key`, or undefined when there is none (or it no longer parses). */
export function readSetting(db: Database, key: string): unknown {
  const text = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return undefined;
  }
}

/** Stores `value` (JSON-serialisable) under `key`, replacing what was there. */
export function writeSetting(db: Database, key: string, value: unknown): void {
  db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export function deleteSetting(db: Database, key: string): void {
  db.prepare<[string]>('DELETE FROM settings WHERE key = ?').run(key);
}
