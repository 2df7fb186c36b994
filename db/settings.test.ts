import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Journal } from './journal';
import { deleteSetting, readSetting, writeSetting } from './settings';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function openJournal(): Journal {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-settings-'));
  dirs.push(dir);
  return Journal.open(path.join(dir, 'journal.db'));
}

describe('settings', () => {
  it('store a JSON value per key, replace it, delete it, and survive reopening', () => {
    const journal = openJournal();
    expect(readSetting(journal.db, 'theme')).toBeUndefined();
    writeSetting(journal.db, 'theme', 'dark');
    writeSetting(journal.db, 'glossary', { enabled: true, added: [['배포', 'deploy']] });
    writeSetting(journal.db, 'theme', 'light');
    expect(readSetting(journal.db, 'theme')).toBe('light');
    expect(readSetting(journal.db, 'glossary')).toEqual({ enabled: true, added: [['배포', 'deploy']] });
    deleteSetting(journal.db, 'theme');
    expect(readSetting(journal.db, 'theme')).toBeUndefined();
    const file = journal.db.name;
    journal.close();
    const again = Journal.open(file);
    expect(readSetting(again.db, 'glossary')).toEqual({ enabled: true, added: [['배포', 'deploy']] });
    again.close();
  });

  it('refuse a value that is not JSON at the table, so a bad write never lands', () => {
    const journal = openJournal();
    expect(() => journal.db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '{broken')`).run()).toThrow();
    expect(readSetting(journal.db, 'x')).toBeUndefined();
    journal.close();
  });
});
