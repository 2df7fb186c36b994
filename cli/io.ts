// The terminal as the commands see it, so they never touch `process` directly.
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

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  // Decode once at the end, so a multi-byte character split across chunks stays whole.
  return Buffer.concat(chunks).toString('utf8');
}

export function nodeIo(): Io {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async () => (process.stdin.isTTY ? null : readAll(process.stdin)),
    isTTY,
    columns: process.stdout.columns || 100,
    color: isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    env: process.env,
  };
}
