// A review's words in English and Korean; pillar names, day and number
// formats come from the labels every shared document uses.
import { SHARE_LABELS, formatNumber, type ShareLang } from '../common/share-labels';
import type { Period } from './calendar';

export interface ReviewLabels {
  heading: (period: Period) => string;
  entries: (n: number) => string;
  days: (n: number) => string;
  /** `4 entries on 3 of 7 days`. */
  written: (entries: number, daysWritten: number, days: number) => string;
  pillarsHeading: string;
  pillarColumn: string;
  entriesColumn: string;
  severalPillars: string;
  streaksHeading: string;
  longestInPeriod: (kind: Period['kind'], days: number) => string;
  streakOn: (day: string, days: number) => string;
  longestEver: (days: number, end: string) => string;
  noLongestEver: string;
  tagsHeading: string;
  noTags: string;
  entriesHeading: string;
  noEntries: (kind: Period['kind']) => string;
  untitled: string;
  also: (pillars: string) => string;
}

const n = (value: number, lang: ShareLang): string => formatNumber(value, lang);

const en: ReviewLabels = {
  heading: (period) => {
    if (period.kind === 'week') return `Pileup review — week ${period.period}`;
    const month = SHARE_LABELS.en.months[Number(period.period.slice(5)) - 1] ?? '';
    return `Pileup review — ${month} ${period.period.slice(0, 4)} (${period.period})`;
  },
  entries: (count) => `${n(count, 'en')} ${count === 1 ? 'entry' : 'entries'}`,
  days: (count) => `${n(count, 'en')} ${count === 1 ? 'day' : 'days'}`,
  written: (entries, daysWritten, days) => `${en.entries(entries)} on ${n(daysWritten, 'en')} of ${n(days, 'en')} days`,
  pillarsHeading: 'Pillars',
  pillarColumn: 'Pillar',
  entriesColumn: 'Entries',
  severalPillars: 'An entry may belong to several pillars, so the counts add up to more than the entries.',
  streaksHeading: 'Streaks',
  longestInPeriod: (kind, days) => `Longest run in this ${kind}: ${en.days(days)}`,
  streakOn: (day, days) => `Streak on ${day}: ${en.days(days)}`,
  longestEver: (days, end) => `Longest streak so far: ${en.days(days)}, ending ${end}`,
  noLongestEver: 'Longest streak so far: none yet',
  tagsHeading: 'Tags',
  noTags: 'No tags in this period.',
  entriesHeading: 'Entries',
  noEntries: (kind) => `No entries in this ${kind}.`,
  untitled: '(untitled)',
  also: (pillars) => `also ${pillars}`,
};

const ko: ReviewLabels = {
  heading: (period) => {
    if (period.kind === 'week') return `Pileup 회고 — ${period.period} 주간`;
    return `Pileup 회고 — ${period.period.slice(0, 4)}년 ${Number(period.period.slice(5))}월 (${period.period})`;
  },
  entries: (count) => `기록 ${n(count, 'ko')}개`,
  days: (count) => `${n(count, 'ko')}일`,
  written: (entries, daysWritten, days) => `${n(days, 'ko')}일 중 ${n(daysWritten, 'ko')}일 동안 기록 ${n(entries, 'ko')}개`,
  pillarsHeading: '기둥',
  pillarColumn: '기둥',
  entriesColumn: '기록',
  severalPillars: '한 기록이 여러 기둥에 속할 수 있어 합계가 기록 수보다 많습니다.',
  streaksHeading: '연속 기록',
  longestInPeriod: (kind, days) => `이번 ${kind === 'week' ? '주' : '달'} 가장 긴 연속: ${ko.days(days)}`,
  streakOn: (day, days) => `${day} 기준 연속: ${ko.days(days)}`,
  longestEver: (days, end) => `지금까지 가장 긴 연속: ${ko.days(days)} (${end}까지)`,
  noLongestEver: '지금까지 가장 긴 연속: 아직 없음',
  tagsHeading: '태그',
  noTags: '이 기간에는 태그가 없습니다.',
  entriesHeading: '기록',
  noEntries: (kind) => `이번 ${kind === 'week' ? '주' : '달'}에는 기록이 없습니다.`,
  untitled: '(제목 없음)',
  also: (pillars) => `${pillars}에도 속함`,
};

export const REVIEW_LABELS: Record<ShareLang, ReviewLabels> = { en, ko };
