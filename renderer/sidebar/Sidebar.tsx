// Views, filters and the language switch. Filters live in the route, so they
// stay put while the user moves between views.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter, PillarCounts } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';
import type { Totals } from '../app/data';
import { EMPTY_FILTER, isFiltered, type JournalFilter, type View } from '../app/route';
import { formatNumber } from '../common/numbers';
import { PillarIcon } from '../common/PillarChip';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { useSaveSettings } from '../settings/data';
import { SettingsButton } from '../settings/SettingsButton';
import '../journal/strings';
import { MiniCalendar } from './MiniCalendar';
import { TagPicker } from './TagPicker';

export interface SidebarProps {
  view: View;
  onView: (view: View) => void;
  filter: JournalFilter;
  onFilter: (filter: JournalFilter) => void;
  counts: PillarCounts | null;
  totals: Totals | null;
  onNewEntry: () => void;
  /** Opens the Settings view (the gear in the footer). */
  onSettings?: () => void;
  /** What the tag suggestions count within: the list's own filter, so a suggested tag never leads to an empty list. */
  tagFilter?: ListFilter;
  /** The day the journal last jumped to from the calendar. */
  jumpedTo?: string | null;
  /** Scrolls the journal to a day (from the calendar). */
  onJumpToDay?: (day: string) => void;
}

export function Sidebar({ view, onView, filter, onFilter, counts, totals, onNewEntry, tagFilter, jumpedTo = null, onJumpToDay, onSettings }: SidebarProps) {
  const { t, i18n } = useTranslation('app');
  const { t: tk } = useTranslation('timekeys');
  // Insights shows the whole journal: filters that changed nothing there would only mislead.
  const showFilters = view !== 'insights';
  const fromId = useId();
  const toId = useId();
  const languageId = useId();
  const saveSettings = useSaveSettings();
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

  const navItems: { view: View; label: string; count?: number }[] = [
    { view: 'journal', label: t('nav.journal'), count: totals?.journal },
    { view: 'insights', label: t('nav.insights') },
    { view: 'trash', label: t('nav.trash'), count: totals?.trash },
  ];

  return (
    <aside className="sidebar">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
          <rect x="3" y="15" width="18" height="5" rx="1.5" className="brand-c" />
          <rect x="5" y="9.5" width="14" height="4.5" rx="1.5" className="brand-a" />
          <rect x="7" y="4.5" width="10" height="4" rx="1.5" className="brand-m" />
        </svg>
        <div>
          <div className="brand-name">{t('appName')}</div>
          <div className="brand-tagline">{t('tagline')}</div>
        </div>
      </div>

      <button type="button" className="button primary new-entry" onClick={onNewEntry}>
        <span aria-hidden="true" className="plus">+</span>
        {t('newEntry')}
        <kbd aria-hidden="true">{isMac ? '⌘N' : 'Ctrl+N'}</kbd>
      </button>

      <nav aria-label={t('nav.label')} className="nav">
        {navItems.map((item) => (
          <button
            key={item.view}
            type="button"
            className={`nav-item${view === item.view ? ' active' : ''}`}
            aria-current={view === item.view ? 'page' : undefined}
            onClick={() => onView(item.view)}
          >
            <NavIcon view={item.view} />
            <span className="nav-label">{item.label}</span>
            {item.count !== undefined && <span className="nav-count">{formatNumber(item.count, i18n.language)}</span>}
          </button>
        ))}
      </nav>

      {onJumpToDay && <MiniCalendar chosenDay={jumpedTo} onJump={onJumpToDay} />}

      {showFilters && (
      <>
      <section className="sidebar-section" aria-labelledby="pillar-filter-heading">
        <h2 id="pillar-filter-heading" className="section-title">
          {t('pillars.filterLabel')}
        </h2>
        <p id="pillar-filter-hint" className="field-hint filter-logic">
          {tk('filters.pillarsAny')}
        </p>
        <div className="pillar-toggles" role="group" aria-labelledby="pillar-filter-heading" aria-describedby="pillar-filter-hint">
          {PILLARS.map((pillar) => {
            const on = filter.pillars.includes(pillar);
            return (
              <button
                key={pillar}
                type="button"
                aria-pressed={on}
                className={`pillar-toggle pillar-${pillar}${on ? ' on' : ''}`}
                onClick={() =>
                  onFilter({
                    ...filter,
                    pillars: PILLARS.filter((p) => (p === pillar ? !on : filter.pillars.includes(p))),
                  })
                }
              >
                <span className="pillar-swatch">
                  <PillarIcon pillar={pillar} size={13} />
                </span>
                <span className="pillar-name">{t(`pillars.${pillar}`)}</span>
                <span className="pillar-count">{counts ? formatNumber(counts[pillar], i18n.language) : '–'}</span>
                <span className="check-mark" aria-hidden="true">
                  {on ? '✓' : ''}
                </span>
              </button>
            );
          })}
        </div>
      </section>

      <section className="sidebar-section">
        <TagPicker
          label={t('filters.tagFilter')}
          tags={filter.tags}
          onChange={(tags) => onFilter({ ...filter, tags })}
          suggestionCount={8}
          suggestionFilter={tagFilter}
          hint={tk('filters.tagsAll')}
          className="sidebar-tags"
        />
      </section>

      <section className="sidebar-section" aria-labelledby="day-range-heading">
        <h2 id="day-range-heading" className="section-title">
          {t('filters.dayRange')}
        </h2>
        <div className="day-range">
          <label htmlFor={fromId}>{t('filters.from')}</label>
          <input id={fromId} type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => onFilter({ ...filter, from: e.target.value })} />
          <label htmlFor={toId}>{t('filters.to')}</label>
          <input id={toId} type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => onFilter({ ...filter, to: e.target.value })} />
        </div>
      </section>

      {isFiltered(filter) && (
        <button
          type="button"
          className="button subtle clear-filters"
          onClick={() => onFilter(EMPTY_FILTER)}
        >
          {t('filters.clear')}
        </button>
      )}
      </>
      )}

      <div className="sidebar-footer">
        <label htmlFor={languageId} className="field-label">
          {t('language.label')}
        </label>
        <select
          id={languageId}
          value={i18n.language}
          onChange={(e) => {
            const language = e.target.value as Language;
            setLanguage(language);
            // The journal's setting follows, so Settings and the next start agree with this pick.
            saveSettings.mutate({ language });
          }}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {t(`language.${lang}`)}
            </option>
          ))}
        </select>
        {onSettings && <SettingsButton active={view === 'settings'} onClick={onSettings} />}
      </div>
    </aside>
  );
}

function NavIcon({ view }: { view: View }) {
  const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  if (view === 'journal')
    return (
      <svg {...common}>
        <rect x="3" y="2" width="10" height="12" rx="1.5" />
        <path d="M5.5 5.5h5M5.5 8h5M5.5 10.5h3" />
      </svg>
    );
  if (view === 'insights')
    return (
      <svg {...common}>
        <path d="M2 13.5h12M4 11V8M7 11V4.5M10 11V6.5M13 11V3" />
      </svg>
    );
  return (
    <svg {...common}>
      <path d="M2.5 4.5h11M6 4.5V3h4v1.5M4 4.5l.7 9h6.6l.7-9M6.7 7v4.5M9.3 7v4.5" />
    </svg>
  );
}
