// Prepared statements created once per database and SQL text: list queries
// are built from a small set of shapes (values are always parameters), so the
// cache stays small. A statement's pluck mode sticks, so one SQL text must
// always be used the same way.
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement<unknown[], unknown>>>();

/**
 * The statement for `sql` on `db`, typed like `db.prepare<Params, Row>(sql)`:
 * the caller states what its SQL binds and returns, once, here.
 */
export function cachedStatement<Params extends unknown[] = unknown[], Row = unknown>(db: Database, sql: string): Statement<Params, Row> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const cached = cache.get(sql);
  // One cache holds statements of every shape, so it cannot keep their types;
  // the SQL text is the key, and the caller's types for that text are the same
  // unchecked promise db.prepare<Params, Row> makes.
  if (cached) return cached as Statement<Params, Row>;
  const stmt = db.prepare<Params, Row>(sql);
  cache.set(sql, stmt);
  return stmt;
}
