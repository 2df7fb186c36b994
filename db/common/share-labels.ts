// The words a share export and a review write, in English and Korean. The core
// cannot import the renderer's locale files, so the few labels these documents
// need live here (pure); the renderer's locales stay the source for UI text.
import { PILLARS, type Pillar } from './model';

export const SHARE_LANGS = ['en', 'ko'] as const;
export type ShareLang = (typeof SHARE_LANGS)[number];

/** Entries with this tag stay in the app unless the user includes them for one share. */
export const PRIVATE_TAG = 'private';

/** The message of the not_found error an export of nothing ends with (no file is written). */
export const NOTHING_TO_EXPORT = 'Nothing to export: no entries match the filter.';

export function isPrivate(entry: { tags: readonly string[] }): boolean {
  return entry.tags.includes(PRIVATE_TAG);
}

/** `ko`, `ko-KR`, `ko_KR.UTF-8` → ko; anything else → en. */
export function shareLangOf(locale: string | undefined | null): ShareLang {
  return (locale ?? '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export interface ShareLabels {
  pillars: Record<Pillar, string>;
  /** Sunday first, as Date#getUTCDay. */
  weekdays: readonly string[];
  months: readonly string[];
  pillarsLabel: string;
  tagsLabel: string;
  documentTitle: string;
  entries: (count: string, n: number) => string;
  exportedOn: (day: string) => string;
  filterLabel: string;
  filter: {
    trash: string;
    pillars: (names: string) => string;
    tags: (tags: string) => string;
    between: (from: string, to: string) => string;
    from: (from: string) => string;
    to: (to: string) => string;
    search: (query: string) => string;
  };
}

export const SHARE_LABELS: Record<ShareLang, ShareLabels> = {
  en: {
    pillars: { culture: 'Culture', automation: 'Automation', measurement: 'Measurement', sharing: 'Sharing' },
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    pillarsLabel: 'Pillars',
    tagsLabel: 'Tags',
    documentTitle: 'Pileup journal',
    entries: (count, n) => `${count} ${n === 1 ? 'entry' : 'entries'}`,
    exportedOn: (day) => `exported from Pileup on ${day}`,
    filterLabel: 'filter',
    filter: {
      trash: 'trash',
      pillars: (names) => `pillars ${names}`,
      tags: (tags) => `tags ${tags}`,
      between: (from, to) => `${from} to ${to}`,
      from: (from) => `from ${from}`,
      to: (to) => `to ${to}`,
      search: (query) => `search “${query}”`,
    },
  },
  ko: {
    pillars: { culture: '문화', automation: '자동화', measurement: '측정', sharing: '공유' },
    weekdays: ['일', '월', '화', '수', '목', '금', '토'],
    months: ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'],
    pillarsLabel: '기둥',
    tagsLabel: '태그',
    documentTitle: 'Pileup 저널',
    entries: (count) => `기록 ${count}개`,
    exportedOn: (day) => `${day} Pileup에서 내보냄`,
    filterLabel: '필터',
    filter: {
      trash: '휴지통',
      pillars: (names) => `기둥 ${names}`,
      tags: (tags) => `태그 ${tags}`,
      between: (from, to) => `${from} ~ ${to}`,
      from: (from) => `${from}부터`,
      to: (to) => `${to}까지`,
      search: (query) => `검색 “${query}”`,
    },
  },
};

const NUMBER_LOCALE: Record<ShareLang, string> = { en: 'en-US', ko: 'ko-KR' };

/** 1,234 in both languages. */
export function formatNumber(n: number, lang: ShareLang): string {
  return n.toLocaleString(NUMBER_LOCALE[lang]);
}

function dayParts(day: string): { year: number; month: number; date: number; weekday: number } {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return { year, month, date, weekday: new Date(Date.UTC(year, month - 1, date)).getUTCDay() };
}

/** `Friday, November 20, 2026` / `2026년 11월 20일 (금)`. */
export function formatLongDay(day: string, lang: ShareLang): string {
  const { year, month, date, weekday } = dayParts(day);
  const labels = SHARE_LABELS[lang];
  const weekdayName = labels.weekdays[weekday] ?? '';
  if (lang === 'ko') return `${year}년 ${month}월 ${date}일 (${weekdayName})`;
  return `${weekdayName}, ${labels.months[month - 1] ?? ''} ${date}, ${year}`;
}

/** `November 20, 2026` / `2026년 11월 20일`. */
export function formatDate(day: string, lang: ShareLang): string {
  const { year, month, date } = dayParts(day);
  if (lang === 'ko') return `${year}년 ${month}월 ${date}일`;
  return `${SHARE_LABELS.en.months[month - 1] ?? ''} ${date}, ${year}`;
}

/** A day in a list: `11월 20일 (금)` in Korean, the ISO day in English (as English reviews have always written it). */
export function formatListDay(day: string, lang: ShareLang): string {
  if (lang === 'en') return day;
  const { month, date, weekday } = dayParts(day);
  return `${month}월 ${date}일 (${SHARE_LABELS.ko.weekdays[weekday] ?? ''})`;
}

/** The pillar a name stands for in either language (any case), or null. */
export function pillarOfName(name: string): Pillar | null {
  const wanted = name.trim().toLowerCase();
  for (const lang of SHARE_LANGS) {
    const found = PILLARS.find((pillar) => SHARE_LABELS[lang].pillars[pillar].toLowerCase() === wanted);
    if (found) return found;
  }
  return null;
}
