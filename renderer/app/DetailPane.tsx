// Beside the list: the open entry, the editor, or a hint with the shortcuts.
import { useTranslation } from 'react-i18next';
import { EntryEditor } from '../editor/EntryEditor';
import { EntryView } from '../entry/EntryView';
import { focusEntryRow } from '../journal/focusRows';
import type { Pane } from './route';
import type { EntryActions } from './useEntryActions';

export interface DetailPaneProps {
  pane: Pane;
  onPane: (pane: Pane) => void;
  actions: EntryActions;
  /** The active search's positive terms, marked in the open entry. */
  searchTerms?: readonly string[];
}

export function DetailPane({ pane, onPane, actions, searchTerms }: DetailPaneProps) {
  const { t } = useTranslation('app');
  return (
    <section className="detail-pane">
      {pane.kind === 'entry' ? (
        <EntryView
          key={pane.id}
          id={pane.id}
          onEdit={() => onPane({ kind: 'edit', id: pane.id })}
          onClose={() => onPane({ kind: 'none' })}
          onDelete={(entry) => void actions.deleteEntry(entry)}
          onRestoreFromTrash={(entry) => void actions.restoreFromTrash(entry)}
          onPurge={actions.purge}
          onRevisionRestored={actions.onRevisionRestored}
          searchTerms={searchTerms}
          onOpenEntry={(id) => onPane({ kind: 'entry', id })}
        />
      ) : pane.kind === 'new' || pane.kind === 'edit' ? (
        <EntryEditor
          key={pane.kind === 'edit' ? pane.id : 'new'}
          entryId={pane.kind === 'edit' ? pane.id : null}
          onSaved={actions.onSaved}
          onClose={() => {
            onPane(pane.kind === 'edit' ? { kind: 'entry', id: pane.id } : { kind: 'none' });
            // Back where the user came from: the entry's row in the list.
            if (pane.kind === 'edit') focusEntryRow(pane.id);
          }}
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
  );
}
