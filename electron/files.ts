// Reading and writing the markdown files behind the native dialogs.
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '../db/common/contract';
import { PileupError } from '../db/common/errors';

/** A file name that stays a file name: no folders, no control characters, ends in .md. */
export function safeMarkdownFileName(suggested: string): string {
  const printable = [...suggested].filter((ch) => ch.charCodeAt(0) >= 0x20).join('');
  const base = path.basename(printable.replace(/\\/g, '/')).replace(/[<>:"/\\|?*]/g, '').trim();
  const name = base === '' || base === '.' || base === '..' ? 'pileup.md' : base.slice(0, 200);
  return /\.(md|markdown)$/i.test(name) ? name : `${name}.md`;
}

/**
 * Writes through a temporary file and a rename, so a crash or a full disk
 * never leaves a half-written export where a good file used to be.
 */
export function writeTextFileAtomic(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, text, { encoding: 'utf8', flag: 'w' });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC') throw new PileupError('internal', `The disk is full; ${file} was not written.`);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new PileupError('invalid_input', `Not allowed to write ${file}.`);
    throw error;
  }
}

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
