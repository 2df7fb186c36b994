// Reading and writing the markdown files behind the native dialogs.
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../db/common/contract';
import { PileupError } from '../db/common/errors';

export { safeMarkdownFileName } from '../db/files';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a markdown file for import, refusing what the contract would refuse anyway before loading it all. */
export function readMarkdownFile(file: string): { fileName: string; markdown: string } {
  let size: number;
  try {
    const stat = fs.statSync(file);
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
    markdown = utf8.decode(fs.readFileSync(file));
  } catch {
    throw new PileupError('invalid_input', `${path.basename(file)} is not UTF-8 text; save it as UTF-8 and import it again.`);
  }
  return { fileName: path.basename(file), markdown: markdown.replace(/^\uFEFF/, '') };
}
