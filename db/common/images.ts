// Images in entry bodies, the part every runtime shares (pure: the renderer
// imports it). A body refers to a stored image as `pileup-image:<sha256>.<ext>`,
// e.g. `![dashboard](pileup-image:9f86d0…0a08.png)`: a scheme no remote loader
// understands (a body pasted elsewhere never fetches anything), which survives
// markdown exports and imports untouched. The id is the SHA-256 of the bytes
// in lowercase hex; the extension only says the type to people and to exports.

export const IMAGE_SCHEME = 'pileup-image:';

/** The types we store and serve. SVG is refused: it can carry script. */
export const IMAGE_TYPES = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
} as const;

export type ImageMime = keyof typeof IMAGE_TYPES;

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;

export const IMAGE_ID_RE = /^[0-9a-f]{64}$/;

/** One `pileup-image:` reference anywhere in a text (the id, then the extension). */
export const IMAGE_REF_RE = /pileup-image:([0-9a-f]{64})\.(png|jpg|gif|webp)\b/g;

export function isImageId(value: string): boolean {
  return IMAGE_ID_RE.test(value);
}

export function isImageMime(value: string): value is ImageMime {
  return Object.prototype.hasOwnProperty.call(IMAGE_TYPES, value);
}

export function imageRef(id: string, mime: ImageMime): string {
  return `${IMAGE_SCHEME}${id}.${IMAGE_TYPES[mime]}`;
}

/** The id a `pileup-image:` URL names, or null when `url` is not one (or is malformed). */
export function imageIdOf(url: string): string | null {
  const m = /^pileup-image:([0-9a-f]{64})\.(png|jpg|gif|webp)$/.exec(url);
  return m?.[1] ?? null;
}

/** The ids of every image a text refers to, each once. */
export function imageIdsIn(text: string): Set<string> {
  const ids = new Set<string>();
  if (!text.includes(IMAGE_SCHEME)) return ids;
  for (const m of text.matchAll(IMAGE_REF_RE)) if (m[1]) ids.add(m[1]);
  return ids;
}

/** Alt text safe inside `![…]`: no brackets or line breaks, not empty. */
export function imageAltText(name: string): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const cleaned = base.replace(/[[\]\\\r\n]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return cleaned || 'image';
}

/** The types a host serves a stored image as (the core checked the bytes when it stored them). */
export const SERVABLE_IMAGE_TYPES: readonly string[] = Object.keys(IMAGE_TYPES);

/** True for what the core's readImage answers with an image (an envelope's value arrives untyped). */
export function isStoredImage(value: unknown): value is { mime: string; bytes: Uint8Array } {
  return typeof value === 'object' && value !== null && 'mime' in value && typeof value.mime === 'string' && 'bytes' in value && value.bytes instanceof Uint8Array;
}
