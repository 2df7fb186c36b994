// Turns a period's figures and entries into a review in markdown that reads
// well on GitHub, in a team wiki and in the app's preview.
import { PILLARS, type Pillar, type PillarCounts, type Streaks, type TagCount } from '../common/model';
import type { Period } from './calendar';
import { daysBetween } from '../common/calendar';

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
}

const PILLAR_NAMES: Record<Pillar, string> = {
  culture: 'Culture',
  automation: 'Automation',
  measurement: 'Measurement',
  sharing: 'Sharing',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function heading(period: Period): string {
  if (period.kind === 'week') return `# Pileup review — week ${period.period}`;
  const month = MONTHS[Number(period.period.slice(5)) - 1] ?? '';
  return `# Pileup review — ${month} ${period.period.slice(0, 4)} (${period.period})`;
}

function summary(data: ReviewData): string {
  const days = daysBetween(data.period.from, data.period.to) + 1;
  return `${data.period.from} – ${data.period.to} · ${plural(data.count, 'entry', 'entries')} on ${data.daysWritten} of ${days} days`;
}

function pillarTable(data: ReviewData): string[] {
  const lines = ['## Pillars', '', '| Pillar | Entries |', '| --- | ---: |'];
  for (const p of PILLARS) lines.push(`| ${PILLAR_NAMES[p]} | ${data.pillarCounts[p]} |`);
  const sum = PILLARS.reduce((total, p) => total + data.pillarCounts[p], 0);
  if (sum > data.count) lines.push('', '_An entry may belong to several pillars, so the counts add up to more than the entries._');
  return lines;
}

function streakLines(data: ReviewData): string[] {
  const { streaks } = data;
  const longestEver =
    streaks.longest > 0 && streaks.longestEnd
      ? `- Longest streak so far: ${plural(streaks.longest, 'day', 'days')}, ending ${streaks.longestEnd}`
      : '- Longest streak so far: none yet';
  return [
    '## Streaks',
    '',
    `- Longest run in this ${data.period.kind}: ${plural(data.longestInPeriod, 'day', 'days')}`,
    `- Streak on ${data.streakDay}: ${plural(streaks.current, 'day', 'days')}`,
    longestEver,
  ];
}

function tagLine(tags: TagCount[]): string[] {
  if (tags.length === 0) return ['## Tags', '', '_No tags in this period._'];
  return ['## Tags', '', tags.map((t) => `${codeSpan(t.tag)} ×${t.count}`).join(' · ')];
}

/** The part of an entry's line that does not depend on the pillar it is listed under. */
function entryText(entry: ReviewEntry): string {
  const title = entry.title.trim();
  const parts = [entry.day];
  if (title) parts.push(`**${escapeInline(title)}**`);
  if (entry.firstLine && entry.firstLine !== title) parts.push(safeFirstLine(entry.firstLine));
  if (parts.length === 1) parts.push('_(untitled)_');
  return parts.join(' — ');
}

function entriesByPillar(data: ReviewData): string[] {
  if (data.entries.length === 0) return ['## Entries', '', `_No entries in this ${data.period.kind}._`];
  const lines = new Map<Pillar, string[]>(PILLARS.map((p) => [p, []]));
  for (const entry of data.entries) {
    const text = entryText(entry);
    for (const pillar of entry.pillars) {
      const others = entry.pillars.length > 1 ? entry.pillars.filter((p) => p !== pillar).map((p) => PILLAR_NAMES[p]) : [];
      lines.get(pillar)?.push(`- ${text}${others.length ? ` _(also ${others.join(', ')})_` : ''}`);
    }
  }
  const out: string[] = [];
  for (const pillar of PILLARS) {
    const list = lines.get(pillar) ?? [];
    if (list.length === 0) continue;
    if (out.length) out.push('');
    out.push(`## ${PILLAR_NAMES[pillar]} (${list.length})`, '', ...list);
  }
  return out;
}

export function renderReviewMarkdown(data: ReviewData): string {
  const blocks = [
    [heading(data.period), '', summary(data)],
    pillarTable(data),
    streakLines(data),
    tagLine(data.tags),
    entriesByPillar(data),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
