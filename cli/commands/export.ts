// pileup export: the same markdown the app's "Export markdown" writes.
import { filterFrom, plural, withSession, type Command } from '../common';
import { HELP } from '../help';
import { writeFileWhole } from '../output-file';
import { terminalText } from '../terminal-text';
import { COMMON_OPTIONS, FILTER_OPTIONS, UsageError, parse } from '../usage';

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
  return withSession(values.db, io, (session) => {
    const result = session.call('exportMarkdown', { filter });
    if (values.output) {
      writeFileWhole(values.output, result.markdown);
      io.err(`Exported ${plural(result.count, 'entry', 'entries')} to ${values.output}.\n`);
    } else {
      // Piped, the document stays exact; on a terminal, escape sequences in it are not obeyed.
      io.out(io.isTTY ? terminalText(result.markdown, 'lines') : result.markdown);
    }
    return 0;
  });
};
