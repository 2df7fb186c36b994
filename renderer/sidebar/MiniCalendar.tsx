// A month of days in the sidebar: days with entries marked, today outlined.
// One tab stop; arrow keys move between days (and across months), Enter or a
// click jumps the journal to that day.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shiftMonth } from '../../db/common/calendar';
import { api } from '../api/client';
import { afterStampRead } from '../app/journalSync';
import { dateFormat, dayToDate, formatDay, localToday } from '../common/dates';
import '../journal/strings';
import './mini-calendar.css';
import { dayAfterKey, firstWeekdayOf, monthGrid, weekdayColumns } from './calendarGrid';

export interface MiniCalendarProps {
  /** The day the journal last jumped to, shown as chosen. */
  chosenDay: string | null;
  onJump: (day: string) => void;
}

export function MiniCalendar({ chosenDay, onJump }: MiniCalendarProps) {
  const { t, i18n } = useTranslation('timekeys');
  const language = i18n.language;
  const today = localToday();
  const [focusDay, setFocusDay] = useState(chosenDay ?? today);
  const month = focusDay.slice(0, 7);
  const firstWeekday = firstWeekdayOf(language);
  const weeks = useMemo(() => monthGrid(month, firstWeekday), [month, firstWeekday]);
  const from = weeks[0]?.[0]?.day ?? `${month}-01`;
  const to = weeks.at(-1)?.at(-1)?.day ?? `${month}-28`;
  const counts = useDayCounts(from, to);
  const gridRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);
  const captionId = useId();
  const hintId = useId();

  // Focus follows the keyboard only: a click on the month buttons keeps focus there.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onJump(day);
      return;
    }
    const next = dayAfterKey(day, event.key, firstWeekday);
    if (!next) return;
    event.preventDefault();
    moved.current = true;
    setFocusDay(next);
  };

  const shownMonth = dateFormat(language, { year: 'numeric', month: 'long' }).format(dayToDate(`${month}-01`));
  const weekday = dateFormat(language, { weekday: 'narrow' });
  const weekdayLong = dateFormat(language, { weekday: 'long' });
  return (
    <section className="sidebar-section mini-calendar">
      <div className="mini-calendar-head">
        <h2 className="section-title" id={captionId} aria-live="polite">
          {shownMonth}
        </h2>
        <div className="mini-calendar-nav">
          <button type="button" className="button icon small" aria-label={t('calendar.previous')} onClick={() => setFocusDay(`${shiftMonth(month, -1)}-01`)}>
            ‹
          </button>
          <button type="button" className="button icon small" aria-label={t('calendar.today')} title={t('calendar.today')} onClick={() => setFocusDay(today)}>
            •
          </button>
          <button type="button" className="button icon small" aria-label={t('calendar.next')} onClick={() => setFocusDay(`${shiftMonth(month, 1)}-01`)}>
            ›
          </button>
        </div>
      </div>
      <table ref={gridRef} role="grid" className="mini-calendar-grid" aria-label={t('calendar.label')} aria-describedby={`${captionId} ${hintId}`}>
        <thead>
          <tr>
            {weekdayColumns(firstWeekday).map((w) => (
              // 2024-01-01 was a Monday.
              <th key={w} scope="col" abbr={weekdayLong.format(dayToDate(`2024-01-0${w + 1}`))}>
                {weekday.format(dayToDate(`2024-01-0${w + 1}`))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.day}>
              {week.map(({ day, inMonth }) => {
                const count = counts.get(day) ?? 0;
                const classes = ['mini-day', inMonth ? '' : 'outside', count > 0 ? 'has-entries' : '', day === today ? 'today' : '', day === chosenDay ? 'chosen' : '']
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td key={day} role="gridcell" aria-selected={day === chosenDay}>
                    <button
                      type="button"
                      className={classes}
                      data-day={day}
                      tabIndex={day === focusDay ? 0 : -1}
                      aria-current={day === today ? 'date' : undefined}
                      aria-label={t('calendar.day', { date: formatDay(day, language), count })}
                      onClick={() => {
                        setFocusDay(day);
                        onJump(day);
                      }}
                      onKeyDown={(event) => onKeyDown(event, day)}
                    >
                      {Number(day.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={hintId} className="visually-hidden">
        {t('calendar.hint')}
      </p>
    </section>
  );
}

/** Entries per day in the shown weeks (countByDay), refreshed with the journal. */
function useDayCounts(from: string, to: string): Map<string, number> {
  const { data } = useQuery({
    // Under 'journal', so a write refreshes the marks with everything else.
    queryKey: ['journal', 'days', from, to],
    queryFn: async ({ client }) => {
      await afterStampRead(client);
      return api.countByDay({ from, to });
    },
    placeholderData: keepPreviousData,
  });
  return useMemo(() => new Map((data ?? []).map((d) => [d.day, d.count])), [data]);
}
