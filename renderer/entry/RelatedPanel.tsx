// Below an entry: the entries sharing the most distinctive words with it
// (relatedEntries), each with its day and pillars; choosing one opens it.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import './entry-extras.css';
import type { RelatedPage } from '../../db/common/related';
import { api } from '../api/client';
import { afterStampRead } from '../app/journalSync';
import { formatShortDay } from '../common/dates';
import { errorMessage } from '../common/errors';
import { EntryChips } from '../common/PillarChip';
import { shownTitle } from '../common/titles';
import './strings';

/** Enough to follow a thread, few enough to read at a glance. */
export const RELATED_LIMIT = 6;

/** Keyed under 'journal' so a change to the journal refreshes it with everything else. */
const relatedKey = (id: string) => ['journal', 'related', id, RELATED_LIMIT] as const;

export function RelatedPanel({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('entryExtras');
  const { t: tApp } = useTranslation('app');
  const related = useQuery({
    queryKey: relatedKey(id),
    queryFn: async ({ client }): Promise<RelatedPage> => {
      await afterStampRead(client);
      return api.relatedEntries({ id, limit: RELATED_LIMIT });
    },
  });
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title" className="related-title">
        {t('related.title')}
      </h2>
      {related.isPending ? (
        <p className="related-note" aria-busy="true">
          {t('related.loading')}
        </p>
      ) : related.isError ? (
        <p className="related-note" role="alert">
          {t('related.error', { message: errorMessage(related.error, tApp) })}{' '}
          <button type="button" className="button small" onClick={() => void related.refetch()}>
            {t('related.retry')}
          </button>
        </p>
      ) : related.data.entries.length === 0 ? (
        <p className="related-note">{t('related.empty')}</p>
      ) : (
        <ul className="related-list" aria-label={t('related.label')}>
          {related.data.entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="related-item" onClick={() => onOpen(entry.id)}>
                <span className="related-item-title">{shownTitle(entry.title, tApp)}</span>
                <span className="related-item-meta">
                  <time dateTime={entry.day}>{formatShortDay(entry.day, i18n.language)}</time>
                  <EntryChips pillars={entry.pillars} tags={[]} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
