// The share layout: clean markdown for people, no machine comments.
//
//   # Pileup journal                    (document)
//   > 3 entries · … · exported from Pileup on 2026-11-26
//   ## Friday, November 20, 2026        (day)
//   ### Title                           (entry)
//   Pillars: Automation, Sharing · Tags: #k8s
//   body, its own headings moved three levels down (capped at ######)
//
// import-share.ts reads it back as faithfully as the text allows.
import type { Entry, ListFilter } from '../common/model';
import { SHARE_LABELS, formatLongDay, formatNumber, type ShareLang } from '../common/share-labels';
import { DayGroupedWriter } from './day-writer';
import { headingsDown } from './share-headings';

/** How many levels a body heading moves down: a body `#` sits under the entry's `###`. */
export const BODY_HEADING_SHIFT = 3;

const UNTITLED: Record<ShareLang, string> = { en: 'Untitled', ko: '제목 없음' };

/** What the reader sees as an entry's title: its title, else the body's first line (clipped), else "Untitled". */
export function visibleTitle(entry: Pick<Entry, 'title' | 'body'>, lang: ShareLang = 'en'): string {
  const title = entry.title.replace(/\s+/g, ' ').trim();
  if (title) return title;
  const firstLine = entry.body.split('\n').find((l) => l.trim() !== '') ?? '';
  const text = firstLine.replace(/^\s*#+\s*/, '').trim();
  if (!text) return UNTITLED[lang];
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** True for the text an untitled entry's heading shows, in either language. */
export function isUntitledHeading(heading: string, body: string): boolean {
  return heading === visibleTitle({ title: '', body }, 'en') || heading === visibleTitle({ title: '', body }, 'ko');
}

const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;

/** Plain text in a heading or the metadata line: markdown's inline characters escaped, and a final # that would read as a closing sequence. */
export function escapeShareText(text: string): string {
  const escaped = text.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped.endsWith('#') ? `${escaped.slice(0, -1)}\\#` : escaped;
}

/** The reverse of escapeShareText: a backslash before an escaped character goes. */
export function unescapeShareText(text: string): string {
  return text.replace(/\\([\\`*_[\]<>|~#])/g, '$1');
}

export function metadataLine(entry: Pick<Entry, 'pillars' | 'tags'>, lang: ShareLang): string {
  const labels = SHARE_LABELS[lang];
  const parts = [`${labels.pillarsLabel}: ${entry.pillars.map((p) => labels.pillars[p]).join(', ')}`];
  if (entry.tags.length) parts.push(`${labels.tagsLabel}: ${entry.tags.map((t) => `#${escapeShareText(t)}`).join(' ')}`);
  return parts.join(' · ');
}

export function describeFilter(filter: ListFilter, lang: ShareLang = 'en'): string {
  const words = SHARE_LABELS[lang].filter;
  const parts: string[] = [];
  if (filter.trash) parts.push(words.trash);
  if (filter.pillars?.length) parts.push(words.pillars(filter.pillars.map((p) => (lang === 'en' ? p : SHARE_LABELS[lang].pillars[p])).join(', ')));
  if (filter.tags?.length) parts.push(words.tags(filter.tags.map((t) => `#${t}`).join(' ')));
  if (filter.from && filter.to) parts.push(words.between(filter.from, filter.to));
  else if (filter.from) parts.push(words.from(filter.from));
  else if (filter.to) parts.push(words.to(filter.to));
  if (filter.query?.trim()) parts.push(words.search(filter.query.trim()));
  return parts.join('; ');
}

/** Writes the share document a batch of entries at a time (days newest first), and its heading once the entries are known. */
export class ShareWriter extends DayGroupedWriter {
  constructor(private readonly lang: ShareLang) {
    super();
  }

  protected dayHeading(day: string): string {
    return `## ${formatLongDay(day, this.lang)}`;
  }

  protected pushEntry(out: string[], entry: Entry): void {
    out.push(`### ${escapeShareText(visibleTitle(entry, this.lang))}`, '', metadataLine(entry, this.lang), '');
    if (entry.body.trim() !== '') out.push(...headingsDown(entry.body.split('\n'), BODY_HEADING_SHIFT), '');
  }

  heading(filter: ListFilter, today: string): string {
    const labels = SHARE_LABELS[this.lang];
    const parts = [labels.entries(formatNumber(this.count, this.lang), this.count)];
    const span = this.span();
    if (span) parts.push(span);
    const described = describeFilter(filter, this.lang);
    if (described) parts.push(`${labels.filterLabel}: ${described}`);
    parts.push(labels.exportedOn(today));
    return [`# ${labels.documentTitle}`, '', `> ${parts.join(' · ')}`, '', ''].join('\n');
  }
}
