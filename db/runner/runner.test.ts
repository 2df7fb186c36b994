// The core runner on real journal files: reads answer beside a long import,
// calls are routed and validated, a stopped thread is restarted with nothing
// saved lost, and a journal that cannot be opened says why.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../common/errors';
import type { JobProgress } from '../common/model';
import { pileupExport } from '../test-support/export-text';
import { tempDir } from '../test-support/temp';
import { startRunner, type CoreRunner, type CoreStatus } from './runner';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

async function runnerOnTempFile(onStatus?: (status: CoreStatus) => void): Promise<{ core: CoreRunner; file: string }> {
  const dir = tempDir('pileup-runner-');
  cleanups.push(dir.cleanup);
  const file = dir.file('journal.db');
  const core = await startRunner({ file, ...(onStatus ? { onStatus } : {}) });
  cleanups.push(() => core.close());
  return { core, file };
}

function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

const total = async (core: CoreRunner, query?: string): Promise<number> =>
  valueOf<number>(await core.call('countEntries', { filter: query ? { query } : {} }));

describe('core runner', () => {
  it('answers reads from the read side while an import runs, and shows the import only once it is committed', async () => {
    const { core } = await runnerOnTempFile();
    valueOf(await core.call('createEntry', { title: '먼저 쓴 글', pillars: ['culture'] }));
    const progress: JobProgress[] = [];
    let importDone = false;
    const importing = core.call('importMarkdown', { markdown: pileupExport(30_000), format: 'auto' }, { onProgress: (p) => progress.push(p) });
    void importing.then(() => (importDone = true));
    // Reads made while the import writes: each answers before the import is over, and sees the journal as it was.
    const seenDuring: number[] = [];
    while (!progress.some((p) => p.phase === 'writing')) await new Promise((resolve) => setTimeout(resolve, 5));
    for (let i = 0; i < 5 && !importDone; i++) seenDuring.push(await total(core));
    expect(importDone).toBe(false);
    expect(seenDuring.length).toBeGreaterThan(0);
    expect(new Set(seenDuring)).toEqual(new Set([1]));
    expect(valueOf(await importing)).toEqual({ added: 30_000, skipped: 0, problems: [] });
    expect(await total(core)).toBe(30_001);
    expect(await total(core, '배포')).toBe(30_000);
    expect(progress.map((p) => p.phase)).toContain('indexing');
  });

  it('routes by the contract and validates on the receiving side', async () => {
    const { core } = await runnerOnTempFile();
    expect(await core.call('dropTables', {})).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Unknown method: dropTables' } });
    expect(await core.call('createEntry', { title: '필러 없음' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /pillar/i } });
    expect(await core.call('getEntry', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const created = valueOf<{ id: string }>(await core.call('createEntry', { title: 'Deploy 회고', pillars: ['sharing'] }));
    expect(await core.call('getEntry', { id: created.id })).toMatchObject({ ok: true, value: { title: 'Deploy 회고' } });
  });

  it('cancels an import when the caller aborts: nothing of it is kept', async () => {
    const { core } = await runnerOnTempFile();
    const controller = new AbortController();
    const reply = await core.call('importMarkdown', { markdown: pileupExport(20_000), format: 'auto' }, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'writing') controller.abort();
      },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(await total(core)).toBe(0);
    valueOf(await core.call('createEntry', { title: 'after', pillars: ['culture'] }));
    expect(await total(core)).toBe(1);
  });

  it('restarts a thread that stops: its calls fail with a clear message, nothing saved is lost', async () => {
    const statuses: CoreStatus[] = [];
    const { core, file } = await runnerOnTempFile((s) => statuses.push(s));
    valueOf(await core.call('createEntry', { title: '살아남을 글', pillars: ['measurement'] }));
    const progress: JobProgress[] = [];
    const importing = core.call('importMarkdown', { markdown: pileupExport(20_000), format: 'auto' }, { onProgress: (p) => progress.push(p) });
    while (!progress.some((p) => p.phase === 'writing')) await new Promise((resolve) => setTimeout(resolve, 5));
    await core.crashForTest('write');
    expect(await importing).toMatchObject({ ok: false, error: { code: 'core_restarted', message: /started again/ } });
    // The next write waits for the new thread.
    valueOf(await core.call('createEntry', { title: '다시 쓴 글', pillars: ['culture'] }));
    expect(await total(core)).toBe(2);
    expect(statuses.map((s) => s.state)).toEqual(['restarting', 'ready']);
    await core.crashForTest('read');
    expect(await total(core)).toBe(2);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('refuses a file that is not a journal with the reason, leaving it untouched', async () => {
    const dir = tempDir('pileup-runner-');
    cleanups.push(dir.cleanup);
    const file = dir.file('notes.txt');
    fs.writeFileSync(file, 'just some notes, not SQLite');
    await expect(startRunner({ file })).rejects.toMatchObject({ code: 'corrupt_database', message: /not a Pileup journal/ });
    expect(fs.readFileSync(file, 'utf8')).toBe('just some notes, not SQLite');
  });

  it('exports on the read side from one snapshot, streaming into the file', async () => {
    const { core, file } = await runnerOnTempFile();
    valueOf(await core.call('importMarkdown', { markdown: pileupExport(1_000), format: 'auto' }));
    const target = `${file}.export.md`;
    const result = valueOf<{ count: number; bytes: number }>(await core.call('exportMarkdownFile', { filter: { query: '배포' }, path: target }));
    expect(result.count).toBe(1_000);
    const text = fs.readFileSync(target, 'utf8');
    expect(Buffer.byteLength(text)).toBe(result.bytes);
    const copied = valueOf<{ markdown: string }>(await core.call('exportMarkdown', { filter: { query: '배포' } }));
    expect(text).toBe(copied.markdown);
  });
});
