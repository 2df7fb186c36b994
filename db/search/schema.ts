// The search index tables (migration 2). Both tables are contentless: the text
// lives in `entries`, the index only answers "which seq contains this".
//
// Why two tables (see DESIGN.md, "Korean text"):
// - search_text uses FTS5's trigram tokenizer. Any term of 3+ characters is a
//   phrase of trigrams, which matches it as a substring anywhere: 자동화 inside
//   자동화를, "deploy" inside "redeployed", mixed text alike.
// - Trigrams cannot match 1–2 character terms, and many Korean words are two
//   syllables (배포, 회고). search_short holds every character and every pair of
//   adjacent characters (within a whitespace-separated run) as a token,
//   generated in JS (tokens.ts) and separated by spaces. Its tokenizer keeps
//   letters, digits, marks, punctuation and symbols inside tokens, so a token
//   like `c#` or `👍` survives intact. It stores no positions (detail=column):
//   a 1–2 character term is one token and needs no phrase matching, and this
//   keeps the table a fraction of the trigram table's size.
// Only live entries are indexed; the trash is searched by a scan (it is small).
export const SEARCH_SCHEMA = `
  CREATE VIRTUAL TABLE search_text USING fts5(
    title, body, tags,
    tokenize = 'trigram',
    content = '', contentless_delete = 1
  );
  INSERT INTO search_text (search_text, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0)');

  CREATE VIRTUAL TABLE search_short USING fts5(
    title, body, tags,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cf'",
    content = '', contentless_delete = 1, detail = column
  );
  INSERT INTO search_short (search_short, rank) VALUES ('rank', 'bm25(10.0, 1.0, 5.0)');
`;
