// A tag box: typed text becomes tags on Enter or comma, with suggestions from
// the journal's existing tags. Used by the sidebar filter and the editor.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../db/common/model';
import { useTagSuggestions } from '../app/data';
import { isImeKey } from '../common/keys';
import { formatNumber } from '../common/numbers';
import { addTags, splitTags } from '../editor/drafts';

export interface TagPickerProps {
  label: string;
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  /** Controlled text of the box (the editor keeps it in its draft). */
  text?: string;
  onTextChange?: (text: string) => void;
  hint?: string;
  placeholder?: string;
  suggestionCount?: number;
  /** Suggestions count the entries of this filter only (the sidebar's); all entries without one (the editor). */
  suggestionFilter?: ListFilter;
  className?: string;
}

export function TagPicker({
  label, tags, onChange, text: controlledText, onTextChange, hint, placeholder, suggestionCount = 6, suggestionFilter, className,
}: TagPickerProps) {
  const { t, i18n } = useTranslation('app');
  const [ownText, setOwnText] = useState('');
  const text = controlledText ?? ownText;
  const setText = onTextChange ?? setOwnText;
  const inputId = useId();
  const hintId = useId();
  const suggestionsId = useId();
  const suggestions = useTagSuggestions(text, suggestionCount + tags.length, suggestionFilter).filter(
    (s) => !tags.some((tag) => tag.toLocaleLowerCase() === s.tag.toLocaleLowerCase()),
  ).slice(0, suggestionCount);

  // The suggestion ArrowDown/ArrowUp highlighted, which Enter completes; -1 for none (Enter keeps the typed text).
  const [highlight, setHighlight] = useState({ index: -1, forText: text });
  const active = highlight.forText === text && highlight.index < suggestions.length ? highlight.index : -1;

  const commit = (value: string) => {
    const more = splitTags(value);
    if (more.length > 0) onChange(addTags(tags, more));
    setText('');
    setHighlight({ index: -1, forText: '' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter while a Korean syllable is still being composed belongs to the IME.
    if (isImeKey(event.nativeEvent)) return;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && suggestions.length > 0) {
      event.preventDefault();
      // Positions run -1 (the typed text) … last suggestion, and wrap around.
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      setHighlight({ index: next >= suggestions.length ? -1 : next < -1 ? suggestions.length - 1 : next, forText: text });
      return;
    }
    if (event.key === 'Escape' && active >= 0) {
      event.preventDefault();
      setHighlight({ index: -1, forText: text });
      return;
    }
    const chosen = suggestions[active];
    if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      commit(chosen.tag);
      return;
    }
    if (event.key === 'Enter' || event.key === ',') {
      if (text.trim() === '') return;
      event.preventDefault();
      commit(text);
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className={`tag-picker ${className ?? ''}`}>
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <div className="tag-box">
        {tags.map((tag) => (
          <span key={tag} className="chip tag-chip removable" title={`#${tag}`}>
            <span className="chip-text">#{tag}</span>
            <button type="button" aria-label={t('filters.removeTag', { tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={inputId}
          type="text"
          value={text}
          placeholder={placeholder ?? t('filters.tagPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hint ? hintId : undefined}
          aria-controls={suggestions.length > 0 ? suggestionsId : undefined}
          aria-activedescendant={active >= 0 ? `${suggestionsId}-${active}` : undefined}
          onChange={(e) => {
            const value = e.target.value;
            // A pasted or typed comma ends a tag (not while composing: the IME owns the text then).
            if (value.includes(',') && !(e.nativeEvent as InputEvent).isComposing) commit(value);
            else setText(value);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (!onTextChange && text.trim()) commit(text);
          }}
        />
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {suggestions.length > 0 && (
        <div id={suggestionsId} className="tag-suggestions" role="group" aria-label={t('filters.suggestedTags')}>
          {suggestions.map((s, i) => (
            <button
              key={s.tag}
              id={`${suggestionsId}-${i}`}
              type="button"
              className={`chip tag-chip suggestion${i === active ? ' active' : ''}`}
              aria-current={i === active ? 'true' : undefined}
              title={`#${s.tag}`}
              onClick={() => commit(s.tag)}
            >
              <span className="chip-text">#{s.tag}</span> <span className="count">{formatNumber(s.count, i18n.language)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
