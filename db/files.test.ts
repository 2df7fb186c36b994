import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './test-support/temp';
import { openAtomicFile, safeMarkdownFileName, writeTextFileAtomic } from './files';

describe('safeMarkdownFileName', () => {
  it('keeps a plain name and adds .md when missing', () => {
    expect(safeMarkdownFileName('pileup-2026-11-25.md')).toBe('pileup-2026-11-25.md');
    expect(safeMarkdownFileName('배포 회고')).toBe('배포 회고.md');
    expect(safeMarkdownFileName('notes.markdown')).toBe('notes.markdown');
  });

  it('strips folders and characters file systems refuse', () => {
    expect(safeMarkdownFileName('../../etc/passwd')).toBe('passwd.md');
    expect(safeMarkdownFileName('C:\\Users\\me\\a.md')).toBe('a.md');
    expect(safeMarkdownFileName('a<b>c?.md')).toBe('abc.md');
    expect(safeMarkdownFileName('line\nbreak.md')).toBe('linebreak.md');
    expect(safeMarkdownFileName('')).toBe('pileup.md');
    expect(safeMarkdownFileName('..')).toBe('pileup.md');
  });
});

describe('writeTextFileAtomic', () => {
  const tmp = tempDir('pileup-files-');
  afterAll(() => tmp.cleanup());

  it('replaces a file completely and leaves no temporary file', async () => {
    const file = tmp.file('export.md');
    fs.writeFileSync(file, 'old content that is longer than the new one');
    await writeTextFileAtomic(file, '# 새 내용\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('# 새 내용\n');
    expect(fs.readdirSync(tmp.dir)).toEqual(['export.md']);
  });

  it('fails with a message for a folder that does not exist, leaving nothing behind', async () => {
    await expect(writeTextFileAtomic(tmp.file('missing/export.md'), 'x')).rejects.toThrow(/folder of .* does not exist/);
    expect(fs.readdirSync(tmp.dir)).toEqual(['export.md']);
  });

  it('keeps the old file when a piecewise write is abandoned', async () => {
    const file = tmp.file('export.md');
    const out = openAtomicFile(file);
    await out.write('# 반쯤 쓴 내보내기\n');
    await out.abort();
    expect(fs.readFileSync(file, 'utf8')).toBe('# 새 내용\n');
    expect(fs.readdirSync(tmp.dir)).toEqual(['export.md']);
  });
});
