// Reading and writing the markdown files behind the native dialogs.
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../db/common/contract';
import { PileupError } from '../db/common/errors';

import { fileWriteError } from '../db/files';

export { safeMarkdownFileName } from '../db/files';

/** A small file (the window state) written through a temporary file and a rename; the markdown files go through db/files.ts. */
export function writeSmallFileAtomic(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', flag: 'w' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw fileWriteError(error, file);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a markdown file for import, refusing what the contract would refuse anyway before loading it all. */
export async function readMarkdownFile(file: string): Promise<{ fileName: string; markdown: string }> {
  let size: number;
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile()) throw new PileupError('invalid_input', `${file} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof PileupError) throw error;
    throw new PileupError('invalid_input', `Cannot read ${file}.`);
  }
  if (size > LIMITS.importBytes) {
    throw new PileupError('too_large', `${path.basename(file)} is too large to import (the limit is ${LIMITS.importBytes / 1024 / 1024} MB).`);
  }
  let markdown: string;
  try {
    markdown = utf8.decode(await fs.promises.readFile(file));
  } catch {
    throw new PileupError('invalid_input', `${path.basename(file)} is not UTF-8 text; save it as UTF-8 and import it again.`);
  }
  return { fileName: path.basename(file), markdown: markdown.replace(/^\uFEFF/, '') };
}
