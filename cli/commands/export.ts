// pileup export: a backup (the exact round trip, as the app's "Export for
// backup") by default, or with --share the clean markdown the app's "Export
// markdown" writes, in --lang (default from the locale), private entries left
// out unless --include-private.
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

export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parse('export', args, OPTIONS);
  if (values.help) {
    io.out(HELP.export!);
    return 0;
  }
  if (positionals.length) throw new UsageError('export', `Unexpected argument "${positionals[0]}" (write to a file with -o FILE).`);
  if (!values.share && (values.lang !== undefined || values['include-private'])) {
    throw new UsageError('export', '--lang and --include-private go with --share (a backup keeps every entry, in one layout).');
  }
  const filter = filterFrom('export', values);
  if (values.query?.trim()) filter.query = values.query.trim();
  const layout = values.share
    ? { format: 'share' as const, lang: parseLang('export', values.lang, io.env), includePrivate: Boolean(values['include-private']) }
    : { format: 'backup' as const };
  return withReadSession(values.db, io, async (session) => {
    try {
      if (values.output) {
        // Streamed into the file page by page; it replaces the file only once complete.
        const dir = path.dirname(path.resolve(values.output));
        if (!fs.existsSync(dir)) throw new CliError(`The folder ${dir} does not exist.`);
        const result = await session.call('exportMarkdownFile', { filter, path: values.output, ...layout });
        io.err(`Exported ${plural(result.count, 'entry', 'entries')} to ${values.output}.\n`);
      } else {
        const { markdown } = await session.call('exportMarkdown', { filter, ...layout });
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
