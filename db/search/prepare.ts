// What the search index stores for one entry, made from its text: the
// tokens of each field, the marks and the 초성 tokens (see
// schema.ts). Pure string work with no database: a bulk import makes 100,000
// of these, so prepare-in-background.ts runs it on a worker thread while the
// entries themselves are written.
import { PILLARS, type Pillar } from '../common/model';
import { asciiMarks, choseongField, indexTokens, metaField, normalizeText, searchForm, tagsField } from './text';

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

/**
 * The column values of an entry's row in search_text. `text` holds the
 * marks (every entry, pillars, word initials), the body's tokens and the
 * 초성 tokens: they never match typed text, so they share the first column,
 * whose tokens FTS5 stores with no column marker.
 */
export interface PreparedDoc {
  text: IndexValue;
  title: IndexValue;
  tags: IndexValue;
}

/** The prepared document of an entry, as text (the worker sends the same as UTF-8 bytes). */
export function prepareDoc(doc: IndexableText): Record<keyof PreparedDoc, string> {
  const title = searchForm(normalizeText(doc.title));
  const body = searchForm(normalizeText(doc.body));
  const tags = searchForm(tagsField(doc.tags.map(normalizeText)));
  const all = `${title}\n${body}\n${tags}`;
  const marks = metaField(doc.pillars.map((p) => PILLARS.indexOf(p))) + asciiMarks(all);
  // A line break between the fields: no 초성 run spans two of them.
  const cho = choseongField(all);
  return {
    // The marks first: their positions stay small numbers (one byte each in every doclist they are in).
    text: [marks.trim(), indexTokens(body), cho].filter(Boolean).join(' '),
    title: indexTokens(title),
    tags: indexTokens(tags),
  };
}
