// One entry, read: rendered markdown, its pillars and tags, and what can be done
// with it (edit, history, delete; or restore / delete forever in the trash).
// While a search is active its matches are marked, with a bar to step through
// them; below the entry, the entries related to it.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../db/common/model';
import { isPrivate } from '../../db/common/share-labels';
import { useEntry } from '../app/data';
import { journalKeys } from '../app/journalKeys';
import { formatDay, formatTimestamp } from '../common/dates';
import { PaneError } from '../common/PaneError';
import { EntryChips } from '../common/PillarChip';
import { shownTitle } from '../common/titles';
import { Markdown } from './Markdown';
import { MatchBar } from './MatchBar';
import { RelatedPanel } from './RelatedPanel';
import { RevisionHistory } from './RevisionHistory';
import { SaveAsTemplateButton } from '../settings/TemplateControl';
import { useSearchMatches } from './useSearchMatches';
import type { HighlightRequest } from './highlight';
import { TaskToggleContext } from './TaskToggle';
import { useTaskToggle } from './useTaskToggle';

export interface EntryViewProps {
  id: string;
  onEdit: () => void;
  onClose: () => void;
  onDelete: (entry: Entry) => void;
  onRestoreFromTrash: (entry: Entry) => void;
  onPurge: (entry: Entry) => void;
  onRevisionRestored: (entry: Entry, savedAt: string) => void;
  /** The active search's positive terms (EntryPage.terms): their matches are marked. */
  searchTerms?: readonly string[];
  /** Opens another entry (from the Related panel). */
  onOpenEntry?: (id: string) => void;
}

const NO_TERMS: readonly string[] = [];

export function EntryView({ id, onEdit, onClose, onDelete, onRestoreFromTrash, onPurge, onRevisionRestored, searchTerms = NO_TERMS, onOpenEntry }: EntryViewProps) {
  const { t, i18n } = useTranslation('app');
  const queryClient = useQueryClient();
  const load = useEntry(id);
  const [showHistory, setShowHistory] = useState(false);
  const content = useRef<HTMLDivElement>(null);
  const matches = useSearchMatches(searchTerms, content);

  if (load.isPending) return <div className="pane-message" aria-busy="true" />;
  if (load.isError) return <PaneError error={load.error} onClose={onClose} />;

  const entry = load.data;
  const inTrash = entry.deletedAt !== null;
  const title = shownTitle(entry.title, t);

  return (
    <article className="entry-view" aria-labelledby="entry-view-title">
      <header className="pane-toolbar">
        <div className="pane-toolbar-start">
          <span className="entry-day">{formatDay(entry.day, i18n.language)}</span>
        </div>
        <div className="pane-toolbar-end">
          {inTrash ? (
            <>
              <button type="button" className="button" onClick={() => onRestoreFromTrash(entry)}>
                {t('trash.restore')}
              </button>
              <button type="button" className="button danger" onClick={() => onPurge(entry)}>
                {t('trash.deleteForever')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={onEdit}>
                {t('entry.edit')}
              </button>
              <button type="button" className="button" aria-pressed={showHistory} onClick={() => setShowHistory((v) => !v)}>
                {t('entry.history')}
              </button>
              <SaveAsTemplateButton fields={{ title: entry.title, body: entry.body, pillars: entry.pillars, tags: entry.tags }} />
              <button type="button" className="button danger-subtle" onClick={() => onDelete(entry)}>
                {t('entry.delete')}
              </button>
            </>
          )}
          <button type="button" className="button icon" aria-label={t('entry.close')} onClick={onClose}>
            ×
          </button>
        </div>
      </header>
      {matches.total > 0 && <MatchBar current={matches.current} total={matches.total} onStep={matches.step} />}
      <div className="entry-scroll">
        <div className="entry-content" ref={content}>
          <h1 id="entry-view-title" className="entry-view-title">
            <MarkedTitle title={title} matcher={matches.matcher} />
          </h1>
          <div className="entry-view-meta">
            {isPrivate(entry) && (
              <span className="chip private-badge" role="note" aria-label={t('entry.private')} title={t('entry.privateHint')}>
                <LockIcon />
                {t('entry.private')}
              </span>
            )}
            <EntryChips pillars={entry.pillars} tags={entry.tags} />
          </div>
          <p className="entry-stamps">
            {t('entry.created', { date: formatTimestamp(entry.createdAt, i18n.language) })}
            {entry.updatedAt !== entry.createdAt && <> · {t('entry.updated', { date: formatTimestamp(entry.updatedAt, i18n.language) })}</>}
            {inTrash && entry.deletedAt && <> · {t('list.deletedOn', { date: formatTimestamp(entry.deletedAt, i18n.language) })}</>}
          </p>
          {entry.body.trim() ? <EntryBody entry={entry} editable={!inTrash} highlight={matches.highlight} /> : <p className="muted">{t('entry.emptyBody')}</p>}
        </div>
        {!inTrash && onOpenEntry && <RelatedPanel id={entry.id} onOpen={onOpenEntry} />}
        {showHistory && !inTrash && (
          <RevisionHistory
            entry={entry}
            onRestored={(restored, savedAt) => {
              queryClient.setQueryData(journalKeys.entry(id), restored);
              onRevisionRestored(restored, savedAt);
            }}
          />
        )}
      </div>
    </article>
  );
}

/** The title with the search's matches marked (not counted among the body's matches the bar steps through). */
function MarkedTitle({ title, matcher }: { title: string; matcher: RegExp | null }) {
  if (!matcher) return <>{title}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  // A copy starts at lastIndex 0 whatever the shared matcher was left at.
  for (const m of title.matchAll(new RegExp(matcher.source, matcher.flags))) {
    if (m[0] === '') continue;
    if (m.index > last) parts.push(title.slice(last, m.index));
    parts.push(<mark key={m.index}>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  parts.push(title.slice(last));
  return <>{parts}</>;
}

/** The body, its task boxes tickable unless the entry is in the trash. */
function EntryBody({ entry, editable, highlight }: { entry: Entry; editable: boolean; highlight: HighlightRequest | undefined }) {
  const toggle = useTaskToggle(entry);
  return (
    <TaskToggleContext.Provider value={editable ? toggle : null}>
      <Markdown source={entry.body} highlight={highlight} />
    </TaskToggleContext.Provider>
  );
}

function LockIcon() {
  return (
    <svg width="11" height="11" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </svg>
  );
}
