// The calendar heatmap: one square per day of the last year, Monday-first
// week columns. Every day is a button (one tab stop; arrow keys move), its
// name says the day and the count, and a table shows the same figures.
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insights } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';
import { formatDay } from '../common/dates';
import { PillarIcon } from '../common/PillarChip';
import { addDays } from '../../db/common/calendar';
import { formatNumber, shortMonth, weekdayName } from './format';
import { heatGrid, levelRanges, type HeatCell } from './layout';
import { anchorOf, type TooltipAnchor } from './tooltip';
import { useElementWidth } from './useElementWidth';

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 18;
/** Room after the last column, so a month that starts there keeps its whole label ("Nov", "11월"). */
const RIGHT = 14;

export function Heatmap({ data, onOpenDay }: { data: Insights; onOpenDay: (day: string) => void }) {
  const { t, i18n } = useTranslation('insights');
  const language = i18n.language;
  const grid = useMemo(() => heatGrid(data.heatmap, data.from, data.to), [data]);
  const byDay = useMemo(() => new Map(grid.cells.map((c) => [c.day, c])), [grid]);
  const [active, setActive] = useState(data.to);
  const [shown, setShown] = useState<{ cell: HeatCell; at: TooltipAnchor } | null>(null);
  const [asTable, setAsTable] = useState(false);
  const cellRefs = useRef(new Map<string, SVGRectElement>());
  const cardRef = useRef<HTMLElement | null>(null);
  const { ref: frameRef, width: frameWidth } = useElementWidth<HTMLDivElement>(900);

  const width = LEFT + grid.columns * STEP + RIGHT;
  const height = TOP + 7 * STEP;
  // Grow with the card up to a comfortable size; never shrink below 1:1 (the frame scrolls instead).
  const scale = Math.max(1, Math.min(1.45, frameWidth / width));

  const drawnWidth = Math.floor(width * scale);
  // The newest days are on the right: show them first when the frame scrolls.
  // Again whenever the drawing's width changes: the first render uses a guessed
  // frame width, and only the measured one makes the frame scroll at all.
  useLayoutEffect(() => {
    const frame = frameRef.current;
    if (frame) frame.scrollLeft = frame.scrollWidth;
  }, [frameRef, asTable, drawnWidth, frameWidth]);

  const show = (cell: HeatCell, mark: Element) => setShown({ cell, at: anchorOf(mark, cardRef.current) });
  const activeDay = byDay.has(active) ? active : data.to;

  const total = data.heatmap.reduce((sum, d) => sum + d.count, 0);
  const busiest = data.heatmap.reduce<(typeof data.heatmap)[number] | null>((best, d) => (!best || d.count > best.count ? d : best), null);
  const summary = [
    t('heatmap.summary', { count: total, days: data.heatmap.length, from: formatDay(data.from, language), to: formatDay(data.to, language) }),
    busiest ? t('heatmap.busiest', { count: busiest.count, day: formatDay(busiest.day, language) }) : '',
  ].join(' ');

  const label = (cell: HeatCell) => {
    if (cell.count === 0) return t('heatmap.cellNone', { day: cell.day });
    const pillars = PILLARS.filter((p) => cell.pillars[p] > 0).map((p) => `${t(`pillars.${p}`)} ${cell.pillars[p]}`);
    return `${t('heatmap.cell', { day: cell.day, count: cell.count })} · ${pillars.join(', ')}`;
  };

  const move = (day: string) => {
    const target = day < data.from ? data.from : day > data.to ? data.to : day;
    setActive(target);
    cellRefs.current.get(target)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGRectElement>, cell: HeatCell) => {
    const steps: Record<string, number> = { ArrowLeft: -7, ArrowRight: 7, ArrowUp: -1, ArrowDown: 1, PageUp: -28, PageDown: 28 };
    if (event.key in steps) move(addDays(cell.day, steps[event.key] ?? 0));
    else if (event.key === 'Home') move(data.from);
    else if (event.key === 'End') move(data.to);
    else if (event.key === 'Enter' || event.key === ' ') onOpenDay(cell.day);
    else return;
    event.preventDefault();
  };

  const summaryId = 'insights-heatmap-summary';
  return (
    <section ref={cardRef} className="insights-card insights-heatmap" aria-labelledby="insights-heatmap-title">
      <header className="insights-card-head">
        <h2 id="insights-heatmap-title">{t('heatmap.title')}</h2>
        <button type="button" className="button small subtle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('table.hide') : t('table.show')}
        </button>
      </header>
      <p id={summaryId} className="insights-summary">
        {total === 0 ? t('heatmap.empty') : summary}
      </p>
      {asTable ? (
        <HeatTable data={data} />
      ) : (
        <>
        <div className="heatmap-frame" ref={frameRef}>
          <svg
            className="heatmap-svg"
            width={drawnWidth}
            height={Math.floor(height * scale)}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={t('heatmap.gridLabel')}
            aria-describedby={summaryId}
          >
            {grid.months.map(({ col, month }) => (
              <text key={month} x={LEFT + col * STEP} y={11} className="heatmap-axis" aria-hidden="true">
                {shortMonth(month, language)}
              </text>
            ))}
            {[0, 2, 4].map((row) => (
              <text key={row} x={LEFT - 6} y={TOP + row * STEP + CELL - 2} className="heatmap-axis" textAnchor="end" aria-hidden="true">
                {weekdayName(row, language)}
              </text>
            ))}
            {grid.cells.map((cell) => (
              <rect
                key={cell.day}
                ref={(node) => {
                  if (node) cellRefs.current.set(cell.day, node);
                  else cellRefs.current.delete(cell.day);
                }}
                x={LEFT + cell.col * STEP}
                y={TOP + cell.row * STEP}
                width={CELL}
                height={CELL}
                rx={2.5}
                className={`heat-cell level-${cell.level}${cell.day === data.to ? ' today' : ''}`}
                role="button"
                tabIndex={cell.day === activeDay ? 0 : -1}
                aria-label={label(cell)}
                onClick={() => onOpenDay(cell.day)}
                onKeyDown={(event) => onKeyDown(event, cell)}
                onFocus={(event) => {
                  setActive(cell.day);
                  show(cell, event.currentTarget);
                }}
                onBlur={() => setShown(null)}
                onMouseEnter={(event) => show(cell, event.currentTarget)}
                onMouseLeave={() => setShown(null)}
              />
            ))}
          </svg>
        </div>
          {shown && <HeatTooltip cell={shown.cell} at={shown.at} />}
          <div className="heatmap-legend" aria-hidden="true">
            <span>{t('heatmap.less')}</span>
            {levelRanges(grid.thresholds).map((range, level) => (
              <svg key={level} width={CELL} height={CELL} viewBox={`0 0 ${CELL} ${CELL}`}>
                <title>{range}</title>
                <rect width={CELL} height={CELL} rx={2.5} className={`heat-cell level-${level}`} />
              </svg>
            ))}
            <span>{t('heatmap.more')}</span>
          </div>
        </>
      )}
    </section>
  );
}

function HeatTooltip({ cell, at }: { cell: HeatCell; at: TooltipAnchor }) {
  const { t, i18n } = useTranslation('insights');
  return (
    <div className={`insights-tooltip${at.flip ? ' flip' : ''}`} style={{ left: at.left, top: at.top }} aria-hidden="true">
      <strong>{formatDay(cell.day, i18n.language)}</strong>
      <span>{cell.count === 0 ? t('heatmap.tipNone') : t('heatmap.tipCount', { count: cell.count })}</span>
      {cell.count > 0 && (
        <ul>
          {PILLARS.filter((p) => cell.pillars[p] > 0).map((p) => (
            <li key={p} className={`pillar-${p}`}>
              <PillarIcon pillar={p} size={12} />
              {t(`pillars.${p}`)} <b>{cell.pillars[p]}</b>
            </li>
          ))}
        </ul>
      )}
      {cell.count > 0 && <em>{t('heatmap.open')}</em>}
    </div>
  );
}

function HeatTable({ data }: { data: Insights }) {
  const { t, i18n } = useTranslation('insights');
  const rows = [...data.heatmap].reverse();
  return (
    <div className="insights-table-scroll" tabIndex={0} role="region" aria-label={t('heatmap.tableCaption')}>
      <table className="insights-table">
        <caption>{t('heatmap.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('heatmap.day')}</th>
            <th scope="col" className="num">{t('heatmap.count')}</th>
            {PILLARS.map((p) => (
              <th key={p} scope="col" className="num">
                {t(`pillars.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.day}>
              <th scope="row">
                <time dateTime={d.day}>{formatDay(d.day, i18n.language)}</time>
              </th>
              <td className="num">{formatNumber(d.count, i18n.language)}</td>
              {PILLARS.map((p) => (
                <td key={p} className="num">
                  {d.pillars[p] ? formatNumber(d.pillars[p], i18n.language) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
