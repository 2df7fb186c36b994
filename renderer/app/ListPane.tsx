// The journal (or trash) list with its total line: skeleton while the first
// page loads, the error with a way to try again, an empty state, or the rows.
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../common/errors';
import { JournalList, type DayJump } from '../journal/JournalList';
import { OnThisDay } from '../journal/OnThisDay';
import { SearchNotes } from '../search/SearchNotes';
import { QuickCapture } from '../settings/QuickCapture';
import type { EntryList } from './data';

export interface ListPaneProps {
  list: EntryList;
  inTrash: boolean;
  filtered: boolean;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onClearFilters: () => void;
  /** Puts other text in the search box (the search notes' "search for … instead"). */
  onSearch?: (query: string) => void;
  /** Opens an entry saved by quick capture (the box shows on the journal, not the trash). */
  onCaptureOpen?: (id: string) => void;
  /** A day the calendar asked the list to scroll to. */
  jumpTo?: DayJump | null;
}

export function ListPane(props: ListPaneProps) {
  const { t } = useTranslation('app');
  const { list, inTrash } = props;
  return (
    // data-results-for names the filter the shown rows belong to (empty results included), for tests and bench:ui.
    <section className="list-pane" aria-label={inTrash ? t('list.trashLabel') : t('list.label')} data-results-for={list.resultsFor ?? ''}>
      {!inTrash && <QuickCapture onOpen={props.onCaptureOpen} />}
      <div className="list-header">
        <span className="list-total" aria-live="polite">
          {list.status === 'ready' && list.total !== null ? (inTrash ? t('list.totalTrash', { count: list.total }) : t('list.total', { count: list.total })) : ' '}
        </span>
        {list.pending && list.status === 'ready' && <span className="spinner" aria-hidden="true" />}
      </div>
      {list.status === 'ready' && <SearchNotes notes={list.notes} searching={list.terms.length > 0} onSearch={props.onSearch} />}
      {!inTrash && <OnThisDay onOpen={props.onOpen} />}
      <ListBody {...props} />
    </section>
  );
}

function ListBody({ list, inTrash, filtered, selectedId, onOpen, onClearFilters, jumpTo }: ListPaneProps) {
  const { t } = useTranslation('app');
  if (list.status === 'loading') {
    return (
      <div className="list-skeleton" aria-busy="true" aria-label={t('list.loading')}>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="skeleton-row" />
        ))}
      </div>
    );
  }
  if (list.status === 'error') {
    return (
      <div className="list-message" role="alert">
        <p className="list-message-title">{t('status.error')}</p>
        <p>{errorMessage(list.error, t)}</p>
        <button type="button" className="button" onClick={list.retry}>
          {t('status.retry')}
        </button>
      </div>
    );
  }
  if (list.entries.length === 0) {
    return (
      <div className="list-message">
        {filtered ? (
          <>
            <p className="list-message-title">{t('list.noMatches')}</p>
            <p className="muted">{t('list.noMatchesHint')}</p>
            <button type="button" className="button" onClick={onClearFilters}>
              {t('filters.clear')}
            </button>
          </>
        ) : inTrash ? (
          <>
            <p className="list-message-title">{t('trash.empty')}</p>
            <p className="muted">{t('trash.emptyHint')}</p>
          </>
        ) : (
          <>
            <p className="list-message-title">{t('list.emptyJournal')}</p>
            <p className="muted">{t('list.emptyJournalHint')}</p>
          </>
        )}
      </div>
    );
  }
  return (
    <JournalList
      label={inTrash ? t('list.trashLabel') : t('list.label')}
      entries={list.entries}
      terms={list.terms}
      hasMore={list.hasMore}
      selectedId={selectedId}
      onOpen={onOpen}
      onLoadMore={list.loadMore}
      resultsFor={list.resultsFor}
      groupByDay={list.terms.length === 0}
      jumpTo={jumpTo}
    />
  );
}
