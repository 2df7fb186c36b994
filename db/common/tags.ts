// How a tag is spelled once it is stored, shared by the core and the UI (a
// suggestion shown while the typed prefix is still settling must match it).

/** Trimmed, NFC, lower case, without a leading `#`; empty tags dropped, duplicates removed. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of tags) {
    const tag = raw.normalize('NFC').trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag) out.add(tag);
  }
  return [...out];
}

/** The prefix a typed tag text stands for ('' for none), as listTags compares it. */
export function tagPrefix(text: string): string {
  return normalizeTags([text])[0] ?? '';
}
