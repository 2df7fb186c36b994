// An import under way (a big file takes seconds: its progress, with counts,
// and a Cancel that leaves nothing behind), then what it did: entries added
// and skipped, or the lines to fix (in which case nothing was written).
import { useTranslation } from 'react-i18next';
import type { ImportResult, JobProgress } from '../../db/common/model';
import { useModal } from '../common/useModal';
import { JobProgressBar } from './JobProgressBar';

export type ImportOutcome =
  | { fileName: string; pending: true; progress: JobProgress | null; cancel: () => void; inBackground: boolean; toBackground: () => void }
  | { fileName: string; result: ImportResult }
  | { fileName: string; error: string };

export function ImportDialog({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const { t } = useTranslation('app');
  const ref = useModal();

  if ('pending' in outcome) {
    // Escape does not close it: the import goes on, and its outcome must be seen.
    return (
      <dialog ref={ref} className="dialog" aria-labelledby="import-title" aria-busy="true" onCancel={(e) => e.preventDefault()}>
        <h2 id="import-title" className="dialog-title">
          {t('sharing.importing')}
        </h2>
        <p className="dialog-file">{outcome.fileName}</p>
        <JobProgressBar progress={outcome.progress} label={t('sharing.importing')} />
        <p className="dialog-note">{t('sharing.importingNote')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={outcome.cancel}>
            {t('jobs.cancelImport')}
          </button>
          <button type="button" className="button primary" onClick={outcome.toBackground}>
            {t('jobs.keepWorking')}
          </button>
        </div>
      </dialog>
    );
  }
  const failed = 'error' in outcome || outcome.result.problems.length > 0;
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="import-title" onClose={onClose} onCancel={onClose}>
      <h2 id="import-title" className="dialog-title">
        {failed ? t('sharing.importFailed') : t('sharing.importDone')}
      </h2>
      <p className="dialog-file">{outcome.fileName}</p>
      {'error' in outcome ? (
        <p role="alert" className="form-error">
          {outcome.error}
        </p>
      ) : outcome.result.problems.length > 0 ? (
        <div role="alert">
          <p>{t('sharing.problems')}</p>
          <ul className="problems">
            {outcome.result.problems.map((p, i) => {
              // The file name is already in the heading when only one file was imported.
              const file = p.file && p.file !== outcome.fileName ? `${p.file}: ` : '';
              const where = `${file}${p.line > 0 ? t('sharing.line', { line: p.line }) : ''}`;
              return (
                <li key={i}>
                  {where && <strong>{where}</strong>}
                  {where ? ' — ' : ''}
                  {p.message}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <ul className="import-summary">
          <li>{t('sharing.added', { count: outcome.result.added })}</li>
          {outcome.result.skipped > 0 && <li>{t('sharing.skipped', { count: outcome.result.skipped })}</li>}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" autoFocus onClick={() => ref.current?.close()}>
          {t('sharing.ok')}
        </button>
      </div>
    </dialog>
  );
}
