// pileup export: a backup (the exact round trip, as the app's "Export for
// backup") by default, or with --share (--format share) the clean markdown the
// app's "Export markdown" writes; --format snippets|brag for a week's snippets
// or a month's or quarter's brag document, slack|html for the share as Slack
// mrkdwn or HTML. Every format but the backup is in --lang (default from the
// locale), private entries left out unless --include-private.
import { EXPORT_FORMATS, type ExportFormat } from '../../db/common/contract';
import { shareLangOf, SHARE_LANGS, type ShareLang } from '../../db/common/share-labels';
import { PileupError } from '../../db/common/errors';
import { NOTHING_TO_EXPORT } from '../../db/markdown/index';
import { filterFrom, plural, withReadSession, type Command } from '../common';
import { HELP } from '../help';
import fs from 'node:fs';
import path from 'node:path';
import { terminalText } from '../terminal-text';
import { CliError, COMMON_OPTIONS, FILTER_OPTIONS, UsageError, parse } from '../usage';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...FILTER_OPTIONS,
  query: { type: 'string', short: 'q' },
  output: { type: 'string', short: 'o' },
  share: { type: 'boolean' },
  format: { type: 'string' },
  week: { type: 'string' },
  month: { type: 'string' },
  quarter: { type: 'string' },
  lang: { type: 'string' },
  'include-private': { type: 'boolean' },
} as const;

/** The language of the environment's locale: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeLang(env: Record<string, string | undefined>): ShareLang {
  return shareLangOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

export function parseLang(command: string, value: string | undefined, env: Record<string, string | undefined>): ShareLang {
  if (value === undefined) return localeLang(env);
  const lang = SHARE_LANGS.find((l) => l === value);
  if (!lang) throw new UsageError(command, `--lang must be one of: ${SHARE_LANGS.join(', ')} (got "${value}").`);
  return lang;
}

function parseFormat(value: string | undefined, share: boolean): ExportFormat {
  if (value === undefined) return share ? 'share' : 'backup';
  const format = EXPORT_FORMATS.find((f) => f === value);
  if (!format) throw new UsageError('export', `--format must be one of: ${EXPORT_FORMATS.join(', ')} (got "${value}").`);
  if (share && format !== 'share') throw new UsageError('export', `--share and --format ${format} ask for two different exports; give one.`);
  return format;
}

/** The week, month or quarter of snippets or a brag document; none means the current one. */
function parsePeriod(format: ExportFormat, values: { week?: string | undefined; month?: string | undefined; quarter?: string | undefined }): { week: string } | { month: string } | { quarter: string } | undefined {
  const given = (['week', 'month', 'quarter'] as const).filter((key) => values[key] !== undefined);
  if (given.length === 0) return undefined;
  if (format !== 'snippets' && format !== 'brag') throw new UsageError('export', `--${given[0]} goes with --format snippets or brag.`);
  if (given.length > 1) throw new UsageError('export', 'Choose one period: --week 2026-W48, --month 2026-11 or --quarter 2026-Q4.');
  if (format === 'brag' && values.week !== undefined) throw new UsageError('export', 'A brag document covers a month or a quarter: --month 2026-11 or --quarter 2026-Q4.');
  if (values.week !== undefined) return { week: values.week };
  if (values.month !== undefined) return { month: values.month };
  return { quarter: values.quarter ?? '' };
}

export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parse('export', args, OPTIONS);
  if (values.help) {
    io.out(HELP.export!);
    return 0;
  }
  if (positionals.length) throw new UsageError('export', `Unexpected argument "${positionals[0]}" (write to a file with -o FILE).`);
  const format = parseFormat(values.format, Boolean(values.share));
  if (format === 'backup' && (values.lang !== undefined || values['include-private'])) {
    throw new UsageError('export', '--lang and --include-private go with --share or another --format (a backup keeps every entry, in one layout).');
  }
  const period = parsePeriod(format, values);
  const filter = filterFrom('export', values);
  if (values.query?.trim()) filter.query = values.query.trim();
  const layout =
    format === 'backup'
      ? { format }
      : { format, lang: parseLang('export', values.lang, io.env), includePrivate: Boolean(values['include-private']), ...(period ? { period } : {}) };
  return withReadSession(values.db, io, async (session) => {
    try {
      if (values.output) {
        // Streamed into the file page by page; it replaces the file only once complete.
        const dir = path.dirname(path.resolve(values.output));
        if (!fs.existsSync(dir)) throw new CliError(`The folder ${dir} does not exist.`);
        const result = await session.call('exportMarkdownFile', { filter, path: values.output, ...layout });
        io.err(`Exported ${plural(result.count, 'entry', 'entries')} to ${values.output}.\n`);
      } else {
        const result = await session.call('exportMarkdown', { filter, ...layout });
        // The share and backup layouts end with a newline of their own; the other formats get one here, as a file would.
        const markdown = result.markdown.endsWith('\n') ? result.markdown : `${result.markdown}\n`;
        // Piped, the document stays exact; on a terminal, escape sequences in it are not obeyed.
        io.out(io.isTTY ? terminalText(markdown, 'lines') : markdown);
      }
    } catch (error) {
      if (error instanceof PileupError && error.message === NOTHING_TO_EXPORT) throw new CliError('Nothing to export: no entries match the filter; no file was written.');
      throw error;
    }
    return 0;
  });
};
