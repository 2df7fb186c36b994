// pileup add: one entry from arguments or standard input; --jsonl for many.
import { PILLARS, type Pillar } from '../../db/common/model';
import { normalizeTags } from '../../db/common/tags';
import { headline, pillarList, withSession, type Command } from '../common';
import { HELP } from '../help';
import type { Io } from '../io';
import type { Session } from '../session';
import { COMMON_OPTIONS, CliError, FILTER_OPTIONS, UsageError, parse, parseDay, parsePillars } from '../usage';

const OPTIONS = {
  ...COMMON_OPTIONS,
  pillar: FILTER_OPTIONS.pillar,
  tag: FILTER_OPTIONS.tag,
  title: { type: 'string' },
  day: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
} as const;

const NO_PILLAR = `Choose at least one pillar with -p: ${PILLARS.join(', ')}.`;

export const add: Command = async (args, io) => {
  const { values, positionals } = parse('add', args, OPTIONS);
  if (values.help) {
    io.out(HELP.add!);
    return 0;
  }
  const pillars = parsePillars('add', values.pillar);
  const day = parseDay('add', 'day', values.day);
  const tags = values.tag ?? [];
  if (values.jsonl) return addJsonLines(io, values.db, pillars, tags);
  if (pillars.length === 0) throw new UsageError('add', NO_PILLAR);

  let body = positionals.join(' ');
  if (positionals.length === 0) {
    const piped = await io.readStdin();
    if (piped === null && !values.title) {
      throw new UsageError('add', 'Write the entry as an argument (pileup add "what I did" -p automation) or pipe it in.');
    }
    body = piped ?? '';
  }
  const title = values.title ?? '';
  if (!title.trim() && !body.trim()) throw new UsageError('add', 'The entry is empty: write a title or a body.');

  return withSession(values.db, io, async (session) => {
    const entry = await session.call('createEntry', { title, body, pillars, tags, ...(day ? { day } : {}) });
    if (values.json) io.out(`${JSON.stringify(entry, null, 2)}\n`);
    io.err(`Added to ${entry.day} [${pillarList(entry.pillars)}]: ${headline(entry)}\n`);
    return 0;
  });
};

interface LineEntry {
  title?: unknown;
  body?: unknown;
  day?: unknown;
  pillars?: unknown;
  tags?: unknown;
}

/** A JSON object: its fields are checked by the contract when the entry is added. */
const isLineEntry = (value: unknown): value is LineEntry => typeof value === 'object' && value !== null && !Array.isArray(value);

async function addJsonLines(io: Io, db: string | undefined, pillars: Pillar[], tags: string[]): Promise<number> {
  const text = await io.readStdin();
  if (text === null) throw new UsageError('add', '--jsonl reads entries from standard input; pipe them in.');
  const lines = text.split('\n');
  return withSession(db, io, async (session) => {
    let added = 0;
    for (const [index, line] of lines.entries()) {
      if (!line.trim()) continue;
      const entry = parseLine(line, index + 1);
      await addOne(session, entry, pillars, tags, index + 1);
      added++;
    }
    io.err(`Added ${added} ${added === 1 ? 'entry' : 'entries'}.\n`);
    return 0;
  });
}

function parseLine(line: string, n: number): LineEntry {
  try {
    const value: unknown = JSON.parse(line);
    if (isLineEntry(value)) return value;
  } catch {
    // reported below
  }
  throw new CliError(`Line ${n} of standard input is not a JSON object; the lines before it were added.`, 2);
}

async function addOne(session: Session, entry: LineEntry, pillars: Pillar[], tags: string[], n: number): Promise<void> {
  const ownPillars = Array.isArray(entry.pillars) ? entry.pillars : [];
  const ownTags = Array.isArray(entry.tags) ? entry.tags : [];
  try {
    await session.callWithUncheckedInput('createEntry', {
      ...entry,
      pillars: ownPillars.length ? ownPillars : pillars,
      tags: normalizeTags([...ownTags.map(String), ...tags]),
    });
  } catch (error) {
    if (error instanceof CliError) throw new CliError(`Line ${n}: ${error.message} (the lines before it were added)`, error.exitCode);
    throw error;
  }
}
