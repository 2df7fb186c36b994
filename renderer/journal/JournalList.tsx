// The journal as a virtual list: day headers and entry rows, only the visible
// ones in the DOM, so 100,000 entries scroll like 100. Pages load as the end nears.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryListItem } from '../../db/common/model';
import { addDays } from '../../db/common/calendar';
import { formatDay, formatShortDay, localToday } from '../common/dates';
import { Marked } from '../common/Marked';
import { EntryChips } from '../common/PillarChip';
import { buildRows, firstLine, highlightTerms, jumpTargetRow, type ListRow } from './rows';
import './time-keys.css';

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
  /** A day to scroll to (from the calendar), or the nearest older one; `seq` tells a repeated jump apart. */
  jumpTo?: DayJump | null;
}

export interface DayJump {
  day: string;
  seq: number;
}

export function JournalList({ label, entries, terms, hasMore, selectedId, onOpen, onLoadMore, resultsFor, groupByDay, jumpTo = null }: JournalListProps) {
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

  // A jump to a day: load pages (newest first) until that day or an older one
  // is in the rows, then bring its header to the top and focus its first entry.
  const doneJump = useRef<number | null>(null);
  useEffect(() => {
    if (!jumpTo || doneJump.current === jumpTo.seq) return;
    const at = jumpTargetRow(rows, jumpTo.day, groupByDay);
    if (at === null) {
      if (hasMore) onLoadMore();
      else doneJump.current = jumpTo.seq;
      return;
    }
    doneJump.current = jumpTo.seq;
    virtualizer.scrollToIndex(at, { align: 'start' });
    const entryAt = rows[at]?.kind === 'day' ? at + 1 : at;
    let framesLeft = 10;
    const focusWhenRendered = () => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${entryAt}"] .entry-row`);
      if (row) row.focus({ preventScroll: true });
      else if (--framesLeft > 0) requestAnimationFrame(focusWhenRendered);
    };
    requestAnimationFrame(focusWhenRendered);
  }, [jumpTo, rows, groupByDay, hasMore, onLoadMore, virtualizer]);

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

  // The day of the row under the list's top edge, pinned there while its entries scroll by.
  const stuckDay = groupByDay ? dayAtOffset(rows, items, virtualizer.scrollOffset ?? 0) : null;

  return (
    <div className="list-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
      {stuckDay && (
        <div className="sticky-day" aria-hidden="true">
          <span>{dayLabel(stuckDay)}</span>
        </div>
      )}
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

/** The day of the first row that reaches below `offset` (null at the very top, where its own header shows). */
function dayAtOffset(rows: readonly ListRow[], items: readonly VirtualItem[], offset: number): string | null {
  if (offset <= 0) return null;
  const item = items.find((i) => i.end > offset);
  const row = item ? rows[item.index] : undefined;
  if (!row) return null;
  // The header itself is still in view: no need to pin a copy over it.
  if (row.kind === 'day' && item && item.start >= offset - 1) return null;
  return row.kind === 'day' ? row.day : row.entry.day;
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
