// How far a long call has come: a bar with counts ("Writing entries 12,000 of
// 100,000"), the same in the import dialog and in the export status.
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../db/common/model';

export function JobProgressBar({ progress, label }: { progress: JobProgress | null; label: string }) {
  const { t } = useTranslation('app');
  const counted = progress !== null && progress.total > 0;
  // Saving a file and copying the journal count bytes and pages: the bar shows them, the words do not.
  const words = progress === null ? t('jobs.starting') : t(`jobs.${progress.phase}`, { done: progress.done, total: progress.total });
  return (
    <div className="job-progress">
      {counted ? (
        <progress className="import-progress" aria-label={label} max={progress.total} value={Math.min(progress.done, progress.total)} />
      ) : (
        <progress className="import-progress" aria-label={label} />
      )}
      <p className="job-progress-words" aria-live="polite">
        {words}
      </p>
    </div>
  );
}
