// pileup related ID: the entries sharing the most distinctive words with one
// entry, best first; JSON shaped like `search --json` ({total, entries}) for scripts.
import { headline, plural, withReadSession, type Command } from '../common';
import { HELP } from '../help';
import { renderColumns, truncate } from '../table';
import { terminalText } from '../terminal-text';
import { COMMON_OPTIONS, UsageError, parse, parseCount } from '../usage';

const OPTIONS = {
  ...COMMON_OPTIONS,
  limit: { type: 'string', short: 'n' },
  json: { type: 'boolean' },
} as const;

const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 50;

export const related: Command = async (args, io) => {
  const { values, positionals } = parse('related', args, OPTIONS);
  if (values.help) {
    io.out(HELP.related!);
    return 0;
  }
  const [id, extra] = positionals;
  if (!id) throw new UsageError('related', 'Give the id of an entry, e.g. pileup related 01JD… (pileup list --json shows ids).');
  if (extra !== undefined) throw new UsageError('related', `Unexpected argument "${extra}": give one entry id.`);
  const limit = parseCount('related', 'limit', values.limit, DEFAULT_LIMIT);
  if (limit > MAX_LIMIT) throw new UsageError('related', `--limit may be at most ${MAX_LIMIT} (got ${limit}).`);
  return withReadSession(values.db, io, async (session) => {
    const { total, entries } = await session.call('relatedEntries', { id, limit });
    if (values.json) {
      io.out(`${JSON.stringify({ total, entries }, null, 2)}\n`);
      return 0;
    }
    if (entries.length === 0) {
      io.err('Nothing related yet.\n');
      return 0;
    }
    const rows = entries.map((e) => [e.id, e.day, e.pillars.join(','), truncate(e.tags.map((t) => `#${terminalText(t)}`).join(' '), 30), terminalText(headline(e))]);
    const lines = renderColumns(['ID', 'DAY', 'PILLARS', 'TAGS', 'TITLE'], rows, io.isTTY ? io.columns - 1 : undefined);
    for (const line of lines) io.out(`${line}\n`);
    io.err(`${plural(entries.length, 'related entry', 'related entries')}${total > entries.length ? ` of ${total} sharing a word (--limit N for more)` : ''}.\n`);
    return 0;
  });
};
