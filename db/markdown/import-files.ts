// Importing files and folders from disk (the CLI, the desktop's open dialog):
// every file is read and checked first, then all entries go in at once.
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../common/contract';
import { UNFOLLOWED_JOB, type JobContext } from '../job';
import type { Journal } from '../journal';
import type { ImportProblem, ImportResult } from '../common/model';
import { detectFormat, importSources, type ImportOptions, type ImportSource } from './import';

export interface FilesImportResult extends ImportResult {
  /** Files read and imported. */
  files: number;
  /** Files in a folder that are none of the formats Pileup knows, left alone. */
  ignored: string[];
}

const TEXT_FILE = /\.(md|markdown|txt)$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text files under `dir`, depth first, sorted, skipping hidden folders (.git, .obsidian, .trash). */
function listTextFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    const items = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const item of items) {
      if (item.name.startsWith('.') || item.name === 'node_modules') continue;
      const full = path.join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.isFile() && TEXT_FILE.test(item.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * At most `maxBytes` bytes of `file`, read in chunks: a character device
 * (/dev/zero), a FIFO or a file still growing has no size to trust, so only
 * stopping the read bounds the memory. A non-blocking pipe (/dev/stdin)
 * answers EAGAIN while its writer is slow; wait and read again.
 */
async function readAtMost(file: string, maxBytes: number): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < maxBytes) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes - total));
      let read: number;
      try {
        ({ bytesRead: read } = await handle.read(chunk, 0, chunk.length, null));
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'EAGAIN') {
          await new Promise((resolve) => setTimeout(resolve, 10));
          continue;
        }
        throw error;
      }
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(name: string, limit: number): ImportProblem {
  const shown = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit.toLocaleString('en-US')} bytes`;
  return { line: 0, file: name, message: `The file is too large (the limit is ${shown}).` };
}

/**
 * A file's text for import, or the problem that keeps it out (too large, not
 * UTF-8). Reads at most `limit` + 1 bytes, whatever the file is.
 */
export async function readImportSource(file: string, name: string, limit: number = LIMITS.importBytes): Promise<ImportSource | ImportProblem> {
  const stat = await fs.promises.stat(file);
  if (stat.isFile() && stat.size > limit) return tooLarge(name, limit);
  const bytes = await readAtMost(file, limit + 1);
  if (bytes.length > limit) return tooLarge(name, limit);
  try {
    return { name, text: utf8.decode(bytes) };
  } catch {
    return { line: 0, file: name, message: 'The file is not UTF-8 text.' };
  }
}

export function isProblem(value: ImportSource | ImportProblem): value is ImportProblem {
  return 'message' in value;
}

/**
 * Imports files and folders, all or nothing. In a folder (Obsidian vaults
 * hold more than daily notes), a file of no known format is ignored rather
 * than reported, unless a format was chosen explicitly.
 */
export async function importPaths(journal: Journal, paths: readonly string[], options: ImportOptions, job: JobContext = UNFOLLOWED_JOB): Promise<FilesImportResult> {
  const sources: ImportSource[] = [];
  const problems: ImportProblem[] = [];
  const ignored: string[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      problems.push({ line: 0, file: given, message: 'No such file or folder.' });
      continue;
    }
    const files = stat.isDirectory() ? listTextFiles(given).map((f) => ({ file: f, name: path.relative(given, f) })) : [{ file: given, name: given }];
    for (const { file, name } of files) {
      const read = await readImportSource(file, name);
      if (isProblem(read)) problems.push(read);
      else if (stat.isDirectory() && options.format === 'auto' && detectFormat(read) === null) ignored.push(name);
      else sources.push(read);
    }
  }
  if (problems.length) return { added: 0, skipped: 0, problems, files: 0, ignored };
  const result = await importSources(journal, sources, options, job);
  return { ...result, files: result.problems.length ? 0 : sources.length, ignored };
}
