// Journal files as Pileup wrote them at an earlier schema version: the first
// N migration files applied to a new file, and entries written with plain SQL
// in that version's shape, as the Pileup of the day would have left them.
import Database from 'better-sqlite3';
import { applyMigration, MIGRATIONS } from '../migrations/index';
import { indexKey } from '../search/text';

export interface OldEntry {
  id: string;
  day: string;
  title: string;
  body: string;
  /** The pillar mask (1 culture, 2 automation, 4 measurement, 8 sharing). */
  pillars: number;
  tags: readonly string[];
  deletedAt?: string;
}

/** Two live entries (Korean, English and both) and one in the trash, with tags. */
export const OLD_ENTRIES: readonly OldEntry[] = [
  { id: 'a', day: '2026-03-02', title: '캐시 설정', body: '빌드 시간이 7분으로 줄었다. Deploy got faster.', pillars: 0b0010, tags: ['ci', '빌드'] },
  { id: 'b', day: '2026-03-01', title: 'Team retro', body: '주간 회고를 했다.', pillars: 0b0001, tags: ['회고'] },
  { id: 'c', day: '2026-03-03', title: '휴지통 회고', body: 'deploy notes, trashed', pillars: 0b1000, tags: ['회고'], deletedAt: '2026-03-04T00:00:00Z' },
];

/**
 * Writes `file` at schema `version` holding `entries`. Where that version has
 * a search index, it holds a row that no rebuild would write ("stale", under
 * the first entry's key): finding it means the index was not rebuilt.
 */
export function writeJournalAtSchema(file: string, version: number, entries: readonly OldEntry[] = OLD_ENTRIES): void {
  const db = new Database(file);
  try {
    for (const step of MIGRATIONS.slice(0, version)) applyMigration(db, step);
    db.pragma(`user_version = ${version}`);
    const insert = db.prepare<[string, string, string, string, number, string | null]>(
      `INSERT INTO entries (id, day, title, body, pillars, created_at, updated_at, deleted_at)
       VALUES (?, ?, ?, ?, ?, '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z', ?)`,
    );
    const tag = db.prepare<[number | bigint, string]>(`INSERT INTO entry_tags (entry_seq, tag) VALUES (?, ?)`);
    for (const e of entries) {
      const seq = insert.run(e.id, e.day, e.title, e.body, e.pillars, e.deletedAt ?? null).lastInsertRowid;
      for (const t of e.tags) tag.run(seq, t);
    }
    const first = entries[0];
    if (first === undefined) return;
    if (version === 2 || version === 3) {
      db.prepare(`INSERT INTO search_text (rowid, title, body, tags, meta, chars) VALUES (1, 'stale', 'stale', '', '', '')`).run();
      db.prepare(`INSERT INTO search_keys (seq, key) VALUES (1, 1)`).run();
    } else if (version === 4) {
      const key = indexKey(first.day, 1);
      db.prepare<[number]>(`INSERT INTO search_text (rowid, title, body, tags, meta) VALUES (?, 'stale', 'stale', '', '')`).run(key);
      db.prepare<[number]>(`INSERT INTO search_chars (rowid, chars) VALUES (?, 's')`).run(key);
    }
  } finally {
    db.close();
  }
}
