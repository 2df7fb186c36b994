// The API contract: every method a host may expose, its input schema and its
// result type. Hosts (IPC, HTTP, CLI) and the renderer's client are derived
// from this one list; handlers live in handlers.ts.
import { z } from 'zod';
import type {
  ChangeStamp,
  DayCount,
  Entry,
  EntryPage,
  ExportFileResult,
  ExportResult,
  JobProgress,
  ImportResult,
  Insights,
  PillarCounts,
  Review,
  Revision,
  TagCount,
} from './model';
import { PILLARS } from './model';
import type { OnThisDayYear } from './on-this-day';
import { daysInMonth } from './calendar';
import { SHARE_LANGS } from './share-labels';

export const LIMITS = {
  titleChars: 500,
  /** UTF-8 bytes of a body: 1 MB is fine, 20 MB is not. */
  bodyBytes: 8 * 1024 * 1024,
  tagChars: 64,
  tagsPerEntry: 32,
  queryChars: 1000,
  pageSize: 200,
  importBytes: 64 * 1024 * 1024,
} as const;

/** UTF-8 bytes of `text`, counted without encoding it (pure: no Buffer here). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Unicode code points in `text` (an emoji or a Hangul syllable counts as one), as `[...text].length` without the array. */
export function codePointCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/**
 * False when `text` holds a lone UTF-16 surrogate, half of a character that
 * SQLite would silently store as U+FFFD (String.prototype.isWellFormed, which
 * the TypeScript library we target does not declare yet).
 */
export function isWellFormedText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c & 0xf800) !== 0xd800) continue;
    if (c >= 0xdc00 || i + 1 >= text.length || (text.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return false;
    i++;
  }
  return true;
}

/** A string schema that refuses lone surrogates, naming the field in the message. */
function wellFormed<S extends z.ZodString>(schema: S, what: string) {
  return schema.refine(isWellFormedText, {
    message: `${what} holds a broken character (a lone UTF-16 surrogate); remove it or type the character again`,
  });
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (2026-02-30 is not). */
export function isValidDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export const daySchema = z
  .string()
  .refine(isValidDay, { message: 'Day must be a real date written as YYYY-MM-DD' });

export const pillarSchema = z.enum(PILLARS, {
  message: `Pillar must be one of: ${PILLARS.join(', ')}`,
});

export const pillarsSchema = z
  .array(pillarSchema)
  .min(1, { message: `Choose at least one pillar: ${PILLARS.join(', ')}` })
  .max(PILLARS.length);

// Characters are code points, so an emoji counts once, as a person counts it.
const tagSchema = wellFormed(z.string(), 'A tag').refine((s) => codePointCount(s) <= LIMITS.tagChars, {
  message: `A tag may have at most ${LIMITS.tagChars} characters`,
});

export const tagsSchema = z
  .array(tagSchema)
  .max(LIMITS.tagsPerEntry, { message: `At most ${LIMITS.tagsPerEntry} tags per entry` });

const titleSchema = wellFormed(z.string().max(LIMITS.titleChars, { message: `The title may have at most ${LIMITS.titleChars} characters` }), 'The title');

const bodySchema = wellFormed(z.string(), 'The body').refine((s) => utf8Length(s) <= LIMITS.bodyBytes, {
  message: `The body is too large (the limit is ${LIMITS.bodyBytes / 1024 / 1024} MB)`,
});

export const entryDraftSchema = z
  .object({
    day: daySchema.optional(),
    title: titleSchema.default(''),
    body: bodySchema.default(''),
    pillars: pillarsSchema,
    tags: tagsSchema.default([]),
  })
  .strict()
  .refine((e) => e.title.trim() !== '' || e.body.trim() !== '', {
    message: 'Write a title or a body',
    path: ['title'],
  });

const idSchema = z.string().min(1).max(100);
const idInput = z.object({ id: idSchema }).strict();

export const listFilterSchema = z
  .object({
    pillars: z.array(pillarSchema).max(PILLARS.length).optional(),
    tags: z.array(wellFormed(z.string().max(LIMITS.tagChars * 4), 'A tag')).max(LIMITS.tagsPerEntry).optional(),
    from: daySchema.optional(),
    to: daySchema.optional(),
    query: wellFormed(z.string().max(LIMITS.queryChars), 'The search').optional(),
    trash: z.boolean().optional(),
  })
  .strict();

/** The language a shared document is written in. */
const shareLangSchema = z.enum(SHARE_LANGS, { message: `Language must be one of: ${SHARE_LANGS.join(', ')}` }).default('en');
/** Entries tagged private leave the app only when this is true, for this one call. */
const includePrivateSchema = z.boolean().default(false);

const periodSchema = z.union([
  z.object({ week: z.string().regex(/^\d{4}-W\d{2}$/, { message: 'Week must look like 2026-W47' }), lang: shareLangSchema, includePrivate: includePrivateSchema }).strict(),
  z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Month must look like 2026-11' }), lang: shareLangSchema, includePrivate: includePrivateSchema }).strict(),
]);

/** What an export writes: `share` (markdown for people, private entries left out unless included) or `backup` (the exact round trip, everything). */
const exportShape = {
  filter: listFilterSchema.default({}),
  format: z.enum(['share', 'backup'], { message: 'Format must be share or backup' }).default('share'),
  lang: shareLangSchema,
  includePrivate: includePrivateSchema,
};

/**
 * Where a method runs in the core (db/runner): `read` answers from the read
 * connection at once; `write` queues on the one write connection; a `job` is
 * long (an import, an export, a backup), reports progress and may be
 * cancelled — a read job never holds up reads, a write job never holds up
 * reads either, only other writes.
 */
export type MethodKind = 'read' | 'write' | 'readJob' | 'writeJob';

/**
 * Who may call a method: `ui` methods are open to the renderer through every
 * host; `host` methods take file paths, so only a host calls them, with a path
 * the user chose in a dialog (desktop) or the host picked itself (browser).
 */
export type MethodAccess = 'ui' | 'host';

/** Declares a method the renderer may call: its kind and input schema now, its result type as a type parameter. */
function method<R>() {
  return <K extends MethodKind, S extends z.ZodType>(kind: K, input: S) => ({
    kind,
    input,
    access: 'ui' as const,
    result: undefined as unknown as R,
  });
}

/** Declares a method only hosts call (see MethodAccess). */
function hostMethod<R>() {
  return <K extends MethodKind, S extends z.ZodType>(kind: K, input: S) => ({ ...method<R>()(kind, input), access: 'host' as const });
}

const pathSchema = z.string().min(1).max(4096);

export const contract = {
  createEntry: method<Entry>()('write', entryDraftSchema),
  getEntry: method<Entry>()('read', idInput),
  updateEntry: method<Entry>()(
    'write',
    z.object({ id: idSchema, entry: entryDraftSchema }).strict(),
  ),
  deleteEntry: method<Entry>()('write', idInput),
  restoreEntry: method<Entry>()('write', idInput),
  purgeEntry: method<{ id: string }>()('write', idInput),
  emptyTrash: method<{ purged: number }>()('write', z.object({}).strict()),
  listEntries: method<EntryPage>()(
    'read',
    z
      .object({
        filter: listFilterSchema.default({}),
        cursor: z.string().max(500).nullable().optional(),
        limit: z.number().int().min(1).max(LIMITS.pageSize).default(50),
      })
      .strict(),
  ),
  listRevisions: method<Revision[]>()('read', idInput),
  restoreRevision: method<Entry>()('write', z.object({ id: idSchema, revisionId: z.number().int().positive() }).strict()),
  listTags: method<TagCount[]>()(
    'read',
    z
      .object({
        prefix: wellFormed(z.string().max(LIMITS.tagChars), 'The tag prefix').optional(),
        limit: z.number().int().min(1).max(1000).default(50),
        /** Count only the entries this filter shows. */
        filter: listFilterSchema.default({}),
      })
      .strict(),
  ),
  countByPillar: method<PillarCounts>()('read', z.object({ filter: listFilterSchema.default({}) }).strict()),
  /** Entries of the same month-day as `day` in earlier years, newest year first. */
  onThisDay: method<OnThisDayYear[]>()('read', z.object({ day: daySchema }).strict()),
  countByDay: method<DayCount[]>()('read', z.object({ from: daySchema.optional(), to: daySchema.optional() }).strict()),
  exportMarkdown: method<ExportResult>()('readJob', z.object(exportShape).strict()),
  /** Streams the export to a file, page by page, instead of building one string. */
  exportMarkdownFile: hostMethod<ExportFileResult>()(
    'readJob',
    z.object({ ...exportShape, path: pathSchema }).strict(),
  ),
  /** A consistent copy of the journal made with SQLite's online backup, while it stays in use. */
  backupJournal: hostMethod<{ path: string }>()('readJob', z.object({ path: pathSchema }).strict()),
  importMarkdown: method<ImportResult>()(
    'writeJob',
    z
      .object({
        markdown: z.string().refine((s) => utf8Length(s) <= LIMITS.importBytes, {
          message: `The file is too large (the limit is ${LIMITS.importBytes / 1024 / 1024} MB)`,
        }),
        format: z.enum(['auto', 'pileup', 'jrnl', 'daily-notes']).default('auto'),
        fileName: z.string().max(1000).optional(),
        defaultPillars: z.array(pillarSchema).max(4).optional(),
      })
      .strict(),
  ),
  insights: method<Insights>()('read', z.object({ from: daySchema.optional(), to: daySchema.optional() }).strict()),
  review: method<Review>()('read', periodSchema),
  changeStamp: method<ChangeStamp>()('read', z.object({}).strict()),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

/** The methods of some kinds, e.g. `MethodsOfKind<'read' | 'readJob'>`. */
export type MethodsOfKind<K extends MethodKind> = { [M in MethodName]: Contract[M]['kind'] extends K ? M : never }[MethodName];
/** The methods the renderer may call. */
export type UiMethodName = { [M in MethodName]: Contract[M]['access'] extends 'ui' ? M : never }[MethodName];

/** How a caller follows a long call: progress as it comes, and a signal to cancel it. */
export interface CallOptions {
  onProgress?: (progress: JobProgress) => void;
  signal?: AbortSignal;
}

/** The API as the UI sees it: every method it may call, async. */
export type PileupApi = {
  [M in UiMethodName]: (input: MethodInput<M>, options?: CallOptions) => Promise<MethodResult<M>>;
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** A method the renderer may call through a host (not one that takes a file path). */
export function isUiMethodName(name: unknown): name is UiMethodName {
  return isMethodName(name) && contract[name].access === 'ui';
}
