import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dbArgument, resolveDbPath } from './db-path';

describe('which journal the app opens', () => {
  const userData = '/home/me/.config/pileup';

  it('defaults to pileup.db in the user-data folder', () => {
    expect(resolveDbPath(['electron', '.'], {}, userData)).toBe(path.join(userData, 'pileup.db'));
  });

  it('takes --db FILE or --db=FILE, relative to the working folder', () => {
    expect(resolveDbPath(['electron', '.', '--db', 'work/일지.db'], {}, userData, '/tmp')).toBe('/tmp/work/일지.db');
    expect(resolveDbPath(['electron', '.', '--db=/data/j.db'], { PILEUP_DB: '/x.db' }, userData)).toBe('/data/j.db');
  });

  it('falls back to PILEUP_DB', () => {
    expect(resolveDbPath(['electron', '.'], { PILEUP_DB: '/data/env.db' }, userData)).toBe('/data/env.db');
  });

  it('ignores a --db with nothing after it', () => {
    expect(dbArgument(['electron', '.', '--db'])).toBeUndefined();
    expect(resolveDbPath(['electron', '.', '--db'], {}, userData)).toBe(path.join(userData, 'pileup.db'));
  });
});
