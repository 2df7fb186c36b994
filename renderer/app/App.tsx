// The window: sidebar, toolbar, the journal (or trash, or insights) and the
// pane beside it. Route state (view, filters, open entry) lives in the URL hash.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../db/common/model';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { errorMessage } from '../common/errors';
import { PaneBoundary } from '../common/PaneError';
import { useDebounced, useThrottled } from '../common/useDebounced';
import { CaptureWindow } from '../settings/QuickCapture';
import { SettingsView } from '../settings/SettingsView';
import { useSettingsApplied } from '../settings/useSettingsApplied';
import type { DayJump } from '../journal/JournalList';
import { ImportDialog } from '../sharing/ImportDialog';
import { JobStatus } from '../sharing/JobStatus';
import { Sidebar } from '../sidebar/Sidebar';
import { useEntryList, usePillarCounts, useTotals } from './data';
import { DetailPane } from './DetailPane';
import { FirstRun, useFirstRunDismissed } from './FirstRun';
import { InsightsSlot } from './InsightsSlot';
import { useJournalSync } from './journalSync';
import { ListPane } from './ListPane';
import { EMPTY_FILTER, fromListFilter, isFiltered, toListFilter, type JournalFilter, type Pane, type View } from './route';
import { Toolbar } from './Toolbar';
import { useEntryActions } from './useEntryActions';
import { useCoreNotices } from './useCoreNotices';
import { useHostMenu } from './useHostMenu';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRoute } from './useRoute';

/** At most one search per this many ms while typing: instant after a pause, light on bursts. */
const SEARCH_THROTTLE_MS = 80;
/** Counts are secondary: let the list answer first. */
const COUNTS_DEBOUNCE_MS = 250;

export function App() {
  const { t } = useTranslation('app');
  const [route, setRoute] = useRoute();
  const { offline, checkNow } = useJournalSync();
  const [firstRunDismissed, dismissFirstRun] = useFirstRunDismissed();
  const searchRef = useRef<HTMLInputElement>(null);

  const { view, filter, pane } = route;
  const inTrash = view === 'trash';
  const query = useThrottled(filter.query, SEARCH_THROTTLE_MS);
  const countsQuery = useDebounced(query, COUNTS_DEBOUNCE_MS);
  const listFilter = useMemo<ListFilter>(() => ({ ...toListFilter(filter, query), ...(inTrash ? { trash: true } : {}) }), [filter, query, inTrash]);
  const countsFilter = useMemo<ListFilter>(
    () => ({ ...toListFilter({ ...filter, pillars: [] }, countsQuery), ...(inTrash ? { trash: true } : {}) }),
    [filter, countsQuery, inTrash],
  );
  // The tag suggestions count within the list's filter (its search settled, like the pillar counts).
  const tagFilter = useMemo<ListFilter>(() => ({ ...toListFilter(filter, countsQuery), ...(inTrash ? { trash: true } : {}) }), [filter, countsQuery, inTrash]);
  const list = useEntryList(listFilter);
  const counts = usePillarCounts(countsFilter);
  const totals = useTotals();

  const setFilter = useCallback((next: JournalFilter) => setRoute((r) => ({ ...r, filter: next })), [setRoute]);
  const setPane = useCallback((next: Pane) => setRoute((r) => ({ ...r, pane: next })), [setRoute]);
  const setView = useCallback(
    (next: View) => setRoute((r) => ({ ...r, view: next, pane: r.view === next ? r.pane : { kind: 'none' } })),
    [setRoute],
  );
  const openEntry = useCallback((id: string) => setPane({ kind: 'entry', id }), [setPane]);
  const [jump, setJump] = useState<DayJump | null>(null);
  const jumpToDay = useCallback(
    (day: string) => {
      setRoute((r) => (r.view === 'journal' ? r : { ...r, view: 'journal', pane: { kind: 'none' } }));
      setJump((j) => ({ day, seq: (j?.seq ?? 0) + 1 }));
    },
    [setRoute],
  );
  const closePane = useCallback(() => setPane({ kind: 'none' }), [setPane]);
  const closeEntry = useCallback(() => setRoute((r) => (r.pane.kind === 'entry' ? { ...r, pane: { kind: 'none' } } : r)), [setRoute]);
  const openFilter = useCallback(
    (next: ListFilter) => setRoute(() => ({ view: 'journal', filter: fromListFilter(next), pane: { kind: 'none' } })),
    [setRoute],
  );

  const newEntry = useCallback(() => {
    dismissFirstRun();
    setRoute((r) => ({ ...r, view: 'journal', pane: { kind: 'new' } }));
  }, [dismissFirstRun, setRoute]);

  const openSettings = useCallback(() => setView('settings'), [setView]);

  const focusSearch = useCallback(() => {
    setRoute((r) => (r.view === 'insights' || r.view === 'settings' ? { ...r, view: 'journal' } : r));
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  }, [setRoute]);

  const actions = useEntryActions({
    filter,
    trashCount: totals?.trash ?? list.total ?? 0,
    afterWrite: checkNow,
    openEntry,
    closePane,
    onCreated: dismissFirstRun,
  });
  const { exportMarkdown, copyMarkdown, startImport } = actions;

  useKeyboardShortcuts({ newEntry, focusSearch, closeEntry });
  useHostMenu({ newEntry, focusSearch, exportMarkdown, copyMarkdown, startImport, setView });
  useCoreNotices(checkNow);
  useSettingsApplied(openSettings);

  useEffect(() => {
    // The settings view and the capture window title themselves.
    if (view === 'settings' || view === 'capture') return;
    document.title = view === 'journal' ? 'Pileup' : `${t(`nav.${view}`)} — Pileup`;
  }, [view, t]);

  const editing = pane.kind === 'new' || pane.kind === 'edit';
  const showFirstRun = view === 'journal' && !editing && !firstRunDismissed && totals !== null && totals.journal === 0 && totals.trash === 0;
  const selectedId = pane.kind === 'entry' || pane.kind === 'edit' ? pane.id : null;

  if (view === 'capture') return <CaptureWindow />;

  return (
    <div className="app">
      <PaneBoundary className="sidebar">
        <Sidebar
          view={view}
          onView={setView}
          filter={filter}
          onFilter={setFilter}
          counts={counts}
          totals={totals}
          onNewEntry={newEntry}
          tagFilter={tagFilter}
          jumpedTo={jump?.day ?? null}
          onJumpToDay={jumpToDay}
          onSettings={openSettings}
        />
      </PaneBoundary>
      <main className="main">
        {offline !== null && (
          <div className="banner" role="alert">
            <span>{errorMessage(offline, t)}</span>
            <button type="button" className="button small" onClick={checkNow}>
              {t('status.retry')}
            </button>
          </div>
        )}
        {view === 'settings' ? (
          <div className="settings-host">
            <PaneBoundary className="settings-pane">
              <SettingsView />
            </PaneBoundary>
          </div>
        ) : view === 'insights' ? (
          <div className="insights-host">
            <PaneBoundary className="insights-pane">
              <InsightsSlot onOpenFilter={openFilter} />
            </PaneBoundary>
          </div>
        ) : showFirstRun ? (
          <FirstRun onStart={newEntry} onSkip={dismissFirstRun} />
        ) : (
          <>
            <Toolbar
              searchRef={searchRef}
              query={filter.query}
              onQuery={(q) => setFilter({ ...filter, query: q })}
              inTrash={inTrash}
              trashEmpty={list.entries.length === 0}
              onEmptyTrash={actions.emptyTrash}
              onExport={() => void exportMarkdown()}
              onCopy={() => void copyMarkdown()}
              onImport={() => void startImport()}
              fileInputRef={actions.fileInputRef}
              onImportFile={actions.importFile}
            />
            <div className={`content${editing ? ' editing' : ''}${pane.kind !== 'none' ? ' has-pane' : ''}`}>
              <PaneBoundary className="list-pane" resetKey={view}>
                <ListPane
                  list={list}
                  inTrash={inTrash}
                  filtered={isFiltered(filter)}
                  selectedId={selectedId}
                  onOpen={openEntry}
                  onClearFilters={() => setFilter(EMPTY_FILTER)}
                  onSearch={(q) => setFilter({ ...filter, query: q })}
                  onCaptureOpen={openEntry}
                  jumpTo={jump}
                />
              </PaneBoundary>
              <PaneBoundary className="detail-pane" resetKey={paneKey(pane)}>
                <DetailPane pane={pane} onPane={setPane} actions={actions} searchTerms={list.terms} />
              </PaneBoundary>
            </div>
          </>
        )}
      </main>
      {actions.confirm && <ConfirmDialog request={actions.confirm} onClose={actions.closeConfirm} />}
      {actions.importOutcome && !('pending' in actions.importOutcome && actions.importOutcome.inBackground) && (
        <ImportDialog outcome={actions.importOutcome} onClose={actions.closeImport} />
      )}
      {actions.jobs.length > 0 && (
        <div className="job-stack">
          {actions.jobs.map((job) => (
            <JobStatus key={job.kind} job={job} />
          ))}
        </div>
      )}
    </div>
  );
}

/** One value per thing the detail pane can show: opening another entry retries a pane that failed. */
function paneKey(pane: Pane): string {
  return pane.kind === 'entry' || pane.kind === 'edit' ? `${pane.kind}:${pane.id}` : pane.kind;
}
