// Standard output and error written straight to their file descriptors when
// they are pipes, files or sockets. process.stdout and process.stderr load
// Node's stream, net and tty modules on first use (~7 ms of a one-shot
// search, measured through a pipe), and on Linux their writes to pipes and
// files are synchronous anyway. Terminals and anything else keep the stream:
// it knows the terminal's columns and, on Windows, its encoding.
import fs from 'node:fs';

/** How a writer reaches the system: replaced in tests. */
export interface WriterSystem {
  writeSync(fd: number, bytes: Uint8Array): number;
  /** The stream to use once direct writes cannot go on; created on first call. */
  stream(): { write(chunk: string | Uint8Array): unknown };
  /** The reader went away (EPIPE): what `pileup list | head` does. */
  onClosed(): void;
}

function errorCode(error: unknown): unknown {
  return error instanceof Error && 'code' in error ? error.code : undefined;
}

/**
 * A write function for `fd` that writes all of `text` before it returns.
 * A descriptor left non-blocking by the parent (EAGAIN) hands this and every
 * later write to the stream, which waits for the reader, so the order holds.
 */
export function fdWriter(fd: number, system: WriterSystem): (text: string) => void {
  let viaStream = false;
  return (text) => {
    if (viaStream) {
      system.stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) {
      try {
        done += system.writeSync(fd, bytes.subarray(done));
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EAGAIN') {
          viaStream = true;
          system.stream().write(bytes.subarray(done));
          return;
        }
        if (code === 'EPIPE') {
          system.onClosed();
          return;
        }
        throw error;
      }
    }
  };
}

/** True when `fd` is best written directly (see the file header). */
export function writesDirectly(fd: number): boolean {
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFIFO() || stat.isFile() || stat.isSocket();
  } catch {
    return false;
  }
}
