// Publishing to a git repository: the shapes the UI and every host share (pure).
// The core is db/publish/; the contract methods are publishJournal,
// getPublishTarget and savePublishTarget.

export const PUBLISH_BY = ['day', 'week'] as const;
export type PublishBy = (typeof PUBLISH_BY)[number];

/** The folder inside the repository a publish writes into unless told otherwise. */
export const DEFAULT_PUBLISH_FOLDER = 'journal';

/** Where the app publishes, remembered in the journal's settings ('publish.target'). */
export interface PublishTarget {
  /** The git work tree (a clone of the team's repository or wiki). */
  dir: string;
  by: PublishBy;
  push: boolean;
}

export interface PublishFileCounts {
  added: number;
  updated: number;
  removed: number;
}

export interface PublishResult {
  dir: string;
  /** The folder inside `dir` the files went to ('' for `dir` itself). */
  folder: string;
  by: PublishBy;
  /** Day or week files (the index and the manifest are not counted). */
  files: PublishFileCounts;
  committed: boolean;
  /** The new commit's full sha, when one was made. */
  commit?: string;
  pushed: boolean;
  /** Why the push failed: the commit stays, unpushed. */
  pushError?: string;
  /** One line for people: "3 days updated, 1 added · committed a1b2c3d · pushed". */
  message: string;
}

/** "3 days updated, 1 added, 1 removed" (weeks when by week); '' when nothing changed. */
export function describeChanges(files: PublishFileCounts, by: PublishBy): string {
  const parts: [number, string][] = [
    [files.updated, 'updated'],
    [files.added, 'added'],
    [files.removed, 'removed'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  return shown
    .map(([n, verb], i) => {
      if (i > 0) return `${n} ${verb}`;
      const noun = by === 'day' ? (n === 1 ? 'day' : 'days') : n === 1 ? 'week' : 'weeks';
      return `${n} ${noun} ${verb}`;
    })
    .join(', ');
}

/** The commit message a publish writes unless given one. */
export function publishCommitMessage(files: PublishFileCounts, by: PublishBy): string {
  const changes = describeChanges(files, by);
  return `Pileup: ${changes || 'index updated'}`;
}

export const NOTHING_CHANGED = 'Nothing changed since the last publish';
