// The first screen of an empty journal: the four pillars in one screen, and one button.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PILLARS } from '../../db/common/model';
import { PillarIcon } from '../common/PillarChip';

const DISMISSED_KEY = 'pileup.firstRunDismissed';

/** Whether the user has started (or skipped) the first run, remembered across reloads; and a way to record it. */
export function useFirstRunDismissed(): [boolean, () => void] {
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(DISMISSED_KEY) === '1');
  const dismiss = useCallback(() => {
    localStorage.setItem(DISMISSED_KEY, '1');
    setDismissed(true);
  }, []);
  return [dismissed, dismiss];
}

export function FirstRun({ onStart, onSkip }: { onStart: () => void; onSkip: () => void }) {
  const { t } = useTranslation('app');
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <div className="first-run-card">
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p className="lead">{t('firstRun.lead')}</p>
        <p className="muted">{t('firstRun.pillarsIntro')}</p>
        <ul className="pillar-cards">
          {PILLARS.map((pillar) => (
            <li key={pillar} className={`pillar-card pillar-${pillar}`}>
              <span className="pillar-card-icon">
                <PillarIcon pillar={pillar} size={22} />
              </span>
              <div>
                <h2>{t(`pillars.${pillar}`)}</h2>
                <p>{t(`pillars.${pillar}About`)}</p>
              </div>
            </li>
          ))}
        </ul>
        <div className="first-run-actions">
          <button type="button" className="button primary large" onClick={onStart}>
            {t('firstRun.start')}
          </button>
          <button type="button" className="button subtle" onClick={onSkip}>
            {t('firstRun.skip')}
          </button>
        </div>
      </div>
    </section>
  );
}
