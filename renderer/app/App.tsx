// The window: sidebar, toolbar, the journal (or trash, or insights) and the
// pane beside it. Route state (view, filters, open entry) lives in the URL hash.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, ListFilter } from '../../db/common/model';
import { api, bridge } from '../api/client';
import { ConfirmDialog, type ConfirmRequest } from '../common/ConfirmDialog';
import { formatTimestamp } from '../common/dates';
import { errorMessage } from '../common/errors';
import { isImeKey } from '../common/keys';
import { shownTitle } from '../common/titles';
import { useToast } from '../common/Toasts';
import { useDebounced, useThrottled } from '../common/useDebounced';
import { EntryEditor } from '../editor/EntryEditor';
import { EntryView } from '../entry/EntryView';
import { JournalList } from '../journal/JournalList';
import { ImportDialog, type ImportOutcome } from '../sharing/ImportDialog';
import { copyAsMarkdown, exportToFile, importText, pickFileFromHost } from '../sharing/sharing';
import { Sidebar } from '../sidebar/Sidebar';
import { useChangeVersion, useEntryList, usePillarCounts, useTotals } from './data';
import { FirstRun } from './FirstRun';
import { InsightsSlot } from './InsightsSlot';
import { EMPTY_FILTER, formatRoute, fromListFilter, isFiltered, parseRoute, toListFilter, type JournalFilter, type Pane, type Route, type View } from './route';
import { SearchBox } from './SearchBox';

/** At most one search per this many ms while typing: instant after a pause, light on bursts. */
const SEARCH_THROTTLE_MS = 80;
/** Counts are secondary: let the list answer first. */
const COUNTS_DEBOUNCE_MS = 250;
const FIRST_RUN_KEY = 'pileup.firstRunDismissed';

function useRoute(): [Route, (update: (route: Route) => Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    // The plain journal keeps a clean address (no hash at all).
    const formatted = formatRoute(route);
    const hash = formatted === '#/journal' ? '' : formatted;
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  }, [route]);
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [route, setRoute];
}

export function App() {
  const { t, i18n } = useTranslation('app');
  const toast = useToast();
  const [route, setRoute] = useRoute();
  const { version, offline, poke } = useChangeVersion();
  const [firstRunDismissed, setFirstRunDismissed] = useState(() => localStorage.getItem(FIRST_RUN_KEY) === '1');
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const { view, filter, pane } = route;
  const inTrash = view === 'trash';
  const query = useThrottled(filter.query, SEARCH_THROTTLE_MS);
  const countsQuery = useDebounced(query, COUNTS_DEBOUNCE_MS);
  const listFilter = useMemo<ListFilter>(() => ({ ...toListFilter(filter, query), ...(inTrash ? { trash: true } : {}) }), [filter, query, inTrash]);
  const countsFilter = useMemo<ListFilter>(
    () => ({ ...toListFilter({ ...filter, pillars: [] }, countsQuery), ...(inTrash ? { trash: true } : {}) }),
    [filter, countsQuery, inTrash],
  );
  const list = useEntryList(listFilter, version);
  const counts = usePillarCounts(countsFilter, version);
  const totals = useTotals(version);

  const setFilter = useCallback((next: JournalFilter) => setRoute((r) => ({ ...r, filter: next })), [setRoute]);
  const setPane = useCallback((next: Pane) => setRoute((r) => ({ ...r, pane: next })), [setRoute]);
  const setView = useCallback(
    (next: View) => setRoute((r) => ({ ...r, view: next, pane: r.view === next ? r.pane : { kind: 'none' } })),
    [setRoute],
  );

  const dismissFirstRun = useCallback(() => {
    localStorage.setItem(FIRST_RUN_KEY, '1');
    setFirstRunDismissed(true);
  }, []);

  const newEntry = useCallback(() => {
    dismissFirstRun();
    setRoute((r) => ({ ...r, view: 'journal', pane: { kind: 'new' } }));
  }, [dismissFirstRun, setRoute]);

  const focusSearch = useCallback(() => {
    setRoute((r) => (r.view === 'insights' ? { ...r, view: 'journal' } : r));
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  }, [setRoute]);

  const fail = useCallback((error: unknown) => toast({ message: errorMessage(error, t), tone: 'error' }), [toast, t]);

  const exportMarkdown = useCallback(async () => {
    try {
      const done = await exportToFile(toListFilter(filter));
      if (done) toast({ message: t('sharing.exported', { count: done.result.count, file: done.savedTo }) });
    } catch (error) {
      fail(error);
    }
  }, [filter, toast, t, fail]);

  const copyMarkdown = useCallback(async () => {
    try {
      const result = await copyAsMarkdown(toListFilter(filter));
      toast({ message: t('sharing.copied', { count: result.count }) });
    } catch (error) {
      fail(error);
    }
  }, [filter, toast, t, fail]);

  const runImport = useCallback(
    async (fileName: string, markdown: string) => {
      setImportOutcome({ fileName, pending: true });
      try {
        const result = await importText(fileName, markdown);
        setImportOutcome({ fileName, result });
      } catch (error) {
        setImportOutcome({ fileName, error: errorMessage(error, t) });
      }
      poke();
    },
    [poke, t],
  );

  const startImport = useCallback(async () => {
    try {
      const picked = await pickFileFromHost();
      if (picked === undefined) fileRef.current?.click();
      else if (picked) await runImport(picked.fileName, picked.markdown);
    } catch (error) {
      fail(error);
    }
  }, [runImport, fail]);

  const deleteEntry = useCallback(
    async (entry: Entry) => {
      const title = shownTitle(entry.title, t);
      try {
        await api.deleteEntry({ id: entry.id });
        setPane({ kind: 'none' });
        poke();
        toast({
          message: t('entry.movedToTrash', { title }),
          action: {
            label: t('entry.undo'),
            run: async () => {
              try {
                await api.restoreEntry({ id: entry.id });
                poke();
                toast({ message: t('entry.restored', { title }) });
              } catch (error) {
                fail(error);
              }
            },
          },
        });
      } catch (error) {
        fail(error);
      }
    },
    [poke, setPane, toast, t, fail],
  );

  const restoreFromTrash = useCallback(
    async (entry: Entry) => {
      try {
        await api.restoreEntry({ id: entry.id });
        setPane({ kind: 'none' });
        poke();
        toast({ message: t('entry.restored', { title: shownTitle(entry.title, t) }) });
      } catch (error) {
        fail(error);
      }
    },
    [poke, setPane, toast, t, fail],
  );

  const purge = useCallback(
    (entry: Entry) => {
      const title = shownTitle(entry.title, t);
      setConfirm({
        message: t('trash.confirmDelete', { title }),
        confirmLabel: t('trash.deleteForever'),
        run: async () => {
          try {
            await api.purgeEntry({ id: entry.id });
            setPane({ kind: 'none' });
            poke();
          } catch (error) {
            fail(error);
          }
        },
      });
    },
    [poke, setPane, t, fail],
  );

  const emptyTrash = useCallback(() => {
    const count = totals?.trash ?? list.total;
    setConfirm({
      message: t('trash.confirmEmpty', { count }),
      confirmLabel: t('trash.emptyTrash'),
      run: async () => {
        try {
          const { purged } = await api.emptyTrash({});
          setPane({ kind: 'none' });
          poke();
          toast({ message: t('trash.emptied', { count: purged }) });
        } catch (error) {
          fail(error);
        }
      },
    });
  }, [totals, list.total, poke, setPane, toast, t, fail]);

  // Keyboard: Ctrl/Cmd+N writes, Ctrl/Cmd+F or / searches. Never while an IME is composing.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isImeKey(event)) return;
      const mod = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      const key = event.key.toLowerCase();
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (mod && key === 'n') {
        event.preventDefault();
        newEntry();
      } else if (mod && key === 'f') {
        event.preventDefault();
        focusSearch();
      } else if (mod && key === 's') {
        event.preventDefault(); // The editor saves; elsewhere, never the browser's "save page".
      } else if (!mod && !event.altKey && event.key === '/' && !typing) {
        event.preventDefault();
        focusSearch();
      } else if (event.key === 'Escape' && !typing && !document.querySelector('dialog[open]')) {
        // Escape closes an open entry (the editor keeps its draft and closes with its own button).
        setRoute((r) => (r.pane.kind === 'entry' ? { ...r, pane: { kind: 'none' } } : r));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [newEntry, focusSearch, setRoute]);

  // The desktop host's application menu.
  const menuActions = useRef({ newEntry, focusSearch, exportMarkdown, copyMarkdown, startImport, setView });
  useEffect(() => {
    menuActions.current = { newEntry, focusSearch, exportMarkdown, copyMarkdown, startImport, setView };
  });
  useEffect(() => {
    if (!bridge.onMenu) return;
    return bridge.onMenu((command) => {
      const a = menuActions.current;
      switch (command) {
        case 'new-entry': return a.newEntry();
        case 'save': return void window.dispatchEvent(new Event('pileup:save'));
        case 'find': return a.focusSearch();
        case 'export': return void a.exportMarkdown();
        case 'copy-markdown': return void a.copyMarkdown();
        case 'import': return void a.startImport();
        case 'journal':
        case 'insights':
        case 'trash':
          return a.setView(command);
      }
    });
  }, []);

  const onSaved = useCallback(
    (entry: Entry, created: boolean) => {
      setRoute((r) => ({ ...r, pane: { kind: 'entry', id: entry.id } }));
      poke();
      if (created) dismissFirstRun();
      toast({ message: t('editor.saved', { title: shownTitle(entry.title, t) }) });
    },
    [setRoute, poke, dismissFirstRun, toast, t],
  );

  const openFilter = useCallback(
    (next: ListFilter) => setRoute(() => ({ view: 'journal', filter: fromListFilter(next), pane: { kind: 'none' } })),
    [setRoute],
  );

  const editing = pane.kind === 'new' || pane.kind === 'edit';
  const showFirstRun = view === 'journal' && !editing && !firstRunDismissed && totals !== null && totals.journal === 0 && totals.trash === 0;
  const selectedId = pane.kind === 'entry' || pane.kind === 'edit' ? pane.id : null;

  useEffect(() => {
    document.title = view === 'journal' ? 'Pileup' : `${t(`nav.${view}`)} — Pileup`;
  }, [view, t]);

  return (
    <div className="app">
      <Sidebar
        view={view}
        onView={setView}
        filter={filter}
        onFilter={setFilter}
        counts={counts}
        totals={totals}
        version={version}
        onNewEntry={newEntry}
      />
      <main className="main">
        {offline !== null && (
          <div className="banner" role="alert">
            <span>{errorMessage(offline, t)}</span>
            <button type="button" className="button small" onClick={poke}>
              {t('status.retry')}
            </button>
          </div>
        )}
        {view === 'insights' ? (
          <div className="insights-host">
            <InsightsSlot onOpenFilter={openFilter} />
          </div>
        ) : showFirstRun ? (
          <FirstRun onStart={newEntry} onSkip={dismissFirstRun} />
        ) : (
          <>
            <div className="toolbar">
              <SearchBox ref={searchRef} value={filter.query} onChange={(q) => setFilter({ ...filter, query: q })} />
              <div className="toolbar-actions">
                {inTrash ? (
                  <button type="button" className="button danger-subtle" disabled={list.total === 0} onClick={emptyTrash}>
                    {t('trash.emptyTrash')}
                  </button>
                ) : (
                  <>
                    <button type="button" className="button" onClick={() => void exportMarkdown()}>
                      <ExportIcon />
                      {t('sharing.export')}
                    </button>
                    <button type="button" className="button" onClick={() => void copyMarkdown()}>
                      <CopyIcon />
                      {t('sharing.copy')}
                    </button>
                    <button type="button" className="button" onClick={() => void startImport()}>
                      <ImportIcon />
                      {t('sharing.import')}
                    </button>
                  </>
                )}
                <input
                  ref={fileRef}
                  type="file"
                  accept=".md,.markdown,.txt"
                  hidden
                  aria-label={t('sharing.importFile')}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void file.text().then((text) => runImport(file.name, text), fail);
                  }}
                />
              </div>
            </div>
            <div className={`content${editing ? ' editing' : ''}${pane.kind !== 'none' ? ' has-pane' : ''}`}>
              {/* data-results-for names the filter the shown rows belong to (empty results included), for tests and bench:ui. */}
              <section className="list-pane" aria-label={inTrash ? t('list.trashLabel') : t('list.label')} data-results-for={list.resultsFor ?? ''}>
                <div className="list-header">
                  <span className="list-total" aria-live="polite">
                    {list.status === 'ready'
                      ? inTrash
                        ? t('list.totalTrash', { count: list.total })
                        : t('list.total', { count: list.total })
                      : ' '}
                  </span>
                  {list.pending && list.status === 'ready' && <span className="spinner" aria-hidden="true" />}
                </div>
                <ListBody
                  list={list}
                  inTrash={inTrash}
                  filtered={isFiltered(filter)}
                  selectedId={selectedId}
                  onOpen={(id) => setPane({ kind: 'entry', id })}
                  onClearFilters={() => setFilter(EMPTY_FILTER)}
                />
              </section>
              <section className="detail-pane">
                {pane.kind === 'entry' ? (
                  <EntryView
                    key={pane.id}
                    id={pane.id}
                    version={version}
                    onEdit={() => setPane({ kind: 'edit', id: pane.id })}
                    onClose={() => setPane({ kind: 'none' })}
                    onDelete={(entry) => void deleteEntry(entry)}
                    onRestoreFromTrash={(entry) => void restoreFromTrash(entry)}
                    onPurge={purge}
                    onRevisionRestored={(_entry, savedAt) => {
                      poke();
                      toast({ message: t('history.restoredToast', { date: formatTimestamp(savedAt, i18n.language) }) });
                    }}
                  />
                ) : pane.kind === 'new' || pane.kind === 'edit' ? (
                  <EntryEditor
                    key={pane.kind === 'edit' ? pane.id : 'new'}
                    entryId={pane.kind === 'edit' ? pane.id : null}
                    version={version}
                    onSaved={onSaved}
                    onClose={() => setPane(pane.kind === 'edit' ? { kind: 'entry', id: pane.id } : { kind: 'none' })}
                  />
                ) : (
                  <div className="pane-message placeholder">
                    <p>{t('list.selectHint')}</p>
                    <p className="muted small">
                      {/* Each shortcut stays on one line; lines break only between them. */}
                      {t('list.shortcutsHint')
                        .split(' · ')
                        .flatMap((part, i) => [i > 0 ? ' · ' : '', <span key={part} className="nowrap">{part}</span>])}
                    </p>
                  </div>
                )}
              </section>
            </div>
          </>
        )}
      </main>
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
      {importOutcome && <ImportDialog outcome={importOutcome} onClose={() => setImportOutcome(null)} />}
    </div>
  );
}

interface ListBodyProps {
  list: ReturnType<typeof useEntryList>;
  inTrash: boolean;
  filtered: boolean;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onClearFilters: () => void;
}

function ListBody({ list, inTrash, filtered, selectedId, onOpen, onClearFilters }: ListBodyProps) {
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
      hasMore={list.nextCursor !== null}
      selectedId={selectedId}
      onOpen={onOpen}
      onLoadMore={list.loadMore}
      resultsFor={list.resultsFor}
      groupByDay={list.terms.length === 0}
    />
  );
}

const iconProps = { width: 15, height: 15, viewBox: '0 0 16 16', 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function ExportIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8 2v8M5 5l3-3 3 3M3 10v3h10v-3" />
    </svg>
  );
}

function CopyIcon() {
  return (
    <svg {...iconProps}>
      <rect x="5" y="5" width="8" height="9" rx="1.5" />
      <path d="M3 11V3.5A1.5 1.5 0 0 1 4.5 2H10" />
    </svg>
  );
}

function ImportIcon() {
  return (
    <svg {...iconProps}>
      <path d="M8 2v8M5 7l3 3 3-3M3 10v3h10v-3" />
    </svg>
  );
}
