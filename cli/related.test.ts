import { describe, expect, it } from 'vitest';
import type { Entry } from '../db/common/model';
import { Journal } from '../db/journal';
import { tempDir } from '../db/test-support/temp';
import type { Io } from './io';
import { run } from './run';

function fakeIo(): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    readStdin: async () => null,
    isTTY: false,
    columns: 80,
    color: false,
    env: {},
  };
  return io;
}

function journalFile(): { file: string; ids: Record<string, string>; cleanup: () => void } {
  const dir = tempDir('pileup-related-');
  const file = dir.file('journal.db');
  const journal = Journal.open(file);
  const made = [
    journal.createEntry({ day: '2026-03-02', title: '카나리 배포 회고', body: '카나리 배포 중 롤백했다.', pillars: ['culture'], tags: [] }),
    journal.createEntry({ day: '2026-03-03', title: '롤백 자동화', body: '카나리 배포가 실패하면 롤백한다.', pillars: ['automation'], tags: [] }),
    journal.createEntry({ day: '2026-03-04', title: 'Quokka', body: 'Zebra xylophone.', pillars: ['sharing'], tags: [] }),
  ];
  journal.close();
  return { file, ids: Object.fromEntries(made.map((e) => [e.title, e.id])), cleanup: () => dir.cleanup() };
}

describe('pileup related', () => {
  it('prints {total, entries} like search --json, best first, without the entry itself', async () => {
    const { file, ids, cleanup } = journalFile();
    try {
      const io = fakeIo();
      expect(await run(['related', ids['카나리 배포 회고'] ?? '', '--json', '--db', file], io)).toBe(0);
      const page = JSON.parse(io.stdout) as { total: number; entries: Entry[] };
      expect(page.total).toBe(1);
      expect(page.entries.map((e) => e.title)).toEqual(['롤백 자동화']);
      expect(Object.keys(page.entries[0] ?? {}).sort()).toEqual(['body', 'createdAt', 'day', 'deletedAt', 'id', 'pillars', 'tags', 'title', 'updatedAt']);

      const table = fakeIo();
      expect(await run(['related', ids['카나리 배포 회고'] ?? '', '--db', file], table)).toBe(0);
      expect(table.stdout).toMatch(/^ID\s+DAY\s+PILLARS\s+TAGS\s+TITLE\n.*2026-03-03\s+automation\s+롤백 자동화\n$/s);
      expect(table.stderr).toBe('1 related entry.\n');

      const lonely = fakeIo();
      expect(await run(['related', ids.Quokka ?? '', '--db', file], lonely)).toBe(0);
      expect(lonely.stderr).toBe('Nothing related yet.\n');
    } finally {
      cleanup();
    }
  });

  it('says what is wrong: no id, an unknown id, a bad limit', async () => {
    const { file, cleanup } = journalFile();
    try {
      const none = fakeIo();
      expect(await run(['related', '--db', file], none)).toBe(2);
      expect(none.stderr).toMatch(/Give the id of an entry/);
      const unknown = fakeIo();
      expect(await run(['related', 'nope', '--db', file], unknown)).toBe(1);
      expect(unknown.stderr).toMatch(/does not exist/);
      const limit = fakeIo();
      expect(await run(['related', 'x', '-n', '0', '--db', file], limit)).toBe(2);
      const help = fakeIo();
      expect(await run(['related', '--help'], help)).toBe(0);
      expect(help.stdout).toMatch(/^Usage: pileup related ID/);
    } finally {
      cleanup();
    }
  });
});
