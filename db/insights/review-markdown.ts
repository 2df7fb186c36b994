// Turns a period's figures and entries into a review in markdown that reads
// well on GitHub, in a team wiki and in the app's preview, in English or Korean.
import { PILLARS, type Pillar, type PillarCounts, type Streaks, type TagCount } from '../common/model';
import { SHARE_LABELS, formatDate, formatListDay, formatLongDay, formatNumber, type ShareLang } from '../common/share-labels';
import type { Period } from './calendar';
import { daysBetween } from '../common/calendar';
import { REVIEW_LABELS } from './review-labels';

export interface ReviewEntry {
  day: string;
  title: string;
  firstLine: string;
  pillars: Pillar[];
}

export interface ReviewData {
  period: Period;
  count: number;
  daysWritten: number;
  pillarCounts: PillarCounts;
  tags: TagCount[];
  /** Longest run inside the period. */
  longestInPeriod: number;
  /** The streak as of `streakDay`, and the longest ever up to it. */
  streakDay: string;
  streaks: Streaks;
  entries: ReviewEntry[];
  /** Default: en. */
  lang?: ShareLang;
}

/** Titles are plain text: characters that markdown would act on are escaped. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}

/** First lines keep their inline markdown, but never raw HTML. */
function safeFirstLine(text: string): string {
  return text.replace(/</g, '&lt;');
}

function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A day as the review's language writes it: ISO in English, `2026년 11월 22일` in Korean. */
function day(value: string, lang: ShareLang): string {
  return lang === 'en' ? value : formatDate(value, lang);
}

function summary(data: ReviewData, lang: ShareLang): string {
  const labels = REVIEW_LABELS[lang];
  const days = daysBetween(data.period.from, data.period.to) + 1;
  const range = lang === 'en' ? `${data.period.from} – ${data.period.to}` : `${formatLongDay(data.period.from, lang)} – ${formatLongDay(data.period.to, lang)}`;
  return `${range} · ${labels.written(data.count, data.daysWritten, days)}`;
}

function pillarTable(data: ReviewData, lang: ShareLang): string[] {
  const labels = REVIEW_LABELS[lang];
  const names = SHARE_LABELS[lang].pillars;
  const lines = [`## ${labels.pillarsHeading}`, '', `| ${labels.pillarColumn} | ${labels.entriesColumn} |`, '| --- | ---: |'];
  for (const p of PILLARS) lines.push(`| ${names[p]} | ${formatNumber(data.pillarCounts[p], lang)} |`);
  const sum = PILLARS.reduce((total, p) => total + data.pillarCounts[p], 0);
  if (sum > data.count) lines.push('', `_${labels.severalPillars}_`);
  return lines;
}

function streakLines(data: ReviewData, lang: ShareLang): string[] {
  const labels = REVIEW_LABELS[lang];
  const { streaks } = data;
  const longestEver =
    streaks.longest > 0 && streaks.longestEnd ? `- ${labels.longestEver(streaks.longest, day(streaks.longestEnd, lang))}` : `- ${labels.noLongestEver}`;
  return [
    `## ${labels.streaksHeading}`,
    '',
    `- ${labels.longestInPeriod(data.period.kind, data.longestInPeriod)}`,
    `- ${labels.streakOn(day(data.streakDay, lang), streaks.current)}`,
    longestEver,
  ];
}

function tagLine(tags: TagCount[], lang: ShareLang): string[] {
  const labels = REVIEW_LABELS[lang];
  if (tags.length === 0) return [`## ${labels.tagsHeading}`, '', `_${labels.noTags}_`];
  return [`## ${labels.tagsHeading}`, '', tags.map((t) => `${codeSpan(t.tag)} ×${formatNumber(t.count, lang)}`).join(' · ')];
}

/** The part of an entry's line that does not depend on the pillar it is listed under. */
function entryText(entry: ReviewEntry, lang: ShareLang): string {
  const title = entry.title.trim();
  const parts = [formatListDay(entry.day, lang)];
  if (title) parts.push(`**${escapeInline(title)}**`);
  if (entry.firstLine && entry.firstLine !== title) parts.push(safeFirstLine(entry.firstLine));
  if (parts.length === 1) parts.push(`_${REVIEW_LABELS[lang].untitled}_`);
  return parts.join(' — ');
}

function entriesByPillar(data: ReviewData, lang: ShareLang): string[] {
  const labels = REVIEW_LABELS[lang];
  const names = SHARE_LABELS[lang].pillars;
  if (data.entries.length === 0) return [`## ${labels.entriesHeading}`, '', `_${labels.noEntries(data.period.kind)}_`];
  const lines = new Map<Pillar, string[]>(PILLARS.map((p) => [p, []]));
  for (const entry of data.entries) {
    const text = entryText(entry, lang);
    for (const pillar of entry.pillars) {
      const others = entry.pillars.length > 1 ? entry.pillars.filter((p) => p !== pillar).map((p) => names[p]) : [];
      lines.get(pillar)?.push(`- ${text}${others.length ? ` _(${labels.also(others.join(', '))})_` : ''}`);
    }
  }
  const out: string[] = [];
  for (const pillar of PILLARS) {
    const list = lines.get(pillar) ?? [];
    if (list.length === 0) continue;
    if (out.length) out.push('');
    out.push(`## ${names[pillar]} (${formatNumber(list.length, lang)})`, '', ...list);
  }
  return out;
}

export function renderReviewMarkdown(data: ReviewData): string {
  const lang = data.lang ?? 'en';
  const blocks = [
    [`# ${REVIEW_LABELS[lang].heading(data.period)}`, '', summary(data, lang)],
    pillarTable(data, lang),
    streakLines(data, lang),
    tagLine(data.tags, lang),
    entriesByPillar(data, lang),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
