// Picks the command and turns every outcome into an exit code:
// 0 success, 2 a usage mistake, 1 anything else. Messages go to stderr.
import { add } from './commands/add';
import { backup } from './commands/backup';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { list, search } from './commands/list';
import { related } from './commands/related';
import { review } from './commands/review';
import { stats } from './commands/stats';
import type { Command } from './common';
import { HELP } from './help';
import type { Io } from './io';
import { toErrorBody } from '../db/handlers-dispatch';
import { PileupError } from '../db/common/errors';
import { CliError, UsageError } from './usage';

/** SQLite's own messages mean nothing to a user; file-system messages name the file, so they stay. */
function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof PileupError || (typeof code === 'string' && code.startsWith('SQLITE_'))) return toErrorBody(error).message;
  return error instanceof Error ? error.message : String(error);
}

const COMMANDS: Record<string, Command> = {
  add,
  list,
  search,
  related,
  export: exportCommand,
  import: importCommand,
  backup,
  stats,
  review,
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
    return await COMMANDS[name]!(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pileup ${error.command}: ${error.message}\nSee pileup ${error.command} --help.\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`pileup ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.err(`pileup ${name}: ${describeFailure(error)}\n`);
    if (io.env.PILEUP_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return 1;
  }
}
