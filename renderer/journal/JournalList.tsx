// The journal as a virtual list: day headers and entry rows, only the visible
// ones in the DOM, so 100,000 entries scroll like 100. Pages load as the end nears.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryListItem } from '../../db/common/model';
import { addDays } from '../../db/common/calendar';
import { formatDay, formatShortDay, localToday } from '../common/dates';
import { Marked } from '../common/Marked';
import { EntryChips } from '../common/PillarChip';
import { buildRows, firstLine, highlightTerms } from './rows';

const DAY_ROW = 40;
const ENTRY_ROW = 112;
/** Start loading the next page this many rows before the end. */
const PREFETCH_ROWS = 40;

export interface JournalListProps {
  label: string;
  entries: readonly EntryListItem[];
  terms: readonly string[];
  hasMore: boolean;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onLoadMore: () => void;
  /** The filter the rows belong to: a new one scrolls back to the top. */
  resultsFor: string | null;
  /** False for ranked search results: no day headers, each row shows its day. */
  groupByDay: boolean;
}

export function JournalList({ label, entries, terms, hasMore, selectedId, onOpen, onLoadMore, resultsFor, groupByDay }: JournalListProps) {
  const { t, i18n } = useTranslation('app');
  const rows = useMemo(() => buildRows(entries, groupByDay), [entries, groupByDay]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is used as documented; nothing here relies on compiler memoization.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'day' ? DAY_ROW : ENTRY_ROW),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? (items[items.length - 1]?.index ?? 0) : 0;

  useEffect(() => {
    if (hasMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, lastIndex, rows.length, onLoadMore]);

  // A new filter starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resultsFor]);

  const today = localToday();
  const yesterday = addDays(today, -1);
  const dayLabel = (day: string) => {
    const formatted = formatDay(day, i18n.language);
    if (day === today) return `${t('list.today')} · ${formatted}`;
    if (day === yesterday) return `${t('list.yesterday')} · ${formatted}`;
    return formatted;
  };

  // Arrow keys walk the entries; the target row may not be rendered yet, so scroll first, then focus.
  const focusRow = useCallback(
    (index: number) => {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      // A far jump (End) renders the target row a few frames later: keep trying briefly.
      let framesLeft = 10;
      const focusWhenRendered = () => {
        const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"] .entry-row`);
        if (row) row.focus();
        else if (--framesLeft > 0) requestAnimationFrame(focusWhenRendered);
      };
      requestAnimationFrame(focusWhenRendered);
    },
    [virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const at = Number(target.closest<HTMLElement>('[data-row-index]')?.dataset.rowIndex ?? -1);
    if (at < 0) return;
    const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0;
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const edge = event.key === 'Home' ? rows.findIndex((r) => r.kind === 'entry') : rows.length - 1;
      if (edge >= 0) focusRow(edge);
      return;
    }
    if (step === 0) return;
    event.preventDefault();
    let next = at + step;
    while (rows[next]?.kind === 'day') next += step;
    if (next >= 0 && next < rows.length) focusRow(next);
  };

  return (
    <div className="list-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
      <div
        role="list"
        aria-label={label}
        className="list-inner"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              data-row-index={item.index}
              className={row.kind === 'day' ? 'list-row day-row' : 'list-row'}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'day' ? (
                <h3 className="day-header">
                  <span>{dayLabel(row.day)}</span>
                </h3>
              ) : (
                <EntryRow
                  entry={row.entry}
                  terms={terms}
                  selected={row.entry.id === selectedId}
                  onOpen={onOpen}
                  day={groupByDay ? null : formatShortDay(row.entry.day, i18n.language)}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface EntryRowProps {
  entry: EntryListItem;
  terms: readonly string[];
  selected: boolean;
  onOpen: (id: string) => void;
  /** Shown in the row when there is no day header above it. */
  day: string | null;
}

const EntryRow = memo(function EntryRow({ entry, terms, selected, onOpen, day }: EntryRowProps) {
  const { t } = useTranslation('app');
  const title = entry.title.trim() || firstLine(entry.body, 80) || t('list.untitled');
  const preview = entry.snippet ?? highlightTerms(entry.title.trim() ? firstLine(entry.body) : '', terms);
  const titleId = `entry-title-${entry.id}`;
  const detailsId = `entry-details-${entry.id}`;
  return (
    <button
      type="button"
      className={`entry-row${selected ? ' selected' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={detailsId}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onOpen(entry.id)}
    >
      <span className="entry-title-line">
        <span className="entry-title" id={titleId}>
          <Marked parts={highlightTerms(title, terms)} />
        </span>
        {day && <span className="entry-row-day">{day}</span>}
      </span>
      <span id={detailsId} className="entry-details">
        <span className="entry-preview">
          <Marked parts={preview} />
        </span>
        <span className="entry-meta">
          <EntryChips pillars={entry.pillars} tags={entry.tags} />
        </span>
      </span>
    </button>
  );
});
