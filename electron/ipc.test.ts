// The IPC layer over a real journal file and the real core runner: the sender
// check, validation by the contract, progress and cancel, and the
// native-dialog calls with real files.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../db/common/contract';
import type { Envelope } from '../db/common/errors';
import type { Entry, JobProgress } from '../db/common/model';
import { startRunner, type CoreRunner } from '../db/runner/runner';
import { pileupExport } from '../db/test-support/export-text';
import { countEntriesIn } from '../db/test-support/count';
import { tempDir } from '../db/test-support/temp';
import { APP_INDEX_URL, type SenderFrame } from './app-url';
import { CHANNELS } from './channels';
import { registerIpc, type IpcDeps, type IpcEventLike, type IpcMainLike } from './ipc';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

/** Records what registerIpc installs, and calls it the way Electron would. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener);
  }
  /** What main sent back to the window (progress), as [channel, ...args]. */
  readonly sent: unknown[][] = [];
  async call<T>(channel: string, sender: SenderFrame | null, ...args: unknown[]): Promise<Envelope<T>> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`nothing handles ${channel}`);
    const event: IpcEventLike = { senderFrame: sender, sender: { id: 1, send: (...sent: unknown[]) => void this.sent.push(sent) } };
    return (await listener(event, ...args)) as Envelope<T>;
  }
}

const APP_FRAME: SenderFrame = { url: APP_INDEX_URL, parent: null };
const FOREIGN_FRAME: SenderFrame = { url: 'https://evil.example/', parent: null };
const APP_IFRAME: SenderFrame = { url: APP_INDEX_URL, parent: APP_FRAME };

let tmp: ReturnType<typeof tempDir>;
let core: CoreRunner;
let ipc: FakeIpcMain;
let savePath: string | null;
let openPath: string | null;
let suggestedNames: string[];
let folderPath: string | null;

beforeEach(async () => {
  tmp = tempDir('pileup-ipc-');
  core = await startRunner({ file: tmp.file('journal.db') });
  ipc = new FakeIpcMain();
  savePath = null;
  openPath = null;
  suggestedNames = [];
  folderPath = null;
  const deps: IpcDeps = {
    core,
    chooseSavePath: async (name) => {
      suggestedNames.push(name);
      return savePath;
    },
    chooseOpenPath: async () => openPath,
    chooseFolder: async () => folderPath,
  };
  registerIpc(ipc, deps);
});

afterEach(async () => {
  await core.close();
  tmp.cleanup();
});

const countEntries = (): number => countEntriesIn(tmp.file('journal.db'));

describe('contract over IPC', () => {
  it('registers one channel for every method plus the dialog calls', () => {
    expect([...ipc.listeners.keys()].sort()).toEqual(
      [CHANNELS.invoke, CHANNELS.cancel, CHANNELS.exportFile, CHANNELS.openMarkdown, CHANNELS.saveMarkdown, CHANNELS.choosePublishTarget, CHANNELS.publish].sort(),
    );
  });

  it('remembers the publish folder the folder dialog gave, never one in the request, and publishes only for the app window', async () => {
    expect(await ipc.call(CHANNELS.choosePublishTarget, APP_FRAME, { by: 'week', push: false })).toEqual({ ok: true, value: null });
    folderPath = tmp.file('team-wiki');
    const chosen = await ipc.call(CHANNELS.choosePublishTarget, APP_FRAME, { by: 'week', push: true, dir: '/somewhere/else' });
    expect(chosen).toEqual({ ok: true, value: { dir: folderPath, by: 'week', push: true } });
    for (const sender of [FOREIGN_FRAME, APP_IFRAME, null]) {
      expect(await ipc.call(CHANNELS.publish, sender, { by: 'day', push: false, lang: 'en', includePrivate: false }, 1)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await ipc.call(CHANNELS.choosePublishTarget, sender, { by: 'day', push: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // The folder is not a git work tree (it does not even exist): the core says so.
    const published = await ipc.call(CHANNELS.publish, APP_FRAME, { by: 'day', push: false, lang: 'en', includePrivate: false }, 2);
    expect(published).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining(folderPath) } });
  });

  it('runs a method for the app window, in Korean and English', async () => {
    const draft = { title: '장애 회고', body: '배포 후 알람이 울렸다. Rolled back in 4 minutes.', pillars: ['culture', 'measurement'], tags: ['incident'] };
    const created = await ipc.call<Entry>(CHANNELS.invoke, APP_FRAME, 'createEntry', draft);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.body).toBe(draft.body);
    const fetched = await ipc.call<Entry>(CHANNELS.invoke, APP_FRAME, 'getEntry', { id: created.value.id });
    expect(fetched).toMatchObject({ ok: true, value: { title: '장애 회고', tags: ['incident'] } });
  });

  it('refuses other pages and iframes, writing nothing', async () => {
    for (const sender of [FOREIGN_FRAME, APP_IFRAME, null]) {
      const reply = await ipc.call(CHANNELS.invoke, sender, 'createEntry', { title: 'x', pillars: ['culture'] });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(countEntries()).toBe(0);
  });

  it('validates input against the contract and names unknown methods', async () => {
    const noPillar = await ipc.call(CHANNELS.invoke, APP_FRAME, 'createEntry', { title: '보안 점검' });
    expect(noPillar.ok).toBe(false);
    if (!noPillar.ok) expect(noPillar.error.message).toMatch(/pillar/i);
    const unknown = await ipc.call(CHANNELS.invoke, APP_FRAME, 'eval', 'process.exit()');
    expect(unknown).toMatchObject({ ok: false, error: { message: 'Unknown method: eval' } });
    expect(countEntries()).toBe(0);
  });
});

describe('long calls over IPC', () => {
  it('sends the progress of an import back to the window that asked', async () => {
    const reply = await ipc.call(CHANNELS.invoke, APP_FRAME, 'importMarkdown', { markdown: pileupExport(5_000), format: 'auto' }, 7);
    expect(reply).toMatchObject({ ok: true, value: { added: 5_000, problems: [] } });
    const progress = ipc.sent.filter(([channel, id]) => channel === CHANNELS.progress && id === 7).map(([, , p]) => p as JobProgress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.map((p) => p.total)).toContain(5_000);
    expect(countEntries()).toBe(5_000);
  });

  it('cancels an import when the window asks: nothing of it is kept', async () => {
    const pending = ipc.call(CHANNELS.invoke, APP_FRAME, 'importMarkdown', { markdown: pileupExport(20_000), format: 'auto' }, 9);
    // Cancel as soon as the import reports that it is writing.
    for (let i = 0; i < 500 && !ipc.sent.some(([channel, id]) => channel === CHANNELS.progress && id === 9); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await ipc.call(CHANNELS.cancel, APP_FRAME, 9);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(countEntries()).toBe(0);
  });

  it('streams an export to the file the user chose, and refuses host-only methods from the window', async () => {
    await ipc.call(CHANNELS.invoke, APP_FRAME, 'importMarkdown', { markdown: pileupExport(300), format: 'auto' });
    savePath = tmp.file('내보내기.md');
    const reply = await ipc.call(CHANNELS.exportFile, APP_FRAME, { filter: { tags: ['import'] }, format: 'backup' }, 'pileup.md', 3);
    expect(reply).toEqual({ ok: true, value: { savedTo: savePath, count: 300 } });
    const text = fs.readFileSync(savePath, 'utf8');
    expect(text).toContain('> 300 entries');
    expect(text.match(/<!-- pileup:entry /g)).toHaveLength(300);
    const direct = await ipc.call(CHANNELS.invoke, APP_FRAME, 'exportMarkdownFile', { filter: {}, path: tmp.file('elsewhere.md') });
    expect(direct).toMatchObject({ ok: false, error: { message: 'Unknown method: exportMarkdownFile' } });
    expect(fs.existsSync(tmp.file('elsewhere.md'))).toBe(false);
  });
});

describe('saveMarkdown', () => {
  it('writes the chosen file with the exact text', async () => {
    savePath = tmp.file('export.md');
    const markdown = '# 2026-11-20\n\n## 배포 회고\n\nCanary 단계에서 error rate를 본다.\n';
    const reply = await ipc.call(CHANNELS.saveMarkdown, APP_FRAME, 'pileup-2026-11-20.md', markdown);
    expect(reply).toEqual({ ok: true, value: { path: savePath } });
    expect(fs.readFileSync(savePath, 'utf8')).toBe(markdown);
    expect(fs.readdirSync(tmp.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('offers only a plain file name to the dialog', async () => {
    await ipc.call(CHANNELS.saveMarkdown, APP_FRAME, '../../.bashrc', 'x');
    await ipc.call(CHANNELS.saveMarkdown, APP_FRAME, '회고', 'x');
    expect(suggestedNames).toEqual(['.bashrc.md', '회고.md']);
  });

  it('resolves null when cancelled and refuses bad arguments or senders', async () => {
    expect(await ipc.call(CHANNELS.saveMarkdown, APP_FRAME, 'a.md', 'x')).toEqual({ ok: true, value: null });
    expect((await ipc.call(CHANNELS.saveMarkdown, APP_FRAME, 42, { evil: true })).ok).toBe(false);
    savePath = tmp.file('should-not-exist.md');
    expect((await ipc.call(CHANNELS.saveMarkdown, FOREIGN_FRAME, 'a.md', 'x')).ok).toBe(false);
    expect(fs.existsSync(savePath)).toBe(false);
  });
});

describe('openMarkdown', () => {
  it('reads the chosen file as UTF-8 without a BOM', async () => {
    openPath = tmp.file('daily.md');
    fs.writeFileSync(openPath, '\uFEFF## 자동화\n\nGitHub Actions로 배포를 자동화했다.\n');
    const reply = await ipc.call(CHANNELS.openMarkdown, APP_FRAME);
    expect(reply).toEqual({ ok: true, value: { fileName: 'daily.md', markdown: '## 자동화\n\nGitHub Actions로 배포를 자동화했다.\n' } });
  });

  it('resolves null when cancelled', async () => {
    expect(await ipc.call(CHANNELS.openMarkdown, APP_FRAME)).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the import limit before reading it', async () => {
    openPath = tmp.file('huge.md');
    fs.writeFileSync(openPath, '');
    fs.truncateSync(openPath, LIMITS.importBytes + 1);
    const reply = await ipc.call(CHANNELS.openMarkdown, APP_FRAME);
    expect(reply).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('refuses a file that is not UTF-8 text, and a missing file, with a message', async () => {
    openPath = tmp.file('latin1.md');
    fs.writeFileSync(openPath, Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9]));
    const reply = await ipc.call(CHANNELS.openMarkdown, APP_FRAME);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/UTF-8/) } });
    openPath = tmp.file('gone.md');
    expect(await ipc.call(CHANNELS.openMarkdown, APP_FRAME)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses other pages', async () => {
    openPath = tmp.file('daily.md');
    fs.writeFileSync(openPath, 'secret notes');
    expect((await ipc.call(CHANNELS.openMarkdown, FOREIGN_FRAME)).ok).toBe(false);
  });
});
