// Argument parsing on node's util.parseArgs, with every mistake turned into a
// UsageError (exit code 2) that says what to type instead.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isValidDay } from '../db/common/limits';
import { PILLARS, type Pillar } from '../db/common/model';
import { localToday } from '../db/rows';

/** A mistake in how the command was typed: exit code 2. */
export class UsageError extends Error {
  readonly command: string;
  constructor(command: string, message: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}

/** Any other failure: exit code 1 unless given. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

export const FILTER_OPTIONS = {
  pillar: { type: 'string', short: 'p', multiple: true },
  tag: { type: 'string', short: 't', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
} as const satisfies Options;

export function parse<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error);
    throw new UsageError(command, message);
  }
}

/** `-p automation -p sharing`, `-p automation,sharing`, `-p auto`: unique prefixes, any case. */
export function parsePillars(command: string, values: readonly string[] | undefined): Pillar[] {
  const out = new Set<Pillar>();
  for (const value of values ?? []) {
    for (const word of value.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean)) {
      const matches = PILLARS.filter((p) => p.startsWith(word));
      if (matches.length !== 1) {
        throw new UsageError(command, `Unknown pillar "${word}". The pillars are: ${PILLARS.join(', ')}.`);
      }
      out.add(matches[0]!);
    }
  }
  return PILLARS.filter((p) => out.has(p));
}

export function parseDay(command: string, option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'today' || value === 'yesterday') {
    const d = new Date();
    if (value === 'yesterday') d.setDate(d.getDate() - 1);
    return localToday(d);
  }
  if (!isValidDay(value)) throw new UsageError(command, `--${option} must be a real date written as YYYY-MM-DD (got "${value}").`);
  return value;
}

export function parseCount(command: string, option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(command, `--${option} must be a whole number of at least 1 (got "${value}").`);
  return Number(value);
}
