// Drafts survive reloads and closed windows: the editor writes its fields to
// localStorage as the user types (new-entry draft, and one per edited entry).
import type { EntryDraft, Pillar } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';

export interface EditorFields {
  title: string;
  body: string;
  day: string;
  pillars: Pillar[];
  tags: string[];
  /** Text still in the tag box, not yet turned into a tag. */
  pendingTag: string;
}

export interface StoredDraft {
  fields: EditorFields;
  /** When the draft was written (ms since epoch). */
  savedAt: number;
  /** For edits: the entry's updatedAt the draft started from. */
  baseUpdatedAt?: string;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftKey(entryId: string | null): string {
  return entryId ? `pileup.draft.edit.${entryId}` : 'pileup.draft.new';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Reads a draft back, ignoring anything malformed (an old version, a hand edit). */
export function loadDraft(storage: DraftStorage, entryId: string | null): StoredDraft | null {
  let parsed: unknown;
  try {
    const raw = storage.getItem(draftKey(entryId));
    if (!raw) return null;
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { fields, savedAt, baseUpdatedAt } = parsed as Record<string, unknown>;
  if (typeof fields !== 'object' || fields === null || typeof savedAt !== 'number') return null;
  const f = fields as Record<string, unknown>;
  if (typeof f.title !== 'string' || typeof f.body !== 'string' || typeof f.day !== 'string') return null;
  if (!isStringArray(f.pillars) || !isStringArray(f.tags)) return null;
  const pillars = PILLARS.filter((p) => (f.pillars as string[]).includes(p));
  const draft: StoredDraft = {
    fields: { title: f.title, body: f.body, day: f.day, pillars, tags: f.tags, pendingTag: typeof f.pendingTag === 'string' ? f.pendingTag : '' },
    savedAt,
  };
  if (typeof baseUpdatedAt === 'string') draft.baseUpdatedAt = baseUpdatedAt;
  return draft;
}

export function saveDraft(storage: DraftStorage, entryId: string | null, draft: StoredDraft): void {
  try {
    storage.setItem(draftKey(entryId), JSON.stringify(draft));
  } catch {
    // A full or disabled storage must never break typing; the draft is best effort.
  }
}

export function clearDraft(storage: DraftStorage, entryId: string | null): void {
  try {
    storage.removeItem(draftKey(entryId));
  } catch {
    // Same as above: best effort.
  }
}

/** Fields that differ from what is saved (an empty new entry is not a draft worth keeping). */
export function isWorthKeeping(fields: EditorFields, saved: EditorFields): boolean {
  return (
    fields.title !== saved.title ||
    fields.body !== saved.body ||
    fields.day !== saved.day ||
    fields.pendingTag.trim() !== saved.pendingTag.trim() ||
    fields.pillars.join() !== saved.pillars.join() ||
    fields.tags.join('\u0000') !== saved.tags.join('\u0000')
  );
}

/** Splits typed tag text ("k8s, #배포") into tags the way the core will normalise them. */
export function splitTags(text: string): string[] {
  return text.split(/[,\n]/).map((t) => t.trim().replace(/^#/, '').trim()).filter((t) => t !== '');
}

export function addTags(tags: readonly string[], more: readonly string[]): string[] {
  const out = [...tags];
  for (const tag of more) if (!out.some((t) => t.toLocaleLowerCase() === tag.toLocaleLowerCase())) out.push(tag);
  return out;
}

export function toEntryDraft(fields: EditorFields): EntryDraft {
  return {
    title: fields.title,
    body: fields.body,
    day: fields.day,
    pillars: fields.pillars,
    tags: addTags(fields.tags, splitTags(fields.pendingTag)),
  };
}
