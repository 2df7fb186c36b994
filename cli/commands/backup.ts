// pileup backup: SQLite's online backup, consistent while others write.
import fs from 'node:fs';
import path from 'node:path';
import { plural, withReadSession, type Command } from '../common';
import { HELP } from '../help';
import { COMMON_OPTIONS, CliError, UsageError, parse } from '../usage';

const OPTIONS = { ...COMMON_OPTIONS, force: { type: 'boolean' } } as const;

export const backup: Command = async (args, io) => {
  const { values, positionals } = parse('backup', args, OPTIONS);
  if (values.help) {
    io.out(HELP.backup!);
    return 0;
  }
  const target = positionals[0];
  if (!target || positionals.length > 1) throw new UsageError('backup', 'Name one file to write the backup to.');
  if (fs.existsSync(target)) {
    if (fs.statSync(target).isDirectory()) throw new CliError(`${target} is a folder; name a file.`);
    if (!values.force) throw new CliError(`${target} already exists; use --force to replace it.`);
  }
  return withReadSession(values.db, io, async (session) => {
    if (path.resolve(target) === path.resolve(session.file)) throw new CliError('That is the journal itself; name another file.');
    const total = await session.call('countEntries', { filter: {} });
    await session.call('backupJournal', { path: target });
    io.err(`Backed up ${plural(total, 'entry', 'entries')} to ${target}.\n`);
    return 0;
  });
};
