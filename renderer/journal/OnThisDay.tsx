// "On this day · 2025: 배포 회고 · 2024: …": entries from today's month-day in
// earlier years, above the journal when there are any; each opens its entry.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { afterStampRead } from '../app/journalSync';
import { localToday } from '../common/dates';
import { shownTitle } from '../common/titles';
import './strings';
import './time-keys.css';

export function OnThisDay({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation('timekeys');
  const { t: ta } = useTranslation('app');
  const day = localToday();
  const { data } = useQuery({
    queryKey: ['journal', 'onThisDay', day],
    queryFn: async ({ client }) => {
      await afterStampRead(client);
      return api.onThisDay({ day });
    },
  });
  if (!data || data.length === 0) return null;
  return (
    <nav className="on-this-day" aria-label={t('onThisDay.label')}>
      <span className="on-this-day-label">{t('onThisDay.label')}</span>
      {data.map(({ year, entries }) => (
        <span key={year} className="on-this-day-year">
          <span aria-hidden="true" className="on-this-day-dot">
            ·
          </span>
          <span className="on-this-day-when">{year}:</span>
          {entries.map((entry, i) => (
            <span key={entry.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" aria-label={t('onThisDay.entry', { title: shownTitle(entry.title, ta), year })} onClick={() => onOpen(entry.id)}>
                {shownTitle(entry.title, ta)}
              </button>
            </span>
          ))}
        </span>
      ))}
    </nav>
  );
}
