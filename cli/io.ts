// The terminal as the commands see it, so they never touch `process` directly.
import fs from 'node:fs';
import { LIMITS } from '../db/common/limits';
import { fdWriter, writesDirectly } from './fd-writer';
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
  let stdout: NodeJS.WriteStream | undefined;
  /** process.stdout, created on first use; its EPIPE means the reader went away (`pileup list | head`), which is no error. */
  const stdoutStream = (): NodeJS.WriteStream => {
    if (stdout) return stdout;
    stdout = process.stdout;
    stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    return stdout;
  };
  const writeSync = (fd: number, bytes: Uint8Array): number => fs.writeSync(fd, bytes);
  const outDirect = writesDirectly(1);
  const out = outDirect ? fdWriter(1, { writeSync, stream: stdoutStream, onClosed: () => process.exit(0) }) : (text: string) => void stdoutStream().write(text);
  // When nobody reads the messages any more, there is nowhere to say so.
  const err = writesDirectly(2) ? fdWriter(2, { writeSync, stream: () => process.stderr, onClosed: () => undefined }) : (text: string) => void process.stderr.write(text);
  // A pipe or a file is no terminal (and process.stdout is then never created).
  const isTTY = !outDirect && Boolean(stdoutStream().isTTY);
  return {
    out,
    // Standard error carries only messages, which may quote titles and file names: never escape sequences.
    err: (text) => err(terminalText(text, 'lines')),
    readStdin: async () => (process.stdin.isTTY ? null : readAll(process.stdin)),
    isTTY,
    columns: (isTTY && stdoutStream().columns) || 100,
    color: isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    env: process.env,
  };
}
