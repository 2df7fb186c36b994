// Earlier versions of an entry, newest first; any of them can be brought back
// (which itself keeps the current version as a revision, so nothing is lost).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Revision } from '../../db/common/model';
import { api } from '../api/client';
import { useRevisions } from '../app/data';
import { formatDay, formatTimestampSeconds } from '../common/dates';
import { errorMessage } from '../common/errors';
import { EntryChips } from '../common/PillarChip';
import { shownTitle } from '../common/titles';
import '../journal/strings';
import { Markdown } from './Markdown';
import { RevisionChanges } from './RevisionChanges';

export function RevisionHistory({ entry, onRestored }: { entry: Entry; onRestored: (entry: Entry, savedAt: string) => void }) {
  const { t, i18n } = useTranslation('app');
  const { t: tk } = useTranslation('timekeys');
  const [comparing, setComparing] = useState(false);
  const load = useRevisions(entry.id);
  const [chosen, setChosen] = useState<number | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const revisions = load.data ?? null;
  // The chosen revision while the list still holds it, else the newest.
  const revision = revisions?.find((r) => r.id === chosen) ?? revisions?.[0] ?? null;
  const selected = revision?.id ?? null;
  const error = restoreError ?? load.error;

  const restore = async (r: Revision) => {
    setBusy(true);
    setRestoreError(null);
    try {
      const restored = await api.restoreRevision({ id: entry.id, revisionId: r.id });
      onRestored(restored, r.savedAt);
    } catch (e) {
      setRestoreError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title" className="history-title">
        {t('history.title')}
      </h2>
      {error !== null && (
        <p role="alert" className="form-error">
          {errorMessage(error, t)}
        </p>
      )}
      {revisions === null ? null : revisions.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <div className="history-body">
          <ul className="history-list" aria-label={t('history.title')}>
            {revisions.map((r) => (
              <li key={r.id}>
                <button type="button" className={`history-item${r.id === selected ? ' selected' : ''}`} aria-pressed={r.id === selected} onClick={() => setChosen(r.id)}>
                  <span className="history-when">{t('history.savedAt', { date: formatTimestampSeconds(r.savedAt, i18n.language) })}</span>
                  <span className="history-item-title">{shownTitle(r.title, t)}</span>
                </button>
              </li>
            ))}
          </ul>
          {revision && (
            <div className="history-preview">
              <div className="history-preview-head">
                <div>
                  <div className="history-preview-title">{shownTitle(revision.title, t)}</div>
                  <div className="entry-view-meta">
                    <span className="entry-day">{formatDay(revision.day, i18n.language)}</span>
                    <EntryChips pillars={revision.pillars} tags={revision.tags} />
                  </div>
                </div>
                <div className="history-preview-actions">
                  <button type="button" className="button subtle" aria-pressed={comparing} onClick={() => setComparing((v) => !v)}>
                    {tk('history.showChanges')}
                  </button>
                  <button type="button" className="button" disabled={busy} onClick={() => void restore(revision)}>
                    {t('history.restore')}
                  </button>
                </div>
              </div>
              {comparing ? <RevisionChanges revision={revision} current={entry} /> : <Markdown source={revision.body} />}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
