// The publish manifest (.pileup-publish.json in the publish folder): the files
// Pileup wrote there and the hash of what it wrote. It is how a publish knows
// which files are its own (it never touches any other), and which of its own
// someone edited since (the file's hash no longer matches).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PileupError, errorCode } from '../common/errors';

export const MANIFEST_FILE = '.pileup-publish.json';

export interface Manifest {
  /** Relative path (forward slashes) → sha256 of the bytes Pileup wrote. */
  files: Map<string, string>;
}

export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * A path a manifest may name: relative, forward slashes, plain segments. A
 * manifest is a file in someone's repository; a path climbing out of the
 * folder (`../`) is never trusted, so never written or removed.
 */
export function isSafeRelativePath(relative: string): boolean {
  if (relative.length === 0 || relative.length > 500 || relative.startsWith('/') || relative.includes('\\')) return false;
  return relative.split('/').every((segment) => /^[\w.-]+$/.test(segment) && segment !== '.' && segment !== '..');
}

/** The manifest in `folder`; an empty one before the first publish. A manifest that does not read is refused, not guessed at. */
export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, MANIFEST_FILE);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { files: new Map() };
    throw new PileupError('internal', `Could not read ${file}: ${String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const files = typeof parsed === 'object' && parsed !== null && 'files' in parsed ? parsed.files : null;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new PileupError(
      'conflict',
      `${file} is not a Pileup publish manifest any more (it was edited or is broken), so Pileup cannot tell its files from others'. Restore it from git (git checkout -- ${MANIFEST_FILE}) and publish again.`,
    );
  }
  const out = new Map<string, string>();
  for (const [relative, hash] of Object.entries(files)) {
    if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) && isSafeRelativePath(relative)) out.set(relative, hash);
  }
  return { files: out };
}

/** The manifest's text: sorted, so it changes only when the files do. */
export function manifestText(manifest: Manifest): string {
  const files: Record<string, string> = {};
  for (const relative of [...manifest.files.keys()].sort()) files[relative] = manifest.files.get(relative) ?? '';
  return JSON.stringify({ generator: 'Pileup publish', version: 1, files }, null, 2) + '\n';
}

/** The sha256 of the file's bytes now, or null when there is no such file. */
export async function hashOnDisk(file: string): Promise<string | null> {
  try {
    return contentHash(await fs.promises.readFile(file));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}
