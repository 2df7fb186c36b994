// Under the search box: what the search did with the query beyond its words —
// pieces it ignored (a date still being typed), the Korean keyboard reading it
// searched instead, the glossary forms it searched too — and the way to the
// glossary editor.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { SearchNotes as Notes } from '../../db/common/model';
import { literalQuery } from '../../db/common/query-literal';
import { GlossaryEditor } from './GlossaryEditor';
import './search.css';
import './strings';

export interface SearchNotesProps {
  notes: Notes | undefined;
  /** The list shows a text search: the glossary link is offered. */
  searching: boolean;
  /** Searches for other text (the query as typed, after a keyboard-layout reading). */
  onSearch?: (query: string) => void;
}

export function SearchNotes({ notes, searching, onSearch }: SearchNotesProps) {
  const { t } = useTranslation('search');
  const [editing, setEditing] = useState(false);
  const warnings = notes?.warnings ?? [];
  const corrected = notes?.corrected !== undefined && notes.correctedFrom !== undefined ? { to: notes.corrected, from: notes.correctedFrom } : null;
  const also = notes?.also ?? [];
  if (!searching && warnings.length === 0 && !corrected) return editing ? <GlossaryEditor onClose={() => setEditing(false)} /> : null;
  return (
    <div className="search-notes" role="status" aria-label={t('notes.label')}>
      {corrected && (
        <p className="search-note-correction">
          <Trans t={t} i18nKey="notes.showingFor" values={{ corrected: corrected.to }} components={[<strong key="q" />]} />
          {onSearch && (
            <>
              {' — '}
              <button type="button" className="link-button" onClick={() => onSearch(literalQuery(corrected.from))}>
                {t('notes.searchInstead', { typed: corrected.from })}
              </button>
            </>
          )}
        </p>
      )}
      {warnings.length > 0 && (
        <ul className="search-note-warnings">
          {warnings.map((w) => (
            <li key={`${w.piece}:${w.reason}`}>
              <code>{w.piece}</code> — {t(`notes.warning.${w.reason}`)}
            </li>
          ))}
        </ul>
      )}
      <p className="search-note-also">
        {also.length > 0 && <span>{t('notes.also', { words: also.join(', ') })}</span>}
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('notes.glossary')}
        </button>
      </p>
      {editing && <GlossaryEditor onClose={() => setEditing(false)} />}
    </div>
  );
}
