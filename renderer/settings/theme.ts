// Applies the Theme and Language settings to the page at once. The theme is
// cached in localStorage so the next start paints in it before the journal answers.
import type { Settings } from '../../db/common/settings';
import i18n, { LANGUAGES, setLanguage, type Language } from '../i18n';

const THEME_CACHE_KEY = 'pileup.theme';
// i18n.ts keeps an explicit language choice under this key; "System" removes it.
const LANGUAGE_KEY = 'pileup.language';

/** System follows the OS (no attribute: color-scheme stays `light dark`); Light and Dark force it. */
export function applyTheme(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    if (theme === 'system') localStorage.removeItem(THEME_CACHE_KEY);
    else localStorage.setItem(THEME_CACHE_KEY, theme);
  } catch {
    // Storage may be unavailable (private mode); the setting itself lives in the journal.
  }
}

function cachedTheme(): Settings['theme'] {
  try {
    const value = localStorage.getItem(THEME_CACHE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Switches i18next now: an explicit language, or back to the OS's. */
export function applyLanguage(language: Settings['language']): void {
  if (language !== 'system') {
    if (i18n.language !== language) setLanguage(language);
    return;
  }
  localStorage.removeItem(LANGUAGE_KEY);
  const lang = systemLanguage();
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/**
 * Applies settings read from the journal at start. "System" leaves the
 * language the window already chose (the OS's, or the sidebar's pick) alone.
 */
export function applyLoadedSettings(settings: Settings): void {
  applyTheme(settings.theme);
  if (settings.language !== 'system' && isLanguage(settings.language)) applyLanguage(settings.language);
}

// At import, before the first paint: the theme the last run used.
applyTheme(cachedTheme());
