// A second launch of the app: which journal it asks for (pure), and the switch
// itself over the real core runner and real journal files.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PathContext } from '../db/default-path';
import { startRunner, type CoreRunner } from '../db/runner/runner';
import { tempDir } from '../db/test-support/temp';
import { decideSecondLaunch, launchArguments, launchData, switchFailedNotice, switchJournal, switchPrompt } from './second-instance';

const RUNNING = '/home/me/journals/a.db';
const linux: PathContext = { env: { PILEUP_DB: '/elsewhere/env.db' }, platform: 'linux', home: '/home/me' };

describe('decideSecondLaunch', () => {
  it('focuses the window when the second launch names no journal', () => {
    expect(decideSecondLaunch(RUNNING, ['/opt/Pileup/pileup'], '/tmp', undefined, linux)).toEqual({ action: 'focus' });
    // Chromium's own additions to argv name no journal either.
    expect(decideSecondLaunch(RUNNING, ['/opt/Pileup/pileup', '--allow-file-access-from-files', '--original-process-start-time=1'], '/tmp')).toEqual({ action: 'focus' });
  });

  it('focuses the window when the second launch names the journal already open', () => {
    expect(decideSecondLaunch(RUNNING, ['pileup', '--db', RUNNING], '/tmp')).toEqual({ action: 'focus' });
    expect(decideSecondLaunch(RUNNING, ['pileup', '--db', 'a.db'], '/home/me/journals')).toEqual({ action: 'focus' });
    expect(decideSecondLaunch(RUNNING, ['pileup', '--db=../journals/./a.db'], '/home/me/other')).toEqual({ action: 'focus' });
    // main.ts compares real paths: a link to the open journal is the open journal.
    const viaLink = (a: string, b: string) => a.replace('/link/', '/home/me/journals/') === b;
    expect(decideSecondLaunch(RUNNING, ['pileup', '--db', '/link/a.db'], '/tmp', viaLink)).toEqual({ action: 'focus' });
  });

  it('asks to switch when another journal is named, relative to the second launch folder', () => {
    expect(decideSecondLaunch(RUNNING, ['pileup', '--db', 'work/일지.db'], '/home/me/projects', undefined, linux)).toEqual({
      action: 'switch',
      file: '/home/me/projects/work/일지.db',
    });
    expect(decideSecondLaunch(RUNNING, ['pileup', '.', '--db=/data/b.db'], '/tmp')).toEqual({ action: 'switch', file: '/data/b.db' });
  });

  it('says why when the journal it names cannot be told', () => {
    const noFile = decideSecondLaunch(RUNNING, ['pileup', '--db'], '/tmp');
    expect(noFile).toEqual({ action: 'error', message: expect.stringContaining('--db needs a journal file') });
    expect(decideSecondLaunch(RUNNING, ['pileup', '--db='], '/tmp')).toMatchObject({ action: 'error' });
    const noFolder = decideSecondLaunch(RUNNING, ['pileup', '--db', 'b.db'], '');
    expect(noFolder).toEqual({ action: 'error', message: expect.stringContaining('b.db') });
    expect(noFolder).toEqual({ action: 'error', message: expect.stringContaining(RUNNING) });
  });
});

describe('launchArguments', () => {
  it('prefers the argv the second instance sent over the one Electron passes', () => {
    const sent = launchData(['pileup', '--db', 'b.db']);
    expect(launchArguments(['pileup', '--allow-file-access-from-files', 'b.db', '--db'], sent)).toEqual(['pileup', '--db', 'b.db']);
  });

  it('falls back to Electron argv when nothing usable was sent', () => {
    const argv = ['pileup', '--db=b.db'];
    for (const data of [undefined, null, {}, { argv: 'pileup --db x' }, { argv: ['pileup', 3] }, 'argv']) expect(launchArguments(argv, data)).toBe(argv);
  });
});

describe('the dialogs', () => {
  it('asks before switching, Open first', () => {
    const prompt = switchPrompt('/a/A.db', '/b/B.db');
    expect(prompt.message).toBe('Pileup has /a/A.db open. Open /b/B.db instead?');
    expect(prompt.buttons).toEqual(['Open', 'Cancel']);
    expect(prompt.buttons[prompt.defaultId]).toBe('Open');
    expect(prompt.buttons[prompt.cancelId]).toBe('Cancel');
  });

  it('says why a switch failed and that the open journal stays', () => {
    const notice = switchFailedNotice('/a/A.db', '/b/B.db', '/b/B.db is not a Pileup journal.');
    expect(notice.message).toContain('/b/B.db');
    expect(notice.detail).toContain('/b/B.db is not a Pileup journal.');
    expect(notice.detail).toContain('/a/A.db stays open');
  });
});

describe('switchJournal', () => {
  let tmp: ReturnType<typeof tempDir>;
  let current: CoreRunner;
  const open: CoreRunner[] = [];
  const start = async (file: string) => {
    const runner = await startRunner({ file });
    open.push(runner);
    return runner;
  };

  beforeEach(async () => {
    tmp = tempDir('pileup-switch-');
    current = await start(tmp.file('a.db'));
    expect(await current.call('createEntry', { title: 'A의 기록', pillars: ['culture'] })).toMatchObject({ ok: true });
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((runner) => runner.close().catch(() => undefined)));
    tmp.cleanup();
  });

  const holdsOnlyA = async (runner: CoreRunner) => {
    expect(await runner.call('listEntries', {})).toMatchObject({ ok: true, value: { entries: [{ title: 'A의 기록' }] } });
    expect(await runner.call('countEntries', {})).toEqual({ ok: true, value: 1 });
  };

  it('opens the other journal, hands it over, then closes the first', async () => {
    const events: string[] = [];
    const tracked: CoreRunner = {
      ...current,
      close: () => {
        events.push('close a.db');
        return current.close();
      },
    };
    let inUse: CoreRunner = tracked;
    const result = await switchJournal(tracked, tmp.file('b.db'), start, (next) => {
      events.push(`use ${path.basename(next.file)}`);
      inUse = next;
    });
    expect(result).toMatchObject({ ok: true, runner: { file: tmp.file('b.db') } });
    // Calls go to the new journal before the old one starts closing.
    expect(events).toEqual(['use b.db', 'close a.db']);
    expect(inUse.file).toBe(tmp.file('b.db'));
    expect(await inUse.call('countEntries', {})).toEqual({ ok: true, value: 0 });
    expect(await current.call('listEntries', {})).toMatchObject({ ok: false });
  });

  it('keeps the first journal open when the other cannot be opened', async () => {
    const notJournal = tmp.file('notes.db');
    fs.writeFileSync(notJournal, 'plain text, not SQLite '.repeat(100));
    const used: CoreRunner[] = [];
    const result = await switchJournal(current, notJournal, start, (next) => void used.push(next));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('notes.db') });
    expect(used).toEqual([]);
    await holdsOnlyA(current);
    expect(fs.readFileSync(notJournal, 'utf8')).toBe('plain text, not SQLite '.repeat(100));
  });

  it('keeps the first journal open when the other is a folder', async () => {
    fs.mkdirSync(tmp.file('folder.db'));
    const result = await switchJournal(current, tmp.file('folder.db'), start, () => undefined);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('folder.db') });
    await holdsOnlyA(current);
  });
});
