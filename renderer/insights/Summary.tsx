// The figures at the top (streaks and totals), the quiet-pillar hint and the top tags.
import { useTranslation } from 'react-i18next';
import type { Insights, Pillar } from '../../db/common/model';
import { formatDay } from '../common/dates';
import { PillarIcon } from '../common/PillarChip';
import { addDays, daysBetween } from '../../db/common/calendar';
import { formatNumber } from './format';

export function StreakFigures({ data }: { data: Insights }) {
  const { t, i18n } = useTranslation('insights');
  const language = i18n.language;
  const { current, longest, longestEnd } = data.streaks;
  const entries = data.heatmap.reduce((sum, d) => sum + d.count, 0);
  const ongoing = longest > 0 && longest === current && longestEnd !== null && daysBetween(longestEnd, data.to) <= 1;
  const figures = [
    {
      key: 'current',
      label: t('figures.current'),
      value: t('figures.days', { count: current }),
      note: current > 0 ? t('figures.currentAlive') : t('figures.currentNone'),
    },
    {
      key: 'longest',
      label: t('figures.longest'),
      value: longest > 0 ? t('figures.days', { count: longest }) : t('figures.none'),
      note: longestEnd && !ongoing ? t('figures.endedOn', { date: formatDay(longestEnd, language) }) : longest > 0 ? t('figures.ongoing') : '',
    },
    { key: 'entries', label: t('figures.entries'), value: formatNumber(entries, language), note: t('figures.lastYear') },
    {
      key: 'days',
      label: t('figures.activeDays'),
      value: formatNumber(data.heatmap.length, language),
      note: t('figures.ofDays', { total: daysBetween(data.from, data.to) + 1 }),
    },
  ];
  return (
    <dl className="insights-figures" aria-label={t('figures.label')}>
      {figures.map((f) => (
        <div key={f.key} className={`insights-figure figure-${f.key}`}>
          <dt>{f.label}</dt>
          <dd>
            <span className="figure-value">{f.value}</span>
            {f.note && <span className="figure-note">{f.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function QuietHint({ data, onOpenPillar }: { data: Insights; onOpenPillar: (pillar: Pillar) => void }) {
  const { t } = useTranslation('insights');
  const quiet = data.quietestPillar;
  return (
    <aside className={`insights-hint${quiet ? ` pillar-${quiet.pillar}` : ''}`} aria-label={t('hint.label')}>
      {quiet ? (
        <>
          <span className="insights-hint-icon" aria-hidden="true">
            <PillarIcon pillar={quiet.pillar} size={18} />
          </span>
          <p>
            <strong>
              {quiet.count === 0
                ? t('hint.quietNone', { pillar: t(`pillars.${quiet.pillar}`) })
                : t('hint.quiet', { pillar: t(`pillars.${quiet.pillar}`), count: quiet.count })}
            </strong>{' '}
            {t(`hint.${quiet.pillar}`)}
          </p>
          {quiet.count > 0 && (
            <button type="button" className="button small subtle" onClick={() => onOpenPillar(quiet.pillar)}>
              {t('hint.show', { pillar: t(`pillars.${quiet.pillar}`) })}
            </button>
          )}
        </>
      ) : (
        // No quiet pillar: either the pillars are balanced, or nothing was written lately.
        <p>{wroteRecently(data) ? t('hint.balanced') : t('hint.nothingRecent')}</p>
      )}
    </aside>
  );
}

/** The quiet hint's window (db/insights/quietest.ts, QUIET_WINDOW_DAYS). */
const QUIET_WINDOW_DAYS = 30;

/** Whether anything was written in the quiet hint's 30 days. */
function wroteRecently(data: Insights): boolean {
  const since = addDays(data.to, -(QUIET_WINDOW_DAYS - 1));
  return data.heatmap.some((d) => d.day >= since && d.count > 0);
}

export function TopTags({ data, onOpenTag }: { data: Insights; onOpenTag: (tag: string) => void }) {
  const { t, i18n } = useTranslation('insights');
  const max = data.topTags[0]?.count ?? 0;
  return (
    <section className="insights-card insights-tags" aria-labelledby="insights-tags-title">
      <header className="insights-card-head">
        <h2 id="insights-tags-title">{t('tags.title')}</h2>
      </header>
      {data.topTags.length === 0 ? (
        <p className="insights-summary">{t('tags.none')}</p>
      ) : (
        <ol className="insights-tag-list">
          {data.topTags.map(({ tag, count }) => (
            <li key={tag}>
              <button type="button" className="insights-tag" aria-label={t('tags.label', { tag, count })} onClick={() => onOpenTag(tag)}>
                <span className="insights-tag-name">#{tag}</span>
                <span className="insights-tag-bar" aria-hidden="true">
                  <span style={{ width: `${max ? Math.max(4, (count / max) * 100) : 0}%` }} />
                </span>
                <span className="insights-tag-count">{formatNumber(count, i18n.language)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
