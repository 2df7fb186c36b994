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
  GlossaryView,
  JobProgress,
  ImportResult,
  Insights,
  PillarCounts,
  Review,
  Revision,
  TagCount,
} from './model';
import { PILLARS } from './model';
import { codePointCount, isValidDay, isWellFormedText, LIMITS, utf8Length } from './limits';
import type { RelatedPage } from './related';
import type { OnThisDayYear } from './on-this-day';
import { SHARE_LANGS } from './share-labels';
import { PUBLISH_BY, type PublishResult, type PublishTarget } from './publish';
import { settingsPatchSchema, type Settings } from './settings';
import { templateLangSchema, type Template } from './templates';
import { IMAGE_MAX_BYTES } from './images';

export { LIMITS, codePointCount, isValidDay, isWellFormedText, utf8Length } from './limits';

/** A string schema that refuses lone surrogates, naming the field in the message. */
function wellFormed<S extends z.ZodString>(schema: S, what: string) {
  return schema.refine(isWellFormedText, {
    message: `${what} holds a broken character (a lone UTF-16 surrogate); remove it or type the character again`,
  });
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

const glossaryWordSchema = wellFormed(z.string().min(1).max(60), 'A glossary word');
export const glossarySettingSchema = z
  .object({
    enabled: z.boolean(),
    removed: z.array(z.string().max(200)).max(200),
    added: z.array(z.array(glossaryWordSchema).min(2, { message: 'A glossary group needs at least two words' }).max(20)).max(500),
  })
  .strict();

/** The language a shared document is written in. */
const shareLangSchema = z.enum(SHARE_LANGS, { message: `Language must be one of: ${SHARE_LANGS.join(', ')}` }).default('en');
/** Entries tagged private leave the app only when this is true, for this one call. */
const includePrivateSchema = z.boolean().default(false);

const weekSchema = z.string().regex(/^\d{4}-W\d{2}$/, { message: 'Week must look like 2026-W47' });
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Month must look like 2026-11' });
const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { message: 'Quarter must look like 2026-Q4' });

const periodSchema = z.union([
  z.object({ week: weekSchema, lang: shareLangSchema, includePrivate: includePrivateSchema }).strict(),
  z.object({ month: monthSchema, lang: shareLangSchema, includePrivate: includePrivateSchema }).strict(),
]);

export const EXPORT_FORMATS = ['share', 'backup', 'snippets', 'brag', 'slack', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The period of weekly snippets (a week) or a brag document (a month or a quarter); the default is the current one. */
const ritualPeriodSchema = z.union([
  z.object({ week: weekSchema }).strict(),
  z.object({ month: monthSchema }).strict(),
  z.object({ quarter: quarterSchema }).strict(),
]);

/**
 * What an export writes: `share` (markdown for people, private entries left
 * out unless included), `backup` (the exact round trip, everything),
 * `snippets` / `brag` (a period's entries by pillar, as markdown), `slack`
 * (the share as Slack mrkdwn) or `html` (the share as clean HTML).
 */
const exportShape = {
  filter: listFilterSchema.default({}),
  format: z.enum(EXPORT_FORMATS, { message: `Format must be one of: ${EXPORT_FORMATS.join(', ')}` }).default('share'),
  lang: shareLangSchema,
  includePrivate: includePrivateSchema,
  period: ritualPeriodSchema.optional(),
};

/** A period only where one is read: weeks for snippets, months and quarters for either ritual. */
function checkExportPeriod(input: { format: ExportFormat; period?: z.infer<typeof ritualPeriodSchema> | undefined }, ctx: z.RefinementCtx): void {
  if (!input.period) return;
  if (input.format !== 'snippets' && input.format !== 'brag') {
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'A period (week, month or quarter) goes with snippets or brag only' });
  } else if (input.format === 'brag' && 'week' in input.period) {
    ctx.addIssue({ code: 'custom', path: ['period'], message: 'A brag document covers a month or a quarter, not a week' });
  }
}
const IMAGE_TOO_LARGE = `The image is too large (the limit is ${IMAGE_MAX_BYTES / 1024 / 1024} MB each).`;

/** An image as a JSON transport carries it (base64) or as an in-process caller has it (bytes); the core checks what it is. */
const addImageSchema = z
  .object({
    // Base64 takes 4 characters per 3 bytes; the core checks the decoded size exactly.
    dataBase64: z.string().max(Math.ceil(IMAGE_MAX_BYTES / 3) * 4 + 4, { message: IMAGE_TOO_LARGE }).optional(),
    bytes: z.instanceof(Uint8Array).refine((b) => b.length <= IMAGE_MAX_BYTES, { message: IMAGE_TOO_LARGE }).optional(),
    mime: z.string().max(100),
    name: wellFormed(z.string().max(1000), 'The image name').default('image'),
  })
  .strict()
  .refine((input) => (input.dataBase64 === undefined) !== (input.bytes === undefined), { message: 'Send the image as dataBase64 or as bytes (one of them).' });

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

/** An absolute path (POSIX, or Windows with a drive or a share): a host resolves a typed or relative one first. */
const absolutePathSchema = pathSchema.refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
  message: 'The folder must be an absolute path (like /home/me/team-wiki)',
});
const publishBySchema = z.enum(PUBLISH_BY, { message: 'Publish by day or by week' }).default('day');
const publishTargetSchema = z.object({ dir: absolutePathSchema, by: publishBySchema, push: z.boolean().default(false) }).strict();

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
  /** How many entries the filter selects over all pages (a request of its own, so a first page never waits for it). */
  countEntries: method<number>()('read', z.object({ filter: listFilterSchema.default({}) }).strict()),
  countByPillar: method<PillarCounts>()('read', z.object({ filter: listFilterSchema.default({}) }).strict()),
  /** Entries of the same month-day as `day` in earlier years, newest year first. */
  onThisDay: method<OnThisDayYear[]>()('read', z.object({ day: daySchema }).strict()),
  countByDay: method<DayCount[]>()('read', z.object({ from: daySchema.optional(), to: daySchema.optional() }).strict()),
  /** The export as text: markdown, or for `slack` mrkdwn and for `html` HTML (in `markdown`, named for the common case). */
  exportMarkdown: method<ExportResult>()('readJob', z.object(exportShape).strict().superRefine(checkExportPeriod)),
  /** Streams the export to a file, page by page, instead of building one string. */
  exportMarkdownFile: hostMethod<ExportFileResult>()(
    'readJob',
    z.object({ ...exportShape, path: pathSchema }).strict().superRefine(checkExportPeriod),
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
  /**
   * Writes the journal's share-format files (one per day or ISO week, and an
   * index) into a folder of a git work tree, commits what changed, pushes if
   * asked. Only files in its manifest are touched; private entries stay home unless included.
   */
  publishJournal: hostMethod<PublishResult>()(
    'readJob',
    z
      .object({
        ...publishTargetSchema.shape,
        folder: z.string().max(500).optional(),
        lang: shareLangSchema,
        includePrivate: includePrivateSchema,
        message: wellFormed(z.string().max(2000), 'The commit message').optional(),
        force: z.boolean().default(false),
      })
      .strict(),
  ),
  /** The remembered publish target, or null before the first one is chosen. */
  getPublishTarget: method<PublishTarget | null>()('read', z.object({}).strict()),
  /** Remembers the publish target; a host method, since it names a folder (chosen in a dialog, or typed into the browser host). */
  savePublishTarget: hostMethod<PublishTarget>()('write', publishTargetSchema),
  insights: method<Insights>()('read', z.object({ from: daySchema.optional(), to: daySchema.optional() }).strict()),
  review: method<Review>()('read', periodSchema),
  changeStamp: method<ChangeStamp>()('read', z.object({}).strict()),
  /** The search glossary (built-in groups less the removed ones, plus the user's). */
  getGlossary: method<GlossaryView>()('read', z.object({}).strict()),
  saveGlossary: method<GlossaryView>()('write', glossarySettingSchema),
  /** The entries sharing the most distinctive words with this one, best first (db/related.ts). */
  relatedEntries: method<RelatedPage>()(
    'read',
    z.object({ id: idSchema, limit: z.number().int().min(1).max(50).default(8) }).strict(),
  ),
  getSettings: method<Settings>()('read', z.object({}).strict()),
  /** Changes the fields the patch names (capture and reminders merge one level down). */
  saveSettings: method<Settings>()('write', settingsPatchSchema),
  listTemplates: method<Template[]>()('read', z.object({ lang: templateLangSchema.default('en'), includeHidden: z.boolean().default(false) }).strict()),
  /** Creates a template (no id) or replaces the user template `id`; a built-in cannot be changed. */
  saveTemplate: method<Template>()(
    'write',
    z
      .object({
        id: idSchema.optional(),
        name: wellFormed(z.string().trim().min(1, { message: 'Give the template a name' }).max(100, { message: 'A template name may have at most 100 characters' }), 'The name'),
        title: titleSchema.default(''),
        body: bodySchema.default(''),
        pillars: pillarsSchema,
        tags: tagsSchema.default([]),
      })
      .strict(),
  ),
  /** Deletes a user template, or hides a built-in one. */
  deleteTemplate: method<{ id: string; hidden: boolean }>()('write', idInput),
  /** One quick-capture line (#pillars, #tags) saved as an entry on `day` (today by default). */
  captureEntry: method<Entry>()(
    'write',
    z.object({ text: wellFormed(z.string().max(LIMITS.titleChars * 8, { message: 'That is too long for a quick capture; write it in the editor' }), 'The text'), day: daySchema.optional() }).strict(),
  ),
  /** Stores a pasted or dropped image in the journal file; the markdown refers to it as pileup-image:<id>.<ext>. */
  addImage: method<{ id: string; markdown: string }>()('write', addImageSchema),
  /** An image's bytes, for the host that serves them (never JSON to the renderer: it loads the host's URL). */
  readImage: hostMethod<{ mime: string; bytes: Uint8Array } | null>()('read', z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, { message: 'An image id is 64 hex digits' }) }).strict()),
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
