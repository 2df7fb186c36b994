// The remembered publish target (settings key 'publish.target'): the folder,
// by day or week, push or not. What is read back is checked, since a settings
// value may come from a later Pileup or a hand edit.
import type { Database } from 'better-sqlite3';
import { PUBLISH_BY, type PublishTarget } from '../common/publish';
import { readSetting, writeSetting } from '../settings';

export const PUBLISH_TARGET_KEY = 'publish.target';

export function readPublishTarget(db: Database): PublishTarget | null {
  const value = readSetting(db, PUBLISH_TARGET_KEY);
  if (typeof value !== 'object' || value === null) return null;
  const dir = 'dir' in value ? value.dir : undefined;
  const by = 'by' in value ? PUBLISH_BY.find((b) => b === value.by) : undefined;
  const push = 'push' in value ? value.push : undefined;
  if (typeof dir !== 'string' || dir === '') return null;
  return { dir, by: by ?? 'day', push: push === true };
}

export function savePublishTarget(db: Database, target: PublishTarget): PublishTarget {
  const saved: PublishTarget = { dir: target.dir, by: target.by, push: target.push };
  writeSetting(db, PUBLISH_TARGET_KEY, saved);
  return saved;
}
