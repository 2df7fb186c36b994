import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, type PathContext } from '../db/default-path';
import { dbArgument, resolveDbPath } from './db-path';

const linux = (env: Record<string, string> = {}): PathContext => ({ env, platform: 'linux', home: '/home/me' });

describe('which journal the app opens', () => {
  it('defaults to the journal the CLI uses too', () => {
    expect(resolveDbPath(['electron', '.'], linux())).toBe(defaultDatabasePath(linux()));
    expect(resolveDbPath(['electron', '.'], linux())).toBe('/home/me/.config/Pileup/pileup.db');
  });

  it('takes --db FILE or --db=FILE, relative to the working folder', () => {
    expect(resolveDbPath(['electron', '.', '--db', 'work/일지.db'], linux(), '/tmp')).toBe('/tmp/work/일지.db');
    expect(resolveDbPath(['electron', '.', '--db=/data/j.db'], linux({ PILEUP_DB: '/x.db' }))).toBe('/data/j.db');
  });

  it('falls back to PILEUP_DB', () => {
    expect(resolveDbPath(['electron', '.'], linux({ PILEUP_DB: '/data/env.db' }))).toBe('/data/env.db');
  });

  it('ignores a --db with nothing after it', () => {
    expect(dbArgument(['electron', '.', '--db'])).toBeUndefined();
    expect(dbArgument(['electron', '.', '--db='])).toBeUndefined();
    expect(resolveDbPath(['electron', '.', '--db'], linux())).toBe('/home/me/.config/Pileup/pileup.db');
  });
});
