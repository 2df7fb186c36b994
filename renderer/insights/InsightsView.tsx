// The Insights view: what the journal measures back to its writer. Works on
// its own: it needs only the api client and a way to open the journal on a filter.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insights, ListFilter, Pillar, WeekPillarCounts } from '../../db/common/model';
import { api } from '../api/client';
import { formatDay } from '../common/dates';
import { addDays } from '../../db/common/calendar';
import { Heatmap } from './Heatmap';
import { PillarPatternDefs } from './PillarPatterns';
import { ReviewPanel } from './ReviewPanel';
import { QuietHint, StreakFigures, TopTags } from './Summary';
import { WeeklyChart, type WeekPeriod } from './WeeklyChart';
import './insights.css';
import './strings';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: Insights };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Weeks for the chosen period: the year already loaded covers up to 52; two years need their own request. */
function useWeeks(data: Insights | null, period: WeekPeriod): { weeks: WeekPillarCounts[]; loading: boolean } {
  const [longer, setLonger] = useState<{ key: string; weeks: WeekPillarCounts[] } | null>(null);
  const to = data?.to;
  const needsMore = period > 52 && to !== undefined;
  const key = `${to ?? ''}|${period}`;
  useEffect(() => {
    if (!needsMore || !to) return;
    let cancelled = false;
    api.insights({ from: addDays(to, -(period * 7 - 1)), to }).then(
      (result) => {
        if (!cancelled) setLonger({ key, weeks: result.weekly.slice(-period) });
      },
      () => {
        if (!cancelled) setLonger({ key, weeks: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [needsMore, to, period, key]);
  if (!data) return { weeks: [], loading: false };
  if (!needsMore) return { weeks: data.weekly.slice(-period), loading: false };
  return longer?.key === key ? { weeks: longer.weeks, loading: false } : { weeks: data.weekly.slice(-52), loading: true };
}

export function InsightsView({ onOpenFilter }: { onOpenFilter: (filter: ListFilter) => void }) {
  const { t, i18n } = useTranslation('insights');
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [period, setPeriod] = useState<WeekPeriod>(26);
  const patterns = `insights-pattern-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const refresh = useCallback(() => {
    let cancelled = false;
    api.insights({}).then(
      (data) => {
        if (!cancelled) setLoad({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!cancelled) setLoad((previous) => (previous.status === 'ready' ? previous : { status: 'error', message: messageOf(error) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const cancel = refresh();
    // Entries written elsewhere (another window, the CLI) show up when the user comes back.
    const onFocus = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      cancel();
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [refresh]);

  const data = load.status === 'ready' ? load.data : null;
  const { weeks, loading } = useWeeks(data, period);

  const openDay = useCallback((day: string) => onOpenFilter({ from: day, to: day }), [onOpenFilter]);
  const openWeek = useCallback(
    (week: WeekPillarCounts, pillar: Pillar) => onOpenFilter({ from: week.start, to: addDays(week.start, 6), pillars: [pillar] }),
    [onOpenFilter],
  );
  const openTag = useCallback((tag: string) => onOpenFilter({ tags: [tag] }), [onOpenFilter]);
  const openPillar = useCallback(
    (pillar: Pillar) => {
      if (data) onOpenFilter({ from: addDays(data.to, -29), to: data.to, pillars: [pillar] });
    },
    [data, onOpenFilter],
  );

  return (
    <div className="insights" lang={i18n.language}>
      <svg className="insights-defs" width="0" height="0" aria-hidden="true" focusable="false">
        <PillarPatternDefs prefix={patterns} />
      </svg>
      <header className="insights-head">
        <h1>{t('title')}</h1>
        {data && <p className="insights-range">{t('range', { from: formatDay(data.from, i18n.language), to: formatDay(data.to, i18n.language) })}</p>}
      </header>
      {load.status === 'loading' && (
        <p className="insights-loading" role="status">
          {t('loading')}
        </p>
      )}
      {load.status === 'error' && (
        <div className="insights-error" role="alert">
          <p>{t('loadError', { message: load.message })}</p>
          <button
            type="button"
            className="button small"
            onClick={() => {
              setLoad({ status: 'loading' });
              refresh();
            }}
          >
            {t('retry')}
          </button>
        </div>
      )}
      {data && (
        <>
          <StreakFigures data={data} />
          <QuietHint data={data} onOpenPillar={openPillar} />
          <Heatmap data={data} onOpenDay={openDay} />
          <div className="insights-row">
            <WeeklyChart weeks={weeks} period={period} onPeriod={setPeriod} loading={loading} patterns={patterns} onOpen={openWeek} />
            <TopTags data={data} onOpenTag={openTag} />
          </div>
        </>
      )}
      <ReviewPanel />
    </div>
  );
}
