// What changed from a revision to the current version, word by word (Korean
// and English words alike); whole lines for very long bodies, where a word
// diff would take too long for a click.
import { diffLines, diffWords } from 'diff';

export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

/** Above this many characters (old and new together) the diff is by line. */
const WORD_DIFF_LIMIT = 60_000;

export function revisionDiff(before: string, after: string): DiffPart[] {
  const changes = before.length + after.length > WORD_DIFF_LIMIT ? diffLines(before, after) : diffWords(before, after);
  return changes.map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** True when nothing changed. */
export function isUnchanged(parts: readonly DiffPart[]): boolean {
  return parts.every((p) => p.change === 'same');
}
