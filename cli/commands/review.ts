// pileup review: a week or a month as markdown to share, in --lang (default
// from the locale), private entries left out unless --include-private.
import { withReadSession, type Command } from '../common';
import { parseLang } from './export';
import { HELP } from '../help';
import { writeFileWhole } from '../output-file';
import { terminalText } from '../terminal-text';
import { COMMON_OPTIONS, UsageError, parse } from '../usage';

const OPTIONS = {
  ...COMMON_OPTIONS,
  week: { type: 'string' },
  month: { type: 'string' },
  output: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  'include-private': { type: 'boolean' },
} as const;

export const review: Command = async (args, io) => {
  const { values, positionals } = parse('review', args, OPTIONS);
  if (values.help) {
    io.out(HELP.review!);
    return 0;
  }
  if (positionals.length) throw new UsageError('review', `Unexpected argument "${positionals[0]}".`);
  if (Boolean(values.week) === Boolean(values.month)) throw new UsageError('review', 'Choose one period: --week 2026-W47 or --month 2026-11.');
  const options = { lang: parseLang('review', values.lang, io.env), includePrivate: Boolean(values['include-private']) };
  const period = values.week ? { week: values.week, ...options } : { month: values.month ?? '', ...options };
  return withReadSession(values.db, io, async (session) => {
    const result = await session.call('review', period);
    if (values.output) {
      writeFileWhole(values.output, result.markdown);
      io.err(`Wrote the review of ${result.period} (${result.count} entries) to ${values.output}.\n`);
    } else {
      const markdown = result.markdown.endsWith('\n') ? result.markdown : `${result.markdown}\n`;
      // Piped, the document stays exact; on a terminal, escape sequences in it are not obeyed.
      io.out(io.isTTY ? terminalText(markdown, 'lines') : markdown);
    }
    return 0;
  });
};
