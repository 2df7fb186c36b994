// UI language: English or Korean, following the OS locale until the user picks one.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'pileup.language';

export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ko') return saved;
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Each feature registers its own namespace: `registerStrings('insights', { en: {...}, ko: {...} })`. */
export function registerStrings(namespace: string, strings: Record<Language, Record<string, unknown>>): void {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, namespace, strings[language], true, true);
}

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'en',
  defaultNS: 'app',
  ns: ['app'],
  resources: { en: { app: {} }, ko: { app: {} } },
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export default i18n;
