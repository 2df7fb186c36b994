// Migration 5: marks the file as a Pileup journal with PRAGMA application_id
// (0x504C5550, "PLUP" in ASCII), so a later Pileup tells its journals from
// other applications' SQLite files before it writes anything to them.
// Frozen: it has shipped. Never edit it; add a migration instead.
export const up = `
  PRAGMA application_id = 1347179856;
`;
