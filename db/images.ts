// Images stored in the journal file (migration 7). The reference format that
// bodies carry is `pileup-image:<sha256>.<ext>` (see common/images.ts for why);
// hosts serve the bytes (electron/app-protocol.ts, web/server.ts), the renderer
// only ever sees the host's URL for them. Content-addressed: adding the same
// bytes twice stores one row and returns the same id.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PileupError } from './common/errors';
import { IMAGE_MAX_BYTES, IMAGE_REF_RE, IMAGE_SCHEME, IMAGE_TYPES, imageAltText, imageIdsIn, imageRef, isImageId, isImageMime, type ImageMime } from './common/images';
import { fileWriteError } from './files';

export interface AddImageInput {
  /** The bytes, base64-encoded (what a JSON transport carries). */
  dataBase64?: string | undefined;
  bytes?: Uint8Array | undefined;
  /** The type the sender claims; the bytes decide. */
  mime: string;
  /** The file's name, for the alt text. */
  name?: string | undefined;
}

export interface AddedImage {
  id: string;
  mime: ImageMime;
  /** `![name](pileup-image:<id>.<ext>)`, ready to insert at the caret. */
  markdown: string;
}

export interface StoredImage {
  mime: ImageMime;
  bytes: Uint8Array;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/** The image type the bytes really are (by their magic numbers), or null for anything else (SVG, HTML, a PDF…). */
export function sniffImageType(bytes: Uint8Array): ImageMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61])) return 'image/gif';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

const megabytes = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export const IMAGE_TOO_LARGE = `The image is too large (the limit is ${IMAGE_MAX_BYTES / 1024 / 1024} MB each).`;

/** The bytes of an addImage input, checked: not empty, not too large, really a PNG, JPEG, GIF or WebP. */
export function checkImage(input: AddImageInput): { bytes: Uint8Array; mime: ImageMime } {
  let bytes: Uint8Array;
  if (input.bytes) bytes = input.bytes;
  else if (typeof input.dataBase64 === 'string') {
    // Decoded size known before decoding: refuse a huge one without allocating it.
    if (Math.floor((input.dataBase64.length * 3) / 4) > IMAGE_MAX_BYTES + 3) throw new PileupError('too_large', IMAGE_TOO_LARGE);
    bytes = Buffer.from(input.dataBase64, 'base64');
  } else throw new PileupError('invalid_input', 'Send the image as dataBase64 or bytes.');
  if (bytes.length === 0) throw new PileupError('invalid_input', 'The image is empty.');
  if (bytes.length > IMAGE_MAX_BYTES) throw new PileupError('too_large', `${IMAGE_TOO_LARGE.slice(0, -1)}; this one is ${megabytes(bytes.length)}.`);
  if (input.mime === 'image/svg+xml') throw new PileupError('invalid_input', 'SVG images are not accepted (they can carry scripts); paste a PNG, JPEG, GIF or WebP.');
  const mime = sniffImageType(bytes);
  if (!mime) throw new PileupError('invalid_input', 'This is not an image Pileup keeps: paste or drop a PNG, JPEG, GIF or WebP.');
  return { bytes, mime };
}

export function imageId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stores an image (once per content) and returns the markdown that shows it. */
export function addImage(db: Database, input: AddImageInput, now: string = new Date().toISOString()): AddedImage {
  const { bytes, mime } = checkImage(input);
  const id = imageId(bytes);
  db.prepare<[string, string, number, Uint8Array, string]>(
    'INSERT INTO images (id, mime, size, bytes, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  ).run(id, mime, bytes.length, bytes, now);
  return { id, mime, markdown: `![${imageAltText(input.name ?? '')}](${imageRef(id, mime)})` };
}

interface ImageRow {
  mime: string;
  bytes: Buffer;
}

/** The stored image `id`, or null when there is none (or `id` is not a well-formed id). */
export function readImage(db: Database, id: string): StoredImage | null {
  if (!isImageId(id)) return null;
  const row = db.prepare<[string], ImageRow>('SELECT mime, bytes FROM images WHERE id = ?').get(id);
  if (!row || !isImageMime(row.mime)) return null;
  // A plain Uint8Array view: it crosses worker and process boundaries as bytes.
  return { mime: row.mime, bytes: new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) };
}

/** The images the given entries' bodies (and their revisions') refer to: what a purge of them may leave unreferenced. */
export function imagesOfEntries(db: Database, seqs: readonly number[]): Set<string> {
  const ids = new Set<string>();
  const bodies = db.prepare<[number, number], string>(
    `SELECT body FROM entries WHERE seq = ? AND instr(body, '${IMAGE_SCHEME}') > 0
     UNION ALL SELECT body FROM revisions WHERE entry_seq = ? AND instr(body, '${IMAGE_SCHEME}') > 0`,
  ).pluck();
  for (const seq of seqs) for (const body of bodies.all(seq, seq)) for (const id of imageIdsIn(body)) ids.add(id);
  return ids;
}

/**
 * Removes those of `candidates` that no entry (live or in the trash) and no
 * revision refers to any more. Only candidates: an image pasted into a draft
 * not saved yet is referenced by nothing stored, and must survive.
 */
export function removeUnreferencedImages(db: Database, candidates: Iterable<string>): number {
  const used = db.prepare<[string, string], number>(
    `SELECT EXISTS (SELECT 1 FROM entries WHERE instr(body, ?) > 0) OR EXISTS (SELECT 1 FROM revisions WHERE instr(body, ?) > 0)`,
  ).pluck();
  const remove = db.prepare<[string]>('DELETE FROM images WHERE id = ?');
  let removed = 0;
  for (const id of candidates) {
    const needle = `${IMAGE_SCHEME}${id}`;
    if (used.get(needle, needle) === 1) continue;
    removed += remove.run(id).changes;
  }
  return removed;
}

/** The folder, beside an exported markdown file, that holds its images. */
export const IMAGES_DIR = 'images';

/**
 * For a share export or a publish: writes every stored image `markdown` refers
 * to into `<dir>/images/<id>.<ext>` (each file atomically: a temporary file
 * renamed into place) and returns the markdown with `pileup-image:<id>.<ext>`
 * rewritten to `images/<id>.<ext>`. A reference to an image the file does not
 * hold is left as it is. Content-addressed names: a file already there is the same image.
 */
export function writeImagesBeside(db: Database, markdown: string, dir: string): string {
  const ids = imageIdsIn(markdown);
  if (ids.size === 0) return markdown;
  const folder = path.join(dir, IMAGES_DIR);
  const written = new Map<string, string>();
  for (const id of ids) {
    const image = readImage(db, id);
    if (!image) continue;
    const name = `${id}.${IMAGE_TYPES[image.mime]}`;
    const file = path.join(folder, name);
    try {
      if (!fs.existsSync(file)) {
        fs.mkdirSync(folder, { recursive: true });
        const temp = path.join(folder, `.${id}.${process.pid}.${Date.now()}.tmp`);
        try {
          fs.writeFileSync(temp, image.bytes);
          fs.renameSync(temp, file);
        } finally {
          fs.rmSync(temp, { force: true });
        }
      }
    } catch (error) {
      throw fileWriteError(error, file);
    }
    written.set(id, name);
  }
  return markdown.replace(IMAGE_REF_RE, (ref: string, id: string) => {
    const name = written.get(id);
    return name ? `${IMAGES_DIR}/${name}` : ref;
  });
}
