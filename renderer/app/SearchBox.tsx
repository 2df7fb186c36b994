// The search box: the query syntax goes straight through as filter.query.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { stepMatch } from '../entry/matchSteps';
import { focusFirstRow } from '../journal/focusRows';

export const SearchBox = forwardRef<HTMLInputElement, { value: string; onChange: (value: string) => void }>(function SearchBox(
  { value, onChange },
  ref,
) {
  const { t } = useTranslation('app');
  return (
    <div className="search">
      <svg className="search-icon" width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
        <circle cx="7" cy="7" r="4.5" />
        <path d="m10.5 10.5 3.5 3.5" />
      </svg>
      <input
        ref={ref}
        type="search"
        aria-label={t('search.label')}
        aria-keyshortcuts="Control+F Meta+F /"
        placeholder={t('search.placeholder')}
        value={value}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            onChange('');
          } else if (e.key === 'ArrowDown' && !e.nativeEvent.isComposing && focusFirstRow()) {
            // Down from the search box goes into the results.
            e.preventDefault();
          }
          // Enter / Shift+Enter step through the matches in the open entry (never while the IME composes).
          if (e.key === 'Enter' && !e.nativeEvent.isComposing && stepMatch(e.shiftKey ? -1 : 1)) e.preventDefault();
        }}
      />
      {value === '' ? (
        <kbd className="search-kbd" aria-hidden="true">
          /
        </kbd>
      ) : (
        <button type="button" className="search-clear" aria-label={t('search.clear')} onClick={() => onChange('')}>
          ×
        </button>
      )}
    </div>
  );
});
