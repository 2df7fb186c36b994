// "On this day · 2025: 배포 회고 · 2024: …": entries from today's month-day in
// earlier years, above the journal when there are any; each opens its entry.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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
  const [expanded, setExpanded] = useState(false);
  if (!data || data.length === 0) return null;
  // Folded to a few years and titles, so ten years of history never push the journal off screen.
  const shown = expanded ? data : data.slice(0, FOLDED_YEARS).map((y) => ({ ...y, entries: y.entries.slice(0, FOLDED_PER_YEAR) }));
  const count = (years: typeof data) => years.reduce((n, y) => n + y.entries.length, 0);
  const hidden = count(data) - count(shown);
  return (
    <nav className="on-this-day" aria-label={t('onThisDay.label')}>
      <span className="on-this-day-label">{t('onThisDay.label')}</span>
      {shown.map(({ year, entries }) => (
        <span key={year} className="on-this-day-year">
          <span aria-hidden="true" className="on-this-day-dot">
            ·
          </span>
          <span className="on-this-day-when">{year}:</span>
          {entries.map((entry, i) => (
            // The comma ends the title before it, so a title that wraps never starts its line with one.
            <span key={entry.id}>
              <button type="button" className="link-button" aria-label={t('onThisDay.entry', { title: shownTitle(entry.title, ta), year })} onClick={() => onOpen(entry.id)}>
                {shownTitle(entry.title, ta)}
              </button>
              {i < entries.length - 1 && ','}
            </span>
          ))}
        </span>
      ))}
      {hidden > 0 && (
        <button type="button" className="link-button on-this-day-more" aria-expanded={false} onClick={() => setExpanded(true)}>
          {t('onThisDay.more', { count: hidden })}
        </button>
      )}
      {expanded && (
        <button type="button" className="link-button on-this-day-more" aria-expanded={true} onClick={() => setExpanded(false)}>
          {t('onThisDay.less')}
        </button>
      )}
    </nav>
  );
}

const FOLDED_YEARS = 3;
const FOLDED_PER_YEAR = 2;
