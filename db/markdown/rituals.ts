// The share rituals as markdown: weekly snippets ("what I did" by pillar, then
// "what's next" for the user to fill) and a brag document (a month or a
// quarter by pillar, then by month, with counts). Titles and first lines, links
// kept; pure: the caller picks the entries (private ones already left out).
import { PILLARS, type Entry, type Pillar } from '../common/model';
import { SHARE_LABELS, formatListDay, formatNumber, type ShareLang } from '../common/share-labels';
import { firstLine } from '../insights/first-line';
import { RITUAL_LABELS } from './ritual-labels';
import type { RitualPeriod } from './ritual-period';
import { escapeShareText, visibleTitle } from './share-layout';

export type RitualEntry = Pick<Entry, 'day' | 'title' | 'body' | 'pillars'>;

/** First lines keep their inline markdown (links above all), never raw HTML. */
const safeFirstLine = (text: string): string => text.replace(/</g, '&lt;');

/** `- 2026-11-23 — **Title** — its first line` (the day as the language writes a list day). */
export function ritualLine(entry: RitualEntry, lang: ShareLang): string {
  const title = visibleTitle(entry, lang);
  const parts = [formatListDay(entry.day, lang), `**${escapeShareText(title)}**`];
  const first = firstLine(entry.body);
  if (first && first !== title && !title.startsWith(first.replace(/…$/, ''))) parts.push(safeFirstLine(first));
  return `- ${parts.join(' — ')}`;
}

/** Oldest first, entries of a day in the order given. */
function chronological<E extends RitualEntry>(entries: readonly E[]): E[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.day === b.entry.day ? a.index - b.index : a.entry.day < b.entry.day ? -1 : 1))
    .map(({ entry }) => entry);
}

/** Each pillar with its entries (an entry of two pillars is listed under both), in the pillars' order, empty ones left out. */
function byPillar<E extends RitualEntry>(entries: readonly E[]): [Pillar, E[]][] {
  const groups = new Map<Pillar, E[]>(PILLARS.map((p) => [p, []]));
  for (const entry of entries) for (const pillar of entry.pillars) groups.get(pillar)?.push(entry);
  return PILLARS.map((p): [Pillar, E[]] => [p, groups.get(p) ?? []]).filter(([, list]) => list.length > 0);
}

const heading = (name: string, count: number, lang: ShareLang): string => `${name} (${formatNumber(count, lang)})`;

export function renderSnippets(entries: readonly RitualEntry[], period: RitualPeriod, lang: ShareLang): string {
  const labels = RITUAL_LABELS[lang];
  const names = SHARE_LABELS[lang].pillars;
  const out = [`# ${labels.snippetsTitle(period)}`, '', `> ${labels.summary(period, entries.length)}`, '', `## ${labels.did}`];
  for (const [pillar, list] of byPillar(chronological(entries))) {
    out.push('', `### ${heading(names[pillar], list.length, lang)}`, '', ...list.map((e) => ritualLine(e, lang)));
  }
  out.push('', `## ${labels.next}`, '', `- ${labels.nextPlaceholder}`);
  return `${out.join('\n')}\n`;
}

export function renderBrag(entries: readonly RitualEntry[], period: RitualPeriod, lang: ShareLang): string {
  const labels = RITUAL_LABELS[lang];
  const names = SHARE_LABELS[lang].pillars;
  const groups = byPillar(chronological(entries));
  const out = [`# ${labels.bragTitle(period)}`, '', `> ${labels.summary(period, entries.length)}`, '', `## ${labels.countsHeading}`, ''];
  for (const [pillar, list] of groups) out.push(`- ${names[pillar]}: ${formatNumber(list.length, lang)}`);
  for (const [pillar, list] of groups) {
    out.push('', `## ${heading(names[pillar], list.length, lang)}`);
    const months = new Map<string, RitualEntry[]>();
    for (const entry of list) {
      const month = entry.day.slice(0, 7);
      const inMonth = months.get(month) ?? [];
      inMonth.push(entry);
      months.set(month, inMonth);
    }
    for (const [month, inMonth] of months) {
      out.push('', `### ${heading(labels.month(month), inMonth.length, lang)}`, '', ...inMonth.map((e) => ritualLine(e, lang)));
    }
  }
  return `${out.join('\n')}\n`;
}
