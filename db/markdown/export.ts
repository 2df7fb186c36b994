// Markdown export: exactly the entries a list filter selects, as one document
// grouped by day (newest first), in one of two layouts: `share`, clean
// markdown for people (share-layout.ts; entries tagged private left out unless
// asked for), or `backup`, which import-pileup.ts reads back into the same
// entries exactly. An export that selects nothing is refused: no empty file.
//
// An export reads its entries page by page on a connection of its own, inside
// one read transaction (one consistent snapshot), and lets the event loop run
// between pages: the read side keeps answering the UI meanwhile. A file export
// writes each page as it comes instead of building one string; the summary
// line at the top needs the count and day range, so the body goes to a
// temporary file first and is copied in behind the summary.
import type { Database } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { PileupError } from '../common/errors';
import type { Entry, ExportFileResult, ExportResult, ListFilter, Pillar } from '../common/model';
import { isPrivate, NOTHING_TO_EXPORT, type ShareLang } from '../common/share-labels';
import { IMAGE_SCHEME } from '../common/images';
import { fileWriteError, openAtomicFile } from '../files';
import { writeImagesBeside } from '../images';
import { betweenChunks, UNFOLLOWED_JOB, type JobContext } from '../job';
import type { ReadSide } from '../read-side';
import { countEntries, listEntries } from '../list/index';
import { localToday } from '../rows';
import { BODY_START, ENTRY_END, EXPORT_MARKER, entryStartLine, escapeBodyLine } from './format';
import { DayGroupedWriter } from './day-writer';
import { describeFilter, ShareWriter, visibleTitle } from './share-layout';
import { markdownToHtml } from './html';
import { periodFor, type RitualPeriodRequest } from './ritual-period';
import { renderBrag, renderSnippets } from './rituals';
import { markdownToSlack } from './slack';

/**
 * `share` and `backup` as above; `snippets` (a week) and `brag` (a month or a
 * quarter) group a period's entries by pillar; `slack` and `html` are the
 * share export as Slack mrkdwn or as clean HTML.
 */
export type ExportFormat = 'share' | 'backup' | 'snippets' | 'brag' | 'slack' | 'html';

/** How an export writes the entries its filter selects: layout, language, private entries. */
export interface ExportOptions {
  /** Default: share. */
  format?: ExportFormat;
  /** The share layout's language (default en); a backup is always English. */
  lang?: ShareLang;
  /** Entries tagged private go into a share only when this is true; a backup keeps everything. */
  includePrivate?: boolean;
  /** The period of snippets (default: this week) or a brag document (default: this quarter); only for those. */
  period?: RitualPeriodRequest;
}

const PAGE = 200;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const CANCELLED = 'The export was cancelled; no file was written.';

/** Pages of the entries a filter selects, newest first, from one snapshot; progress after each page; `cancelled` is the message a cancel ends it with. */
export async function* journalPages(side: ReadSide, filter: ListFilter, job: JobContext, cancelled = CANCELLED): AsyncGenerator<Entry[]> {
  const db = side.openSnapshot();
  const own = db !== side.db;
  const ownTransaction = !db.inTransaction;
  if (ownTransaction) db.exec('BEGIN');
  try {
    let cursor: string | null = null;
    let done = 0;
    const total = countEntries(db, filter);
    do {
      const page = listEntries(db, { filter, cursor, limit: PAGE, order: 'newest' });
      done += page.entries.length;
      job.progress({ phase: 'reading', done, total });
      yield page.entries;
      cursor = page.nextCursor;
      if (cursor) await betweenChunks(job, cancelled);
    } while (cursor);
  } finally {
    if (ownTransaction && db.inTransaction) db.exec('COMMIT');
    if (own) db.close();
  }
}

/** Every entry the filter selects, newest first (tests, and callers that want them all at once). */
export function collectEntries(db: Database, filter: ListFilter): Entry[] {
  const out: Entry[] = [];
  let cursor: string | null = null;
  do {
    const page = listEntries(db, { filter, cursor, limit: PAGE, order: 'newest' });
    out.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

function layoutFor(options: ExportOptions): { writer: DayGroupedWriter; keep: (entry: Entry) => boolean } {
  if (options.format === 'backup') return { writer: new DocumentWriter(), keep: () => true };
  return { writer: new ShareWriter(options.lang ?? 'en'), keep: keepFor(options) };
}

const nothingToExport = (): PileupError => new PileupError('not_found', NOTHING_TO_EXPORT);

/** Writes the backup document's body a batch of entries at a time (days newest first), and its heading once the entries are known. */
class DocumentWriter extends DayGroupedWriter {
  protected dayHeading(day: string): string {
    return `## ${day} · ${weekday(day)}`;
  }

  protected pushEntry(out: string[], entry: Entry): void {
    pushEntry(out, entry);
  }

  heading(filter: ListFilter, today: string): string {
    return ['# Pileup journal', '', EXPORT_MARKER, '', `> ${this.summaryLine(filter, today)}`, '', ''].join('\n');
  }

  private summaryLine(filter: ListFilter, today: string): string {
    const parts = [this.count === 1 ? '1 entry' : `${this.count} entries`];
    const span = this.span();
    if (span) parts.push(span);
    const described = describeFilter(filter, 'en');
    if (described) parts.push(`filter: ${described}`);
    parts.push(`exported from Pileup on ${today}`);
    return parts.join(' · ');
  }
}

const exportFileName = (today: string): string => `pileup-${today}.md`;

/** The entries tagged private go only when included; a backup keeps everything. */
const keepFor = (options: ExportOptions): ((entry: Entry) => boolean) => (options.includePrivate ? () => true : (entry: Entry) => !isPrivate(entry));

/** Snippets or a brag document: the filter's entries inside the period, grouped by pillar. */
async function exportRitual(side: ReadSide, filter: ListFilter, format: 'snippets' | 'brag', options: ExportOptions, job: JobContext, today: string): Promise<ExportResult> {
  const period = periodFor(format, options.period, today);
  const from = filter.from && filter.from > period.from ? filter.from : period.from;
  const to = filter.to && filter.to < period.to ? filter.to : period.to;
  const within: ListFilter = { ...filter, trash: false, from, to };
  const keep = keepFor(options);
  const entries: Entry[] = [];
  if (from <= to) for await (const page of journalPages(side, within, job)) entries.push(...page.filter(keep));
  if (entries.length === 0) throw nothingToExport();
  const lang = options.lang ?? 'en';
  const markdown = format === 'snippets' ? renderSnippets(entries, period, lang) : renderBrag(entries, period, lang);
  return { markdown: withoutFinalNewline(markdown), count: entries.length, fileName: `pileup-${format}-${period.period}.md` };
}

/** The export as one string (Copy as markdown, for Slack, as HTML; snippets and brag documents). */
export async function exportMarkdown(
  side: ReadSide,
  filter: ListFilter,
  options: ExportOptions = {},
  job: JobContext = UNFOLLOWED_JOB,
  today: string = localToday(),
): Promise<ExportResult> {
  const format = options.format ?? 'share';
  if (options.period && format !== 'snippets' && format !== 'brag') {
    throw new PileupError('invalid_input', 'A period (week, month or quarter) goes with snippets or a brag document only.');
  }
  if (format === 'snippets' || format === 'brag') return exportRitual(side, filter, format, options, job, today);
  if (format === 'slack' || format === 'html') {
    const share = await exportMarkdown(side, filter, { ...options, format: 'share' }, job, today);
    return format === 'slack'
      ? { markdown: withoutFinalNewline(markdownToSlack(share.markdown)), count: share.count, fileName: `pileup-${today}.slack.txt` }
      : { markdown: withoutFinalNewline(markdownToHtml(share.markdown)), count: share.count, fileName: `pileup-${today}.html` };
  }
  const { writer, keep } = layoutFor(options);
  const body: string[] = [];
  for await (const page of journalPages(side, filter, job)) body.push(writer.entries(page.filter(keep)));
  if (writer.count === 0) throw nothingToExport();
  const text = body.join('');
  const heading = withImagesNote(writer.heading(filter, today), options.format === 'backup' && text.includes(IMAGE_SCHEME));
  return { markdown: withoutFinalNewline(heading + text), count: writer.count, fileName: exportFileName(today) };
}

/** The export streamed into `file` (replaced only once it is complete). */
export async function exportMarkdownFile(
  side: ReadSide,
  filter: ListFilter,
  file: string,
  options: ExportOptions = {},
  job: JobContext = UNFOLLOWED_JOB,
  today: string = localToday(),
): Promise<ExportFileResult> {
  const target = path.resolve(file);
  if (options.format !== undefined && options.format !== 'share' && options.format !== 'backup') return exportWholeFile(side, filter, target, options, job, today);
  const bodyFile = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.body.tmp`);
  const { writer, keep } = layoutFor(options);
  // Opened with the first entry to write: an export of nothing leaves no file behind, not even for a moment.
  let body: fs.promises.FileHandle | null = null;
  let refersToImages = false;
  const out = openAtomicFile(target);
  try {
    try {
      for await (const page of journalPages(side, filter, job)) {
        const entries = writer.entries(page.filter(keep));
        if (!entries) continue;
        // A share is for people and other tools: its images go beside it as files. A backup keeps the references (the .db backup has the bytes).
        const text = options.format === 'backup' ? entries : writeImagesBeside(side.db, entries, path.dirname(target));
        if (options.format === 'backup' && text.includes(IMAGE_SCHEME)) refersToImages = true;
        body ??= await fs.promises.open(bodyFile, 'w+');
        await body.write(text, null, 'utf8');
      }
    } catch (error) {
      throw error instanceof PileupError ? error : fileWriteError(error, target);
    }
    if (!body || writer.count === 0) throw nothingToExport();
    const size = (await body.stat()).size;
    // As in the string export: the body without its final newline, or the heading without its own when there is no body.
    const full = withImagesNote(writer.heading(filter, today), refersToImages);
    const heading = size > 0 ? full : withoutFinalNewline(full);
    await out.write(heading);
    const bytes = Buffer.byteLength(heading) + (await copyInto(body, out, Math.max(0, size - 1), job));
    await out.commit();
    return { count: writer.count, path: target, bytes };
  } catch (error) {
    await out.abort();
    throw error;
  } finally {
    if (body) {
      await body.close().catch(() => undefined);
      await fs.promises.rm(bodyFile, { force: true });
    }
  }
}

/** A format made whole in memory (the rituals, Slack, HTML: a period or a conversion, not a stream), written atomically. */
async function exportWholeFile(side: ReadSide, filter: ListFilter, target: string, options: ExportOptions, job: JobContext, today: string): Promise<ExportFileResult> {
  const { markdown, count } = await exportMarkdown(side, filter, options, job, today);
  const text = `${markdown}\n`;
  const out = openAtomicFile(target);
  try {
    await out.write(text);
    await out.commit();
  } catch (error) {
    await out.abort();
    throw error instanceof PileupError ? error : fileWriteError(error, target);
  }
  return { count, path: target, bytes: Buffer.byteLength(text) };
}

/** Copies the first `length` bytes of `from` into `to`, a megabyte per turn of the event loop. */
async function copyInto(from: fs.promises.FileHandle, to: { write(text: string): Promise<void> }, length: number, job: JobContext): Promise<number> {
  const chunk = Buffer.alloc(1024 * 1024);
  const decoder = new TextDecoder('utf-8');
  let at = 0;
  while (at < length) {
    const { bytesRead } = await from.read(chunk, 0, Math.min(chunk.length, length - at), at);
    if (bytesRead === 0) break;
    at += bytesRead;
    await to.write(decoder.decode(chunk.subarray(0, bytesRead), { stream: at < length }));
    job.progress({ phase: 'saving', done: at, total: length });
  }
  return at;
}

/** Said at the top of a backup whose entries show images: the markdown file carries their references only. */
export const BACKUP_IMAGES_NOTE =
  '> Images (pileup-image: links) are not inside this markdown file; the journal file and its .db backups carry them. Import keeps the links as they are.';

/** The heading with the images note after it (import reads lines outside entries as nothing). */
function withImagesNote(heading: string, refersToImages: boolean): string {
  return refersToImages ? `${heading}${BACKUP_IMAGES_NOTE}\n\n` : heading;
}

const withoutFinalNewline = (text: string): string => (text.endsWith('\n') ? text.slice(0, -1) : text);

/**
 * The document for entries in any order; days come out newest first, entries
 * keep their order within a day. The backup layout unless `layout` says
 * otherwise (tests, benchmarks, fixtures); nothing is left out here, private
 * entries included, and no entries give a document with only its heading.
 */
export function renderDocument(entries: readonly Entry[], filter: ListFilter, today: string, layout: Omit<ExportOptions, 'includePrivate'> = {}): string {
  const sorted = entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.day === b.entry.day ? a.index - b.index : a.entry.day < b.entry.day ? 1 : -1))
    .map(({ entry }) => entry);
  const writer: DayGroupedWriter = layout.format === 'share' ? new ShareWriter(layout.lang ?? 'en') : new DocumentWriter();
  const body = writer.entries(sorted);
  return withoutFinalNewline(writer.heading(filter, today) + body);
}

function pushEntry(out: string[], entry: Entry): void {
  out.push(entryStartLine({ day: entry.day, title: entry.title, pillars: entry.pillars, tags: entry.tags }));
  out.push(`### ${visibleTitle(entry)}`, '');
  out.push(metadataLine(entry.pillars, entry.tags), '');
  out.push(BODY_START, '');
  // One blank line on each side of the body is part of the layout; the
  // import drops exactly those two, so leading and trailing blank lines and
  // trailing spaces inside the body survive.
  for (const line of entry.body.split('\n')) out.push(escapeBodyLine(line));
  out.push('', ENTRY_END, '');
}

function capitalized(pillar: Pillar): string {
  return pillar.charAt(0).toUpperCase() + pillar.slice(1);
}

function metadataLine(pillars: readonly Pillar[], tags: readonly string[]): string {
  const parts = [`**Pillars:** ${pillars.map(capitalized).join(', ')}`];
  if (tags.length) parts.push(`**Tags:** ${tags.map((t) => codeSpan(`#${t}`)).join(' ')}`);
  return parts.join(' · ');
}

/** A code span that holds any text, backticks included. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function weekday(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
}
