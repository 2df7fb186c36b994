// Entries per pillar per ISO week as stacked bars. Pillars are told apart by
// colour, texture and the legend's names; every segment is a button that
// opens that week and pillar in the journal; a table shows the same figures.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar, WeekPillarCounts } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';
import { PillarIcon } from '../common/PillarChip';
import { addDays } from '../../db/common/calendar';
import { shortDay, shortMonth } from './format';
import { niceScale, stackSegments, weekTotal, type Segment } from './layout';
import { patternId, PillarSwatch } from './PillarPatterns';
import { anchorOf, type TooltipAnchor } from './tooltip';
import { useElementWidth } from './useElementWidth';

export const WEEK_PERIODS = [12, 26, 52, 104] as const;
export type WeekPeriod = (typeof WEEK_PERIODS)[number];

const HEIGHT = 240;
const LEFT = 34;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 24;

interface Props {
  weeks: WeekPillarCounts[];
  period: WeekPeriod;
  onPeriod: (period: WeekPeriod) => void;
  loading: boolean;
  patterns: string;
  onOpen: (week: WeekPillarCounts, pillar: Pillar) => void;
}

/** Labels under the bars, spaced so they never touch: week starts for short periods, months for long ones. */
function xLabels(weeks: readonly WeekPillarCounts[], language: string, slot: number): { index: number; text: string }[] {
  const minGap = Math.max(1, Math.ceil(64 / slot));
  if (weeks.length <= 26) {
    return weeks.flatMap((w, index) => (index % minGap === 0 ? [{ index, text: shortDay(w.start, language) }] : []));
  }
  const labels: { index: number; text: string }[] = [];
  let last = -Infinity;
  weeks.forEach((w, index) => {
    // A week belongs to the month its Thursday is in, as ISO weeks do to years.
    const month = addDays(w.start, 3).slice(0, 7);
    const previous = index > 0 ? addDays(weeks[index - 1]?.start ?? w.start, 3).slice(0, 7) : '';
    if (month !== previous && index - last >= minGap) {
      labels.push({ index, text: shortMonth(month, language) });
      last = index;
    }
  });
  return labels;
}

export function WeeklyChart({ weeks, period, onPeriod, loading, patterns, onOpen }: Props) {
  const { t, i18n } = useTranslation('insights');
  const language = i18n.language;
  const [asTable, setAsTable] = useState(false);
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<{ segment: Segment; at: TooltipAnchor } | null>(null);
  const cardRef = useRef<HTMLElement | null>(null);
  const refs = useRef<(SVGRectElement | null)[]>([]);
  const { ref: frameRef, width: WIDTH } = useElementWidth<HTMLDivElement>(720);

  const segments = useMemo(() => stackSegments(weeks), [weeks]);
  const totals = weeks.map(weekTotal);
  const scale = niceScale(Math.max(0, ...totals));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.length);
  const barWidth = Math.max(2, Math.min(28, slot * 0.72));
  const y = (value: number) => TOP + plotHeight - (value / scale.max) * plotHeight;
  const indexOfWeek = new Map(weeks.map((w, i) => [w.start, i]));
  const segmentsOfWeek = new Map<string, number[]>();
  segments.forEach((s, i) => segmentsOfWeek.set(s.week.start, [...(segmentsOfWeek.get(s.week.start) ?? []), i]));
  const activeIndex = Math.min(active, Math.max(0, segments.length - 1));

  const all = totals.reduce((a, b) => a + b, 0);
  const busiestIndex = totals.reduce((best, value, i) => (value > (totals[best] ?? 0) ? i : best), 0);
  const first = weeks[0];
  const last = weeks.at(-1);
  const summaryId = 'insights-weekly-summary';
  const summary =
    first && last
      ? `${t('weekly.summary', { count: all, first: first.week, last: last.week })}${all > 0 ? ` ${t('weekly.busiest', { week: weeks[busiestIndex]?.week ?? '', count: totals[busiestIndex] ?? 0 })}` : ''}`
      : '';

  const segmentLabel = (s: Segment) =>
    t('weekly.segment', { week: s.week.week, from: s.week.start, to: addDays(s.week.start, 6), pillar: t(`pillars.${s.pillar}`), count: s.count });

  const focusSegment = (index: number) => {
    const target = Math.max(0, Math.min(segments.length - 1, index));
    setActive(target);
    refs.current[target]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGRectElement>, index: number) => {
    const segment = segments[index];
    if (!segment) return;
    const sameWeek = (i: number) => segments[i]?.week.start === segment.week.start;
    if (event.key === 'ArrowUp' && sameWeek(index + 1)) focusSegment(index + 1);
    else if (event.key === 'ArrowDown' && sameWeek(index - 1)) focusSegment(index - 1);
    else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      // The nearest week that has entries, on the same pillar when it has one.
      const step = event.key === 'ArrowRight' ? 1 : -1;
      for (let w = (indexOfWeek.get(segment.week.start) ?? 0) + step; w >= 0 && w < weeks.length; w += step) {
        const candidates = segmentsOfWeek.get(weeks[w]?.start ?? '') ?? [];
        const first = candidates[0];
        if (first === undefined) continue;
        focusSegment(candidates.find((i) => segments[i]?.pillar === segment.pillar) ?? first);
        break;
      }
    } else if (event.key === 'Home') focusSegment(0);
    else if (event.key === 'End') focusSegment(segments.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') onOpen(segment.week, segment.pillar);
    else return;
    event.preventDefault();
  };

  return (
    <section ref={cardRef} className="insights-card insights-weekly" aria-labelledby="insights-weekly-title" aria-busy={loading}>
      <header className="insights-card-head">
        <h2 id="insights-weekly-title">{t('weekly.title')}</h2>
        <div className="insights-card-tools">
          <label className="insights-select">
            <span>{t('weekly.period')}</span>
            <select value={period} onChange={(event) => onPeriod(Number(event.target.value) as WeekPeriod)}>
              {WEEK_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`weekly.w${p}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button small subtle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
            {asTable ? t('table.hide') : t('table.show')}
          </button>
        </div>
      </header>
      <ul className="insights-legend" aria-label={t('weekly.legend')}>
        {PILLARS.map((p) => (
          <li key={p}>
            <PillarSwatch prefix={patterns} pillar={p} />
            {t(`pillars.${p}`)}
          </li>
        ))}
      </ul>
      <p id={summaryId} className="insights-summary">
        {all === 0 ? t('weekly.empty') : summary}
      </p>
      {asTable ? (
        <WeekTable weeks={weeks} />
      ) : (
        <div className="weekly-frame" ref={frameRef}>
          <svg className="weekly-svg" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('weekly.chartLabel')} aria-describedby={summaryId}>
            {scale.ticks.map((tick) => (
              <g key={tick} aria-hidden="true">
                <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={tick === 0 ? 'weekly-baseline' : 'weekly-grid'} />
                <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="weekly-axis">
                  {tick}
                </text>
              </g>
            ))}
            {xLabels(weeks, language, slot).map(({ index, text }) => (
              <text key={index} x={LEFT + index * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="weekly-axis" aria-hidden="true">
                {text}
              </text>
            ))}
            {segments.map((s, index) => {
              const x = LEFT + (indexOfWeek.get(s.week.start) ?? 0) * slot + (slot - barWidth) / 2;
              const top = y(s.base + s.count);
              return (
                <rect
                  key={`${s.week.start}-${s.pillar}`}
                  ref={(node) => {
                    refs.current[index] = node;
                  }}
                  x={x}
                  y={top}
                  width={barWidth}
                  height={Math.max(1, y(s.base) - top)}
                  fill={`url(#${patternId(patterns, s.pillar)})`}
                  className={`weekly-segment pillar-${s.pillar}`}
                  role="button"
                  tabIndex={index === activeIndex ? 0 : -1}
                  aria-label={segmentLabel(s)}
                  onClick={() => onOpen(s.week, s.pillar)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                  onFocus={(event) => {
                    setActive(index);
                    setShown({ segment: s, at: anchorOf(event.currentTarget, cardRef.current) });
                  }}
                  onBlur={() => setShown(null)}
                  onMouseEnter={(event) => setShown({ segment: s, at: anchorOf(event.currentTarget, cardRef.current) })}
                  onMouseLeave={() => setShown(null)}
                />
              );
            })}
          </svg>
          {shown && <WeekTooltip segment={shown.segment} at={shown.at} />}
        </div>
      )}
    </section>
  );
}

function WeekTooltip({ segment, at }: { segment: Segment; at: TooltipAnchor }) {
  const { t, i18n } = useTranslation('insights');
  const { week } = segment;
  return (
    <div className={`insights-tooltip${at.flip ? ' flip' : ''}`} style={{ left: at.left, top: at.top }} aria-hidden="true">
      <strong>
        {week.week} · {shortDay(week.start, i18n.language)} – {shortDay(addDays(week.start, 6), i18n.language)}
      </strong>
      <ul>
        {PILLARS.filter((p) => week.counts[p] > 0)
          .reverse()
          .map((p) => (
            <li key={p} className={`pillar-${p}${p === segment.pillar ? ' current' : ''}`}>
              <PillarIcon pillar={p} size={12} />
              {t(`pillars.${p}`)} <b>{week.counts[p]}</b>
            </li>
          ))}
      </ul>
      <em>{t('weekly.open', { pillar: t(`pillars.${segment.pillar}`) })}</em>
    </div>
  );
}

function WeekTable({ weeks }: { weeks: WeekPillarCounts[] }) {
  const { t, i18n } = useTranslation('insights');
  return (
    <div className="insights-table-scroll" tabIndex={0} role="region" aria-label={t('weekly.title')}>
      <table className="insights-table">
        <caption>{t('weekly.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('weekly.week')}</th>
            <th scope="col">{t('weekly.starts')}</th>
            {PILLARS.map((p) => (
              <th key={p} scope="col" className="num">
                {t(`pillars.${p}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('weekly.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.start}>
              <th scope="row">{w.week}</th>
              <td>
                <time dateTime={w.start}>{shortDay(w.start, i18n.language)}</time>
              </td>
              {PILLARS.map((p) => (
                <td key={p} className="num">
                  {w.counts[p]}
                </td>
              ))}
              <td className="num">{weekTotal(w)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
