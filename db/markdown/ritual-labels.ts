// The words of the ritual documents (weekly snippets, brag document) in
// English and Korean; pillar names, dates and numbers come from the labels
// every shared document uses.
import { SHARE_LABELS, formatDate, formatNumber, type ShareLang } from '../common/share-labels';
import type { RitualPeriod } from './ritual-period';

export interface RitualLabels {
  snippetsTitle: (period: RitualPeriod) => string;
  bragTitle: (period: RitualPeriod) => string;
  /** `November 23 – 29, 2026 · 4 entries`. */
  summary: (period: RitualPeriod, count: number) => string;
  did: string;
  next: string;
  nextPlaceholder: string;
  month: (month: string) => string;
  countsHeading: string;
  untitled: string;
}

const entries = (count: number, lang: ShareLang): string => SHARE_LABELS[lang].entries(formatNumber(count, lang), count);

const range = (period: RitualPeriod, lang: ShareLang): string => `${formatDate(period.from, lang)} – ${formatDate(period.to, lang)}`;

const en: RitualLabels = {
  snippetsTitle: (period) => `Weekly snippets — ${period.period}`,
  bragTitle: (period) => `Brag document — ${period.kind === 'month' ? en.month(period.period) : period.period}`,
  summary: (period, count) => `${range(period, 'en')} · ${entries(count, 'en')}`,
  did: 'What I did',
  next: "What's next",
  nextPlaceholder: '_Write what comes next._',
  month: (month) => `${SHARE_LABELS.en.months[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`,
  countsHeading: 'At a glance',
  untitled: 'Untitled',
};

const ko: RitualLabels = {
  snippetsTitle: (period) => `주간 스니펫 — ${period.period}`,
  bragTitle: (period) => {
    if (period.kind === 'month') return `성과 기록 — ${ko.month(period.period)}`;
    return `성과 기록 — ${period.period.slice(0, 4)}년 ${period.period.slice(6)}분기`;
  },
  summary: (period, count) => `${range(period, 'ko')} · ${entries(count, 'ko')}`,
  did: '한 일',
  next: '다음 주',
  nextPlaceholder: '_다음 주에 할 일을 적어 주세요._',
  month: (month) => `${month.slice(0, 4)}년 ${Number(month.slice(5, 7))}월`,
  countsHeading: '한눈에 보기',
  untitled: '제목 없음',
};

export const RITUAL_LABELS: Record<ShareLang, RitualLabels> = { en, ko };
