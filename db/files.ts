// Writing files the core produces (exports), so that a crash or a full disk
// never leaves a half-written file where a good one used to be.
import fs from 'node:fs';
import path from 'node:path';
import { errorCode, PileupError } from './common/errors';

/** A file name that stays a file name: no folders, no control characters, ends in .md. */
export function safeMarkdownFileName(suggested: string): string {
  const printable = [...suggested].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  const base = path.basename(printable.replace(/\\/g, '/')).replace(/[<>:"/\\|?*]/g, '').trim();
  const name = base === '' || base === '.' || base === '..' ? 'pileup.md' : base.slice(0, 200);
  return /\.(md|markdown)$/i.test(name) ? name : `${name}.md`;
}

/** A PileupError for a failed write of `file`, or the error itself when it is not about the file. */
export function fileWriteError(error: unknown, file: string): unknown {
  const code = errorCode(error);
  if (code === 'ENOSPC') return new PileupError('internal', `The disk is full; ${file} was not written.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new PileupError('invalid_input', `Not allowed to write ${file}.`);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new PileupError('invalid_input', `The folder of ${file} does not exist.`);
  if (code === 'EISDIR') return new PileupError('invalid_input', `${file} is a folder; name a file.`);
  return error;
}

/** A file written piece by piece next to its target, then renamed over it; `abort` removes it. */
export interface AtomicFile {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function openAtomicFile(file: string): AtomicFile {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let handle: fs.promises.FileHandle | null = null;
  const opened = async (): Promise<fs.promises.FileHandle> => (handle ??= await fs.promises.open(temp, 'w'));
  const fail = async (error: unknown): Promise<never> => {
    await handle?.close().catch(() => undefined);
    handle = null;
    await fs.promises.rm(temp, { force: true });
    throw fileWriteError(error, file);
  };
  return {
    async write(text) {
      try {
        await (await opened()).write(text, null, 'utf8');
      } catch (error) {
        await fail(error);
      }
    },
    async commit() {
      try {
        const h = await opened();
        await h.close();
        handle = null;
        await fs.promises.rename(temp, file);
      } catch (error) {
        await fail(error);
      }
    },
    async abort() {
      await handle?.close().catch(() => undefined);
      handle = null;
      await fs.promises.rm(temp, { force: true });
    },
  };
}

/** Writes `text` to `file` atomically. */
export async function writeTextFileAtomic(file: string, text: string): Promise<void> {
  const out = openAtomicFile(file);
  await out.write(text);
  await out.commit();
}
