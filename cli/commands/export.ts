// pileup export: the same markdown the app's "Export markdown" writes.
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
} as const;

export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parse('export', args, OPTIONS);
  if (values.help) {
    io.out(HELP.export!);
    return 0;
  }
  if (positionals.length) throw new UsageError('export', `Unexpected argument "${positionals[0]}" (write to a file with -o FILE).`);
  const filter = filterFrom('export', values);
  if (values.query?.trim()) filter.query = values.query.trim();
  return withReadSession(values.db, io, async (session) => {
    if (values.output) {
      // Streamed into the file page by page; it replaces the file only once complete.
      const dir = path.dirname(path.resolve(values.output));
      if (!fs.existsSync(dir)) throw new CliError(`The folder ${dir} does not exist.`);
      const result = await session.call('exportMarkdownFile', { filter, path: values.output });
      io.err(`Exported ${plural(result.count, 'entry', 'entries')} to ${values.output}.\n`);
    } else {
      const { markdown } = await session.call('exportMarkdown', { filter });
      // Piped, the document stays exact; on a terminal, escape sequences in it are not obeyed.
      io.out(io.isTTY ? terminalText(markdown, 'lines') : markdown);
    }
    return 0;
  });
};
