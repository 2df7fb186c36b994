// pileup list / pileup search: readable columns on a terminal, JSON for scripts.
import { LIMITS } from '../../db/common/limits';
import type { EntryListItem, EntryPage, ListFilter, SearchNotes, SnippetPart } from '../../db/common/model';
import { filterFrom, headline, plural, type Command } from '../common';
import { HELP } from '../help';
import type { Io } from '../io';
import { withListReader, type ListReader } from '../list-reader';
import { describeSearchNotes } from '../search-notes';
import { COMMON_OPTIONS, FILTER_OPTIONS, UsageError, parse, parseCount } from '../usage';
import { renderColumns, truncate } from '../table';
import { terminalText } from '../terminal-text';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...FILTER_OPTIONS,
  limit: { type: 'string', short: 'n' },
  json: { type: 'boolean' },
  trash: { type: 'boolean' },
} as const;

const DEFAULT_LIMIT = 50;

async function fetch(read: ListReader, filter: ListFilter, limit: number): Promise<{ entries: EntryListItem[]; total: number; notes?: SearchNotes }> {
  const entries: EntryListItem[] = [];
  let cursor: string | null = null;
  let notes: SearchNotes | undefined;
  do {
    const page: EntryPage = await read.page({ filter, cursor, limit: Math.min(LIMITS.pageSize, limit - entries.length) });
    entries.push(...page.entries);
    cursor = page.nextCursor;
    // The first page's notes hold for the whole result.
    notes ??= page.notes;
  } while (cursor && entries.length < limit);
  // Pages that ran out before the limit have counted already.
  const total = cursor ? await read.count(filter) : entries.length;
  return notes ? { entries, total, notes } : { entries, total };
}

const BOLD_YELLOW = ['\u001b[1;33m', '\u001b[0m'] as const;
const DIM = ['\u001b[2m', '\u001b[0m'] as const;

function snippetText(parts: readonly SnippetPart[], color: boolean): string {
  return parts
    .map((p) => {
      const text = terminalText(p.text).replace(/\s+/g, ' ');
      return p.hit && color ? `${BOLD_YELLOW[0]}${text}${BOLD_YELLOW[1]}` : text;
    })
    .join('')
    .trim();
}

function printTable(io: Io, entries: readonly EntryListItem[], withSnippets: boolean): void {
  const rows = entries.map((e) => [
    e.day,
    e.pillars.join(','),
    truncate(e.tags.map((t) => `#${terminalText(t)}`).join(' '), 30),
    terminalText(headline(e)),
  ]);
  const lines = renderColumns(['DAY', 'PILLARS', 'TAGS', 'TITLE'], rows, io.isTTY ? io.columns - 1 : undefined);
  io.out(`${io.color ? `${DIM[0]}${lines[0]}${DIM[1]}` : lines[0]}\n`);
  entries.forEach((entry, i) => {
    io.out(`${lines[i + 1]}\n`);
    if (withSnippets && entry.snippet?.length) {
      const plain = snippetText(entry.snippet, false);
      // Cut the plain text to the terminal, then colour only what is left.
      let text = plain;
      if (io.isTTY && plain.length > io.columns - 8) text = truncate(plain, io.columns - 8);
      else if (io.color) text = snippetText(entry.snippet, true);
      io.out(`    ${text}\n`);
    }
  });
}

function makeListCommand(name: 'list' | 'search'): Command {
  return async (args, io) => {
    const { values, positionals } = parse(name, args, OPTIONS);
    if (values.help) {
      io.out(HELP[name]!);
      return 0;
    }
    const filter = filterFrom(name, values);
    if (name === 'search') {
      const query = positionals.join(' ').trim();
      if (!query) throw new UsageError(name, 'Give a search query, e.g. pileup search "배포 자동화".');
      filter.query = query;
    } else if (positionals.length) {
      throw new UsageError(name, `Unexpected argument "${positionals[0]}" (to search, use pileup search QUERY).`);
    }
    if (values.trash) {
      if (name === 'search') throw new UsageError(name, '--trash is for pileup list.');
      filter.trash = true;
    }
    const limit = parseCount(name, 'limit', values.limit, DEFAULT_LIMIT);
    return withListReader(values.db, io, filter, async (read) => {
      const { entries, total, notes } = await fetch(read, filter, limit);
      // On stderr, so `--json` keeps its shape ({total, entries}) and scripts their input.
      for (const line of describeSearchNotes(notes)) io.err(`pileup ${name}: ${line}\n`);
      if (values.json) {
        io.out(`${JSON.stringify({ total, entries }, null, 2)}\n`);
        return 0;
      }
      if (entries.length === 0) {
        io.err(name === 'search' ? 'Nothing found.\n' : 'No entries match.\n');
        return 0;
      }
      printTable(io, entries, name === 'search');
      io.err(total > entries.length ? `Showing ${entries.length} of ${plural(total, 'entry', 'entries')} (--limit N for more).\n` : `${plural(total, 'entry', 'entries')}.\n`);
      return 0;
    });
  };
}

export const list = makeListCommand('list');
export const search = makeListCommand('search');
