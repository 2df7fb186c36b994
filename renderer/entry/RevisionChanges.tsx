// A revision against the current version: removed words struck through,
// added ones marked, title and body alike.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Revision } from '../../db/common/model';
import '../journal/strings';
import './revision-changes.css';
import { isUnchanged, revisionDiff, type DiffPart } from './revisionDiff';

export function RevisionChanges({ revision, current }: { revision: Revision; current: Entry }) {
  const { t } = useTranslation('timekeys');
  const title = useMemo(() => revisionDiff(revision.title, current.title), [revision.title, current.title]);
  const body = useMemo(() => revisionDiff(revision.body, current.body), [revision.body, current.body]);
  return (
    <div className="revision-changes" role="region" aria-label={t('history.changesLabel')}>
      {isUnchanged(title) && isUnchanged(body) ? (
        <p className="muted">{t('history.noChanges')}</p>
      ) : (
        <>
          {!isUnchanged(title) && (
            <p className="revision-changes-title">
              <Parts parts={title} />
            </p>
          )}
          <pre className="revision-changes-body">
            <Parts parts={body} />
          </pre>
        </>
      )}
    </div>
  );
}

function Parts({ parts }: { parts: readonly DiffPart[] }) {
  const { t } = useTranslation('timekeys');
  return parts.map((part, i) =>
    part.change === 'added' ? (
      <ins key={i} title={t('history.added')}>
        {part.text}
      </ins>
    ) : part.change === 'removed' ? (
      <del key={i} title={t('history.removed')}>
        {part.text}
      </del>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
