// Reading an import source stops at the limit whatever the file is: a
// regular file, a character device that never ends, or a FIFO fed by
// another process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../common/contract';
import { tempDir } from '../test-support/temp';
import { isProblem, readImportSource } from './import-files';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function scratch(): ReturnType<typeof tempDir> {
  const dir = tempDir('pileup-read-');
  cleanups.push(dir.cleanup);
  return dir;
}

/** A FIFO and a separate process writing `bytes` bytes of `x` into it (more than the reader may take). */
function fifoWriting(bytes: number): { fifo: string; writer: ChildProcess } {
  const fifo = scratch().file('feed.md');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const script = "try { require('fs').writeFileSync(process.argv[1], 'x'.repeat(Number(process.argv[2]))) } catch { process.exit(3) }";
  const writer = spawn(process.execPath, ['-e', script, fifo, String(bytes)], { stdio: 'ignore' });
  cleanups.push(() => {
    if (writer.exitCode === null && writer.pid !== undefined) writer.kill();
  });
  return { fifo, writer };
}

describe('readImportSource', () => {
  it('refuses a FIFO that holds more than the limit after reading limit + 1 bytes', async () => {
    const limit = 1024 * 1024;
    const { fifo, writer } = fifoWriting(16 * limit);
    const read = await readImportSource(fifo, 'feed.md', limit);
    expect(read).toEqual({ line: 0, file: 'feed.md', message: 'The file is too large (the limit is 1 MB).' });
    // The reader closed the FIFO early, so the writer's next write failed: the rest was never read.
    const code = writer.exitCode ?? (await new Promise<number | null>((resolve) => writer.once('exit', resolve)));
    expect(code).toBe(3);
  });

  it('reads a FIFO within the limit whole', async () => {
    const { fifo } = fifoWriting(100_000);
    const read = await readImportSource(fifo, 'feed.md', 100_000);
    expect(isProblem(read) ? read.message : read.text).toBe('x'.repeat(100_000));
  });

  it('refuses /dev/zero, which never ends, at the real limit', async () => {
    const read = await readImportSource('/dev/zero', '/dev/zero');
    expect(read).toEqual({ line: 0, file: '/dev/zero', message: `The file is too large (the limit is ${LIMITS.importBytes / 1024 / 1024} MB).` });
  });

  it('refuses a regular file over the limit before reading it, and reads one at the limit', async () => {
    const dir = scratch();
    fs.writeFileSync(dir.file('big.md'), 'y'.repeat(1001));
    fs.writeFileSync(dir.file('fits.md'), 'y'.repeat(1000));
    expect(await readImportSource(dir.file('big.md'), 'big.md', 1000)).toEqual({ line: 0, file: 'big.md', message: 'The file is too large (the limit is 1,000 bytes).' });
    expect(await readImportSource(dir.file('fits.md'), 'fits.md', 1000)).toEqual({ name: 'fits.md', text: 'y'.repeat(1000) });
  });
});
