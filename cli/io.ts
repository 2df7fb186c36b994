// The terminal as the commands see it, so they never touch `process` directly.
import { LIMITS } from '../db/common/limits';
import { terminalText } from './terminal-text';
import { CliError } from './usage';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as UTF-8 text, or null when it is a terminal (nothing piped). */
  readStdin(): Promise<string | null>;
  /** True when standard output is a terminal: columns, colours, truncation. */
  isTTY: boolean;
  columns: number;
  color: boolean;
  env: Record<string, string | undefined>;
}

/** The most standard input may hold: as much as one import file. */
export const STDIN_LIMIT_BYTES = LIMITS.importBytes;

/** A stream's bytes as UTF-8 text; stops reading, and refuses, past `limit` bytes (a pipe from /dev/zero never ends). */
export async function readAll(stream: AsyncIterable<Buffer | string>, limit: number = STDIN_LIMIT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (total > limit) throw new CliError(`Standard input is too large (the limit is ${limit / 1024 / 1024} MB).`);
    chunks.push(bytes);
  }
  // Decode once at the end, so a multi-byte character split across chunks stays whole.
  return Buffer.concat(chunks).toString('utf8');
}

export function nodeIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    out: (text) => void process.stdout.write(text),
    // Standard error carries only messages, which may quote titles and file names: never escape sequences.
    err: (text) => void process.stderr.write(terminalText(text, 'lines')),
    readStdin: async () => (process.stdin.isTTY ? null : readAll(process.stdin)),
    isTTY,
    columns: process.stdout.columns || 100,
    color: isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    env: process.env,
  };
}
