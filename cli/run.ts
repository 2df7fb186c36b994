// Picks the command and turns every outcome into an exit code:
// 0 success, 2 a usage mistake, 1 anything else. Messages go to stderr.
//
// Each command's code is loaded only when it runs (the bundle splits there),
// so `pileup --help` and a one-shot search do not pay for the rest.
import type { Command } from './common';
import { HELP } from './help';
import type { Io } from './io';
import { PileupError } from '../db/common/errors';
import { CliError, UsageError } from './usage';

/** SQLite's own messages mean nothing to a user; file-system messages name the file, so they stay. */
async function describeFailure(error: unknown): Promise<string> {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof PileupError || (typeof code === 'string' && code.startsWith('SQLITE_'))) {
    const { toErrorBody } = await import('../db/handlers-dispatch');
    return toErrorBody(error).message;
  }
  return error instanceof Error ? error.message : String(error);
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  add: async () => (await import('./commands/add')).add,
  list: async () => (await import('./commands/list')).list,
  search: async () => (await import('./commands/list')).search,
  related: async () => (await import('./commands/related')).related,
  export: async () => (await import('./commands/export')).exportCommand,
  import: async () => (await import('./commands/import')).importCommand,
  backup: async () => (await import('./commands/backup')).backup,
  stats: async () => (await import('./commands/stats')).stats,
  review: async () => (await import('./commands/review')).review,
  publish: async () => (await import('./commands/publish')).publishCommand,
};

function isCommandName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] && isCommandName(rest[0]) ? rest[0] : 'pileup';
    if (name === undefined) io.err(HELP[topic]!);
    else io.out(HELP[topic]!);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.out('pileup 0.1.0\n');
    return 0;
  }
  if (!isCommandName(name)) {
    io.err(`pileup: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See pileup --help.\n`);
    return 2;
  }
  try {
    const command = await COMMANDS[name]!();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pileup ${error.command}: ${error.message}\nSee pileup ${error.command} --help.\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`pileup ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`pileup ${name}: ${await describeFailure(error)}\n`);
    if (io.env.PILEUP_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return 1;
  }
}
