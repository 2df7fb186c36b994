// "3 of 12 matches" with Previous / Next, above an entry opened from a search.
import { useTranslation } from 'react-i18next';
import type { StepDirection } from './matchSteps';
import './entry-extras.css';
import './strings';

export function MatchBar({ current, total, onStep }: { current: number; total: number; onStep: (direction: StepDirection) => void }) {
  const { t } = useTranslation('entryExtras');
  return (
    <div className="match-bar" role="toolbar" aria-label={t('matches.label')}>
      <span className="match-bar-position" role="status" aria-live="polite">
        {t('matches.position', { current, count: total })}
      </span>
      <button type="button" className="button small icon" aria-label={t('matches.previous')} title={t('matches.previousHint')} onClick={() => onStep(-1)}>
        <Chevron up />
      </button>
      <button type="button" className="button small icon" aria-label={t('matches.next')} title={t('matches.nextHint')} onClick={() => onStep(1)}>
        <Chevron up={false} />
      </button>
    </div>
  );
}

function Chevron({ up }: { up: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d={up ? 'm3.5 10 4.5-4.5 4.5 4.5' : 'm3.5 6 4.5 4.5 4.5-4.5'} />
    </svg>
  );
}
