// The Insights view: what the journal measures back to its writer. Works on
// its own: it needs only the api client and a way to open the journal on a filter.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insights, ListFilter, Pillar, WeekPillarCounts } from '../../db/common/model';
import { api } from '../api/client';
import { journalKeys } from '../app/journalKeys';
import { afterStampRead } from '../app/journalSync';
import { formatDay } from '../common/dates';
import { addDays } from '../../db/common/calendar';
import { Heatmap } from './Heatmap';
import { PillarPatternDefs } from './PillarPatterns';
import { ReviewPanel } from './ReviewPanel';
import { QuietHint, StreakFigures, TopTags } from './Summary';
import { WeeklyChart, type WeekPeriod } from './WeeklyChart';
import './insights.css';
import './strings';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Weeks for the chosen period: the year already loaded covers up to 52; two years need their own request. */
function useInsights(range: { from?: string; to?: string }, enabled = true) {
  return useQuery({
    queryKey: journalKeys.insights(range),
    queryFn: async ({ client }): Promise<Insights> => {
      await afterStampRead(client);
      return api.insights(range);
    },
    enabled,
  });
}

/** Weeks for the chosen period: the year already loaded covers up to 52; two years need their own request. */
function useWeeks(data: Insights | null, period: WeekPeriod): { weeks: WeekPillarCounts[]; loading: boolean } {
  const to = data?.to;
  const needsMore = period > 52 && to !== undefined;
  // Disabled (and never read) until a longer period is chosen.
  const longer = useInsights(to ? { from: addDays(to, -(period * 7 - 1)), to } : {}, needsMore);
  if (!data) return { weeks: [], loading: false };
  if (!needsMore) return { weeks: data.weekly.slice(-period), loading: false };
  if (longer.isError) return { weeks: [], loading: false };
  return longer.data ? { weeks: longer.data.weekly.slice(-period), loading: false } : { weeks: data.weekly.slice(-52), loading: true };
}

export function InsightsView({ onOpenFilter }: { onOpenFilter: (filter: ListFilter) => void }) {
  const { t, i18n } = useTranslation('insights');
  const load = useInsights({});
  const [period, setPeriod] = useState<WeekPeriod>(26);
  const patterns = `insights-pattern-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  // Figures once loaded stay on screen when a refresh fails; the error shows only when there is nothing to show.
  const data = load.data ?? null;
  const failed = data === null && load.isError && !load.isFetching;
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
      {data === null && !failed && (
        <p className="insights-loading" role="status">
          {t('loading')}
        </p>
      )}
      {failed && (
        <div className="insights-error" role="alert">
          <p>{t('loadError', { message: messageOf(load.error) })}</p>
          <button type="button" className="button small" onClick={() => void load.refetch()}>
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
