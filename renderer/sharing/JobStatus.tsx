// An export, copy or import under way outside a dialog: it runs in the journal
// core, so the app stays usable; this says how far it has come and lets the
// user stop it (an import cancelled leaves nothing behind).
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../db/common/model';
import { JobProgressBar } from './JobProgressBar';

export interface RunningJob {
  kind: 'export' | 'copy' | 'import';
  /** What the job is called when its kind's own name is not precise enough ("Copying for Slack"). */
  title?: string;
  progress: JobProgress | null;
  cancel: () => void;
}

export function JobStatus({ job }: { job: RunningJob }) {
  const { t } = useTranslation('app');
  const title = job.title ?? t(`jobs.${job.kind}Title`);
  return (
    <section className="job-status" aria-label={title}>
      <div className="job-status-head">
        <strong>{title}</strong>
        <button type="button" className="button small" onClick={job.cancel}>
          {t('jobs.cancel')}
        </button>
      </div>
      <JobProgressBar progress={job.progress} label={title} />
    </section>
  );
}
