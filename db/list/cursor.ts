// Page cursors: opaque to clients, checked on the way back in, so a cursor
// from another list (or a hand-edited one) fails with a clear error instead
// of returning a wrong page.
import { PileupError } from '../common/errors';

export type Cursor =
  | { kind: 'day'; day: string; seq: number }
  | { kind: 'rank'; offset: number }
  | { kind: 'group'; group: 1 | 2; afterKey: number | null };

export function encodeCursor(cursor: Cursor): string {
  const raw =
    cursor.kind === 'day' ? ['d', cursor.day, cursor.seq] : cursor.kind === 'rank' ? ['r', cursor.offset] : ['g', cursor.group, cursor.afterKey];
  return Buffer.from(JSON.stringify(raw), 'utf8').toString('base64url');
}

function badCursor(): never {
  throw new PileupError('invalid_input', 'The page cursor is not valid for this list; start again from the first page.');
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The cursor in `text`, null for the first page; throws unless it is well formed and one of the `allowed` kinds. */
export function decodeCursor(text: string | null | undefined, allowed: readonly Cursor['kind'][]): Cursor | null {
  if (text === null || text === undefined || text === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return badCursor();
  }
  if (!Array.isArray(parsed)) return badCursor();
  // Array.isArray narrows to any[]; each item is checked below, so read them as unknown.
  const raw: readonly unknown[] = parsed;
  let cursor: Cursor | null = null;
  if (raw.length === 3 && raw[0] === 'd' && typeof raw[1] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw[1]) && isCount(raw[2])) {
    cursor = { kind: 'day', day: raw[1], seq: raw[2] };
  } else if (raw.length === 2 && raw[0] === 'r' && isCount(raw[1])) {
    cursor = { kind: 'rank', offset: raw[1] };
  } else if (raw.length === 3 && raw[0] === 'g' && (raw[1] === 1 || raw[1] === 2) && (raw[2] === null || isCount(raw[2]))) {
    cursor = { kind: 'group', group: raw[1], afterKey: raw[2] };
  }
  return cursor && allowed.includes(cursor.kind) ? cursor : badCursor();
}
