// What a publish writes into the folder: one share-format markdown file per day
// (2026/2026-11-30.md) or ISO week (2026/2026-W48.md) under a year folder, and
// an index page (README.md, which GitHub and most wikis show for a folder)
// linking every file, newest first. Nothing here depends on today's date: the
// same entries give the same bytes, so publishing again changes nothing.
import { addDays, isoWeekOf, mondayOf } from '../common/calendar';
import { IMAGE_REF_RE } from '../common/images';
import type { Entry } from '../common/model';
import { SHARE_LABELS, formatDate, formatLongDay, formatNumber, type ShareLang } from '../common/share-labels';
import type { PublishBy } from '../common/publish';
import { ShareWriter } from '../markdown/share-layout';

/** A file a publish writes, its path relative to the publish folder with forward slashes. */
export interface PlannedFile {
  path: string;
  content: string | Uint8Array;
}

/** One day's or week's file, and what the index says of it. */
export interface PeriodFile extends PlannedFile {
  /** 2026-11-30 or 2026-W48. */
  period: string;
  count: number;
  content: string;
}

export const INDEX_FILE = 'README.md';

const PUBLISH_LABELS: Record<ShareLang, { indexIntro: (entries: string, files: string) => string; days: (n: string) => string; weeks: (n: string) => string }> = {
  en: {
    indexIntro: (entries, files) => `Published from Pileup: ${entries} in ${files}, newest first.`,
    days: (n) => `${n} ${n === '1' ? 'day' : 'days'}`,
    weeks: (n) => `${n} ${n === '1' ? 'week' : 'weeks'}`,
  },
  ko: {
    indexIntro: (entries, files) => `Pileup에서 게시함: ${files}, ${entries} (최근 순).`,
    days: (n) => `${n}일`,
    weeks: (n) => `${n}주`,
  },
};

/** The period an entry's day falls in. */
export function periodOf(day: string, by: PublishBy): string {
  return by === 'day' ? day : isoWeekOf(day);
}

/** `2026/2026-11-30.md`; a week sits in the folder of its ISO year (2026-W01 may begin in December 2025). */
export function periodPath(period: string): string {
  return `${period.slice(0, 4)}/${period}.md`;
}

/** `2026-W48 · November 23 – 29, 2026`: the week and its Monday-to-Sunday days. */
function weekTitle(week: string, days: readonly string[], lang: ShareLang): string {
  const first = days.at(-1) ?? '';
  const monday = mondayOf(first);
  return `${week} · ${formatDate(monday, lang)} – ${formatDate(addDays(monday, 6), lang)}`;
}

/** The title of a period's file and its line in the index. */
function periodTitle(period: string, by: PublishBy, days: readonly string[], lang: ShareLang): string {
  return by === 'day' ? formatLongDay(period, lang) : weekTitle(period, days, lang);
}

/**
 * Builds the period files from entries that arrive newest first, a page at a
 * time: a period is finished (and rendered) once an entry of an older one comes.
 */
export class PeriodFiles {
  private current: { period: string; entries: Entry[] } | null = null;
  readonly files: PeriodFile[] = [];
  /** Files written beside the markdown (images, see imageFilesFor). */
  readonly assets: PlannedFile[] = [];

  private readonly imagesWritten = new Set<string>();

  constructor(
    private readonly by: PublishBy,
    private readonly lang: ShareLang,
    /** The bytes of a stored image, or null when the journal has none under that id. */
    private readonly imageBytes: ImageLookup = () => null,
  ) {}

  add(entries: readonly Entry[]): void {
    for (const entry of entries) {
      const period = periodOf(entry.day, this.by);
      if (this.current?.period !== period) {
        this.flush();
        this.current = { period, entries: [] };
      }
      this.current.entries.push(entry);
    }
  }

  /** Every file, newest first, once the last page was added. */
  finish(): PeriodFile[] {
    this.flush();
    return this.files;
  }

  private flush(): void {
    if (!this.current) return;
    const rendered = renderPeriod(this.current.period, this.current.entries, this.by, this.lang);
    const { file, images } = imageFilesFor(rendered, this.imageBytes);
    this.files.push(file);
    for (const image of images) {
      if (this.imagesWritten.has(image.path)) continue;
      this.imagesWritten.add(image.path);
      this.assets.push(image);
    }
    this.current = null;
  }
}

/** A period's file: a title, the count and days, then the entries exactly as the share export writes them. */
export function renderPeriod(period: string, entries: readonly Entry[], by: PublishBy, lang: ShareLang): PeriodFile {
  const labels = SHARE_LABELS[lang];
  const days = [...new Set(entries.map((e) => e.day))];
  const newest = days[0] ?? period;
  const oldest = days.at(-1) ?? period;
  const summary = [labels.entries(formatNumber(entries.length, lang), entries.length)];
  if (by === 'week') summary.push(oldest === newest ? oldest : `${oldest} – ${newest}`);
  const writer = new ShareWriter(lang);
  const body = writer.entries(entries);
  const heading = [`# ${labels.documentTitle} · ${periodTitle(period, by, days, lang)}`, '', `> ${summary.join(' · ')}`, '', ''].join('\n');
  return { path: periodPath(period), period, count: entries.length, content: heading + body };
}

/** The index page: every file, grouped by year, newest first, with its entry count. */
export function renderIndex(files: readonly PeriodFile[], by: PublishBy, lang: ShareLang): PlannedFile {
  const labels = SHARE_LABELS[lang];
  const words = PUBLISH_LABELS[lang];
  const total = files.reduce((n, f) => n + f.count, 0);
  const fileCount = formatNumber(files.length, lang);
  const out = [`# ${labels.documentTitle}`, '', words.indexIntro(labels.entries(formatNumber(total, lang), total), by === 'day' ? words.days(fileCount) : words.weeks(fileCount)), ''];
  let year = '';
  for (const file of files) {
    const fileYear = file.period.slice(0, 4);
    if (fileYear !== year) {
      year = fileYear;
      out.push(`## ${year}`, '');
    }
    const title = by === 'day' ? formatLongDay(file.period, lang) : file.period;
    out.push(`- [${title}](${file.path}) · ${labels.entries(formatNumber(file.count, lang), file.count)}`);
  }
  return { path: INDEX_FILE, content: out.join('\n') + '\n' };
}

/** Finds a stored image's bytes by id (the publish reads them from the journal). */
export type ImageLookup = (id: string) => Uint8Array | null;

/** Where a publish puts image files: one folder for all periods (content-addressed, so shared). */
export const PUBLISH_IMAGES_DIR = 'images';

/**
 * The image files a period's markdown refers to (`pileup-image:<id>.<ext>`),
 * written once under images/ in the publish folder, and the markdown with each
 * reference made a relative link to its file (../images/<id>.png from a year
 * folder). They go through the manifest like the markdown. A reference to an
 * image the journal no longer has is left as it is.
 */
export function imageFilesFor(file: PeriodFile, imageBytes: ImageLookup): { file: PeriodFile; images: PlannedFile[] } {
  const images: PlannedFile[] = [];
  const depth = file.path.split('/').length - 1;
  const up = '../'.repeat(depth);
  const content = file.content.replace(IMAGE_REF_RE, (ref: string, id: string, ext: string) => {
    const bytes = imageBytes(id);
    if (!bytes) return ref;
    const path = `${PUBLISH_IMAGES_DIR}/${id}.${ext}`;
    images.push({ path, content: bytes });
    return `${up}${path}`;
  });
  return { file: { ...file, content }, images };
}
