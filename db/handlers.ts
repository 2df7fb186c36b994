// The contract's handler map over one Journal. Inputs arrive already validated.
import { dispatch, type Handlers } from './handlers-dispatch';
import { insights, review } from './insights/index';
import type { Journal } from './journal';
import { countByPillar, listEntries } from './list/index';
import { exportMarkdown, importMarkdown } from './markdown/index';

export function createHandlers(journal: Journal): Handlers {
  return {
    createEntry: (input) => journal.createEntry(input),
    getEntry: ({ id }) => journal.getEntry(id),
    updateEntry: ({ id, entry }) => journal.updateEntry(id, entry),
    deleteEntry: ({ id }) => journal.deleteEntry(id),
    restoreEntry: ({ id }) => journal.restoreEntry(id),
    purgeEntry: ({ id }) => journal.purgeEntry(id),
    emptyTrash: () => journal.emptyTrash(),
    listEntries: (input) => listEntries(journal.db, input),
    listRevisions: ({ id }) => journal.listRevisions(id),
    restoreRevision: ({ id, revisionId }) => journal.restoreRevision(id, revisionId),
    listTags: ({ prefix, limit }) => journal.listTags(prefix, limit),
    countByPillar: ({ filter }) => countByPillar(journal.db, filter),
    countByDay: ({ from, to }) => journal.countByDay(from, to),
    exportMarkdown: ({ filter }) => exportMarkdown(journal.db, filter),
    importMarkdown: (input) => importMarkdown(journal, input),
    insights: (range) => insights(journal.db, range),
    review: (period) => review(journal.db, period),
    changeStamp: () => journal.changeStamp(),
  };
}

export { dispatch, type Handlers };
