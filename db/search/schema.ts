// The search index tables. Filled by the search module.
export const SEARCH_SCHEMA = `
  CREATE TABLE search_placeholder (x INTEGER);
`;
