// The schema migrations in order: migration N brings `PRAGMA user_version`
// from N-1 to N. Each file is frozen once shipped and imports no live code, so
// what it does to a file never changes when the code around it does. The
// search index is not migrated here: it is derived from entries and carries
// its own version (search/schema.ts, checked at open).
import type { Database } from 'better-sqlite3';
import { up as entries } from './0001-entries';
import { up as searchIndex } from './0002-search-index';
import { up as tagDays } from './0003-tag-days';
import { up as searchCharsAndBulkTriggers } from './0004-search-chars-and-bulk-triggers';
import { up as applicationId } from './0005-application-id';
import { up as settingsAndTemplates } from './0006-settings-and-templates';
import { up as images } from './0007-images';

/** SQL, or a step that runs SQL through the db (inside the migration's transaction). */
export type Migration = string | ((db: Database) => void);

export const MIGRATIONS: readonly Migration[] = [entries, searchIndex, tagDays, searchCharsAndBulkTriggers, applicationId, settingsAndTemplates, images];

/** The schema version of a file with every migration applied. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export function applyMigration(db: Database, step: Migration): void {
  if (typeof step === 'string') db.exec(step);
  else step(db);
}
