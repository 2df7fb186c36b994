// Plain data shapes shared by every host and the UI. Type-only imports from
// here are safe in the renderer.

export const PILLARS = ['culture', 'automation', 'measurement', 'sharing'] as const;
export type Pillar = (typeof PILLARS)[number];

/** What a user writes. */
export interface EntryDraft {
  /** The day the work happened, `YYYY-MM-DD` (local calendar day). */
  day: string;
  title: string;
  /** Markdown. */
  body: string;
  pillars: Pillar[];
  tags: string[];
}

export interface Entry extends EntryDraft {
  /** Stable unique id (UUID). */
  id: string;
  /** ISO-8601 UTC timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Set while the entry is in the trash. */
  deletedAt: string | null;
}

/** One piece of a snippet; `hit` marks text that matched the query. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface EntryListItem extends Entry {
  /** Present when the list was filtered by a text query. */
  snippet?: SnippetPart[];
}

export interface ListFilter {
  /** Any of these pillars. */
  pillars?: Pillar[];
  /** All of these tags. */
  tags?: string[];
  /** Inclusive day range. */
  from?: string;
  to?: string;
  /** Search query in the Pileup query syntax (words, "phrases", -excluded, pillar:, tag:, from:, to:, on:). */
  query?: string;
  /** List the trash instead of the journal. */
  trash?: boolean;
}

export interface EntryPage {
  entries: EntryListItem[];
  /** Pass back as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  /** Positive search terms, for highlighting titles and bodies. */
  terms: string[];
  /** What the search did with the query beyond the literal words; absent when nothing worth saying. */
  notes?: SearchNotes;
}

/** Why a piece of a query was ignored. */
export type QueryWarningReason = 'not_a_date' | 'unknown_pillar' | 'too_many_words' | 'empty_value' | 'lone_minus';

/** A piece of the query that could not be used and was ignored (the rest was still searched). */
export interface QueryWarning {
  piece: string;
  reason: QueryWarningReason;
}

export interface SearchNotes {
  warnings?: QueryWarning[];
  /** Other forms searched besides the words typed (glossary synonyms, stems without a particle). */
  also?: string[];
  /** The query as typed, when it found nothing and its Korean keyboard reading was searched instead. */
  correctedFrom?: string;
  /** The query that was searched instead (qovh → 배포). */
  corrected?: string;
}

/** A group of words the search treats as one (배포, deploy). */
export interface GlossaryGroup {
  /** `builtin:<first word>` or `user:<index in GlossarySetting.added>`. */
  id: string;
  words: string[];
  builtIn: boolean;
}

/** What is stored: built-in groups minus the removed ones, plus the user's own. */
export interface GlossarySetting {
  enabled: boolean;
  /** Ids of removed built-in groups. */
  removed: string[];
  /** The user's groups, each a list of words. */
  added: string[][];
}

export interface GlossaryView {
  enabled: boolean;
  /** The groups in use (built-in first, then the user's). */
  groups: GlossaryGroup[];
  /** Built-in groups the user removed, so they can be put back. */
  removedBuiltIns: GlossaryGroup[];
}

export interface Revision extends EntryDraft {
  id: number;
  entryId: string;
  /** When this version was replaced. */
  savedAt: string;
}

export interface TagCount {
  tag: string;
  count: number;
}

export type PillarCounts = Record<Pillar, number>;

export interface DayCount {
  day: string;
  count: number;
}

export interface ExportResult {
  markdown: string;
  count: number;
  /** A suggested file name, e.g. `pileup-2026-11-25.md`. */
  fileName: string;
}

export interface ExportFileResult {
  count: number;
  path: string;
  bytes: number;
}

/** How far a long call (import, export, backup, index rebuild) has come. */
export interface JobProgress {
  phase: 'parsing' | 'reading' | 'checking' | 'writing' | 'indexing' | 'copying' | 'saving';
  done: number;
  total: number;
}

export type ImportFormat = 'auto' | 'pileup' | 'jrnl' | 'daily-notes';

export interface ImportProblem {
  /** 1-based line in the source (0 when it concerns the whole document). */
  line: number;
  message: string;
  /** The file the line is in, when importing several. */
  file?: string;
}

export interface ImportResult {
  added: number;
  /** Entries already in the journal (same day, title and body). */
  skipped: number;
  /** Entries that could not be imported; when non-empty, nothing was written. */
  problems: ImportProblem[];
}

export interface Streaks {
  current: number;
  longest: number;
  /** Last day of the longest streak. */
  longestEnd: string | null;
}

export interface WeekPillarCounts {
  /** ISO week, e.g. `2026-W47`. */
  week: string;
  /** Monday of that week. */
  start: string;
  counts: PillarCounts;
}

export interface HeatmapDay {
  day: string;
  count: number;
  pillars: PillarCounts;
}

export interface Insights {
  from: string;
  to: string;
  heatmap: HeatmapDay[];
  streaks: Streaks;
  weekly: WeekPillarCounts[];
  topTags: TagCount[];
  /** Pillar with the fewest entries in the 30 days up to `to`. */
  quietestPillar: { pillar: Pillar; count: number } | null;
}

export interface Review {
  /** `2026-W47` or `2026-11`. */
  period: string;
  from: string;
  to: string;
  markdown: string;
  count: number;
}

export interface ChangeStamp {
  /** Grows whenever any process changes the journal. */
  version: number;
}
