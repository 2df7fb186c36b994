// Import: parse one or more sources, check every entry, then write all of them
// in one transaction or none. The same entry (day, title, body) already in the
// journal is skipped, so importing a file twice adds nothing the second time.
import { entryDraftSchema } from '../common/contract';
import { describeZodError } from '../handlers-dispatch';
import { importEntries } from '../bulk-insert';
import { PileupError } from '../common/errors';
import { UNFOLLOWED_JOB, type JobContext } from '../job';
import type { Journal, NewEntry } from '../journal';
import type { ImportFormat, ImportProblem, ImportResult, Pillar } from '../common/model';
import { dayOfFileName, parseDailyNote } from './import-daily-notes';
import { looksLikeJrnl, parseJrnl } from './import-jrnl';
import { looksLikePileup, parsePileup } from './import-pileup';
import { looksLikeShare, parseShare } from './import-share';
import type { ParseOutcome } from './parsed';

export interface ImportRequest {
  markdown: string;
  format: ImportFormat;
  fileName?: string;
  defaultPillars?: Pillar[];
}

export interface ImportSource {
  /** Shown in problems; for daily notes it also gives the day. */
  name?: string;
  text: string;
}

export interface ImportOptions {
  format: ImportFormat;
  defaultPillars?: Pillar[];
}

type ConcreteFormat = Exclude<ImportFormat, 'auto'>;

const MAX_PROBLEMS = 200;

/**
 * The format of a source, or null when it is none Pileup knows. `pileup` is
 * either export: a backup by its markers, a share by its structure (a day
 * heading followed by an entry heading).
 */
export function detectFormat(source: ImportSource): ConcreteFormat | null {
  if (looksLikePileup(source.text) || looksLikeShare(source.text)) return 'pileup';
  if (dayOfFileName(source.name)) return 'daily-notes';
  if (looksLikeJrnl(source.text)) return 'jrnl';
  return null;
}

function parseSource(source: ImportSource, format: ImportFormat): ParseOutcome {
  const concrete = format === 'auto' ? detectFormat(source) : format;
  switch (concrete) {
    case 'pileup':
      return looksLikePileup(source.text) ? parsePileup(source.text) : parseShare(source.text);
    case 'jrnl':
      return parseJrnl(source.text);
    case 'daily-notes':
      return parseDailyNote(source.text, source.name);
    case null:
      return {
        entries: [],
        problems: [{
          line: 0,
          message: 'Pileup cannot tell what this file is: expected a Pileup markdown export (share or backup), a jrnl export, or a daily note named YYYY-MM-DD.md. Choose the format explicitly.',
        }],
      };
  }
}

function describeEntry(day: string, title: string): string {
  const shown = title.length > 60 ? `${title.slice(0, 59)}…` : title;
  return shown ? `"${shown}" (${day})` : `The entry of ${day}`;
}

/** Checks and converts parsed sources into drafts, or lists every problem. */
export function prepareImport(
  sources: readonly ImportSource[],
  options: ImportOptions,
  job: JobContext = UNFOLLOWED_JOB,
): { drafts: NewEntry[]; problems: ImportProblem[] } {
  const drafts: NewEntry[] = [];
  const problems: ImportProblem[] = [];
  for (const source of sources) {
    const where = source.name ? { file: source.name } : {};
    job.progress({ phase: 'parsing', done: 0, total: 0 });
    const outcome = parseSource(source, options.format);
    problems.push(...outcome.problems.map((p) => ({ ...p, ...where })));
    const total = outcome.entries.length;
    for (const [i, entry] of outcome.entries.entries()) {
      // Checking is most of the time before anything is written: say how far it has come.
      if (i % 1000 === 0) job.progress({ phase: 'checking', done: i, total });
      const pillars = entry.pillars.length ? entry.pillars : (options.defaultPillars ?? []);
      if (pillars.length === 0) {
        problems.push({
          line: entry.line,
          message: `${describeEntry(entry.day, entry.title)} has no pillar: tag it #culture, #automation, #measurement or #sharing, or choose a pillar for the whole import.`,
          ...where,
        });
        continue;
      }
      const draft = { day: entry.day, title: entry.title, body: entry.body, pillars, tags: entry.tags };
      const checked = entryDraftSchema.safeParse(draft);
      if (!checked.success) {
        problems.push({ line: entry.line, message: `${describeEntry(entry.day, entry.title)}: ${describeZodError(checked.error)}`, ...where });
        continue;
      }
      drafts.push(draft);
    }
  }
  return { drafts, problems };
}

function capped(problems: ImportProblem[]): ImportProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), { line: 0, message: `…and ${problems.length - MAX_PROBLEMS} more problems.` }];
}

/** Imports every source, all or nothing. */
export async function importSources(journal: Journal, sources: readonly ImportSource[], options: ImportOptions, job: JobContext): Promise<ImportResult> {
  const { drafts, problems } = prepareImport(sources, options, job);
  if (problems.length) return { added: 0, skipped: 0, problems: capped(problems) };
  try {
    return { ...(await importEntries(journal, drafts, { skipExisting: true }, job)), problems: [] };
  } catch (error) {
    // A cancelled import is the caller's doing, not a problem with the file.
    if (error instanceof PileupError && error.code !== 'cancelled') return { added: 0, skipped: 0, problems: [{ line: 0, message: error.message }] };
    throw error; // a database fault: the handler layer turns it into a readable error
  }
}

export function importMarkdown(journal: Journal, request: ImportRequest, job: JobContext = UNFOLLOWED_JOB): Promise<ImportResult> {
  const source: ImportSource = request.fileName ? { name: request.fileName, text: request.markdown } : { text: request.markdown };
  return importSources(journal, [source], { format: request.format, ...(request.defaultPillars ? { defaultPillars: request.defaultPillars } : {}) }, job);
}
