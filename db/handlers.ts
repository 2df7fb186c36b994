// The contract's handlers: the read side over a read connection, the write
// side over the Journal. The runner (db/runner) gives each side its own
// thread; the CLI puts both on one connection. Inputs arrive already validated.
import type { MethodsOfKind, MethodResult, ParsedInput } from './common/contract';
import { backupDatabase } from './backup';
import { dailyReadHandlers, dailyWriteHandlers } from './handlers-daily';
import { dispatch } from './handlers-dispatch';
import { addImage, readImage } from './images';
import { insights } from './insights/index';
import { review } from './insights/review';
import type { JobContext } from './job';
import type { Journal } from './journal';
import { JournalReads } from './journal-reads';
import { sameConnection, type ReadSide } from './read-side';
import { countByPillar, countEntries, listEntries } from './list/index';
import { readGlossary, saveGlossary } from './search/glossary';
import { onThisDay } from './on-this-day';
import { exportMarkdown, exportMarkdownFile, importMarkdown } from './markdown/index';
import { publish, readPublishTarget, savePublishTarget } from './publish/index';
import { relatedEntries } from './related';

type Handler<M extends MethodsOfKind<'read' | 'write' | 'readJob' | 'writeJob'>> = (
  input: ParsedInput<M>,
  job: JobContext,
) => MethodResult<M> | Promise<MethodResult<M>>;

export type ReadHandlers = { [M in MethodsOfKind<'read' | 'readJob'>]: Handler<M> };
export type WriteHandlers = { [M in MethodsOfKind<'write' | 'writeJob'>]: Handler<M> };
export type Handlers = ReadHandlers & WriteHandlers;

export function createReadHandlers(side: ReadSide): ReadHandlers {
  const { db } = side;
  const reads = new JournalReads(db);
  return {
    getEntry: ({ id }) => reads.getEntry(id),
    listEntries: (input) => listEntries(db, input),
    listRevisions: ({ id }) => reads.listRevisions(id),
    listTags: ({ prefix, limit, filter }) => reads.listTags(prefix, limit, filter),
    countEntries: ({ filter }) => countEntries(db, filter),
    countByPillar: ({ filter }) => countByPillar(db, filter),
    countByDay: ({ from, to }) => reads.countByDay(from, to),
    onThisDay: ({ day }) => onThisDay(db, day),
    exportMarkdown: ({ filter, ...options }, job) => exportMarkdown(side, filter, options, job),
    exportMarkdownFile: ({ filter, path, ...options }, job) => exportMarkdownFile(side, filter, path, options, job),
    backupJournal: ({ path }, job) => backupDatabase(db, path, job),
    publishJournal: (input, job) => publish(side, input, job),
    getPublishTarget: () => readPublishTarget(db),
    insights: (range) => insights(db, range),
    review: (period) => review(db, period),
    changeStamp: () => reads.changeStamp(),
    getGlossary: () => readGlossary(db),
    relatedEntries: (input) => relatedEntries(db, input),
    ...dailyReadHandlers(db),
    readImage: ({ id }) => readImage(db, id),
  };
}

export function createWriteHandlers(journal: Journal): WriteHandlers {
  return {
    createEntry: (input) => journal.createEntry(input),
    updateEntry: ({ id, entry }) => journal.updateEntry(id, entry),
    deleteEntry: ({ id }) => journal.deleteEntry(id),
    restoreEntry: ({ id }) => journal.restoreEntry(id),
    purgeEntry: ({ id }) => journal.purgeEntry(id),
    emptyTrash: () => journal.emptyTrash(),
    restoreRevision: ({ id, revisionId }) => journal.restoreRevision(id, revisionId),
    importMarkdown: (input, job) => importMarkdown(journal, input, job),
    savePublishTarget: (target) => savePublishTarget(journal.db, target),
    saveGlossary: (setting) => saveGlossary(journal.db, setting),
    ...dailyWriteHandlers(journal),
    addImage: (input) => {
      const { id, markdown } = addImage(journal.db, input);
      return { id, markdown };
    },
  };
}

/** Both sides on one connection (the CLI, in-process tests). */
export function createHandlers(journal: Journal): Handlers {
  return { ...createReadHandlers(sameConnection(journal.db)), ...createWriteHandlers(journal) };
}

export { dispatch, type ReadSide };
