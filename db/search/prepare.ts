// What the search index stores for one entry, made from its text: the
// normalized fields, its characters for search_chars and the marks of its
// ASCII letters and digits (see schema.ts). Pure string work with no database:
// a bulk import makes 100,000 of these (~1.4 s), so prepare-in-background.ts
// runs it on a worker thread while the entries themselves are written.
import { PILLARS, type Pillar } from '../common/model';
import { asciiMarks, charsField, distinctChars, FIELD_END, metaField, normalizeText, tagsField } from './text';

/** The text of an entry, as the index reads it. */
export interface IndexableText {
  title: string;
  body: string;
  tags: readonly string[];
  pillars: readonly Pillar[];
}

/**
 * A column value for the index: text, or the same text as UTF-8 bytes (from
 * the worker; FTS5 indexes a blob's bytes as the text they spell).
 */
export type IndexValue = string | Uint8Array;

/** The column values of an entry's rows in search_text and search_chars. */
export interface PreparedDoc {
  title: IndexValue;
  body: IndexValue;
  tags: IndexValue;
  meta: IndexValue;
  chars: IndexValue;
}

/** The prepared document of an entry, as text (the worker sends the same as UTF-8 bytes). */
export function prepareDoc(doc: IndexableText): Record<keyof PreparedDoc, string> {
  const title = normalizeText(doc.title);
  const body = normalizeText(doc.body);
  const tags = tagsField(doc.tags.map(normalizeText));
  const pillars = doc.pillars.map((p) => PILLARS.indexOf(p));
  const chars = distinctChars(title, body, tags);
  return {
    title: title + FIELD_END,
    body: body + FIELD_END,
    tags: tags + FIELD_END,
    meta: metaField(pillars) + asciiMarks(chars),
    chars: charsField(pillars, chars),
  };
}
