import Database from 'better-sqlite3';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';
import { IMAGE_MAX_BYTES, imageIdsIn } from './common/images';
import { createHandlers, dispatch } from './handlers';
import { addImage, imageId, readImage, sniffImageType, writeImagesBeside } from './images';
import { Journal } from './journal';
import { UNFOLLOWED_JOB } from './job';
import { exportMarkdown, exportMarkdownFile } from './markdown/export';
import { importMarkdown } from './markdown/index';
import { sameConnection } from './read-side';
import { tempJournal } from './test-support/journal';

/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** A real 1×1 GIF. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP_START = Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');

const imageCount = (journal: Journal): number => journal.db.prepare<[], number>('SELECT count(*) FROM images').pluck().get() ?? -1;

describe('image bytes', () => {
  it('are recognised by their magic numbers, not their stated type', () => {
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(GIF)).toBe('image/gif');
    expect(sniffImageType(JPEG_START)).toBe('image/jpeg');
    expect(sniffImageType(WEBP_START)).toBe('image/webp');
    expect(sniffImageType(SVG)).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('are refused with a clear message when they are not an image, SVG, empty or too large', () => {
    const { journal } = tempJournal();
    expect(() => addImage(journal.db, { bytes: SVG, mime: 'image/png', name: 'x.png' })).toThrow(/not an image Pileup keeps/);
    expect(() => addImage(journal.db, { bytes: SVG, mime: 'image/svg+xml', name: 'x.svg' })).toThrow(/SVG images are not accepted/);
    expect(() => addImage(journal.db, { bytes: new Uint8Array(), mime: 'image/png' })).toThrow(/empty/);
    const huge = Buffer.alloc(IMAGE_MAX_BYTES + 1);
    PNG.copy(huge);
    expect(() => addImage(journal.db, { bytes: huge, mime: 'image/png' })).toThrow(/too large \(the limit is 10 MB each\); this one is 10 MB/);
    expect(() => addImage(journal.db, { dataBase64: huge.toString('base64'), mime: 'image/png' })).toThrow(/too large/);
    const atLimit = Buffer.alloc(IMAGE_MAX_BYTES);
    PNG.copy(atLimit);
    expect(addImage(journal.db, { dataBase64: atLimit.toString('base64'), mime: 'image/png' }).id).toBe(imageId(atLimit));
    expect(imageCount(journal)).toBe(1);
  });

  it('are stored once per content, under the SHA-256 of the bytes, whatever type was claimed', () => {
    const { journal } = tempJournal();
    const first = addImage(journal.db, { dataBase64: PNG.toString('base64'), mime: 'image/jpeg', name: 'dash[board].png' });
    expect(first.id).toMatch(/^[0-9a-f]{64}$/);
    expect(first.id).toBe(imageId(PNG));
    expect(first.markdown).toBe(`![dash board](pileup-image:${first.id}.png)`);
    const again = addImage(journal.db, { bytes: new Uint8Array(PNG), mime: 'image/png', name: '' });
    expect(again.id).toBe(first.id);
    expect(again.markdown).toBe(`![image](pileup-image:${first.id}.png)`);
    expect(imageCount(journal)).toBe(1);
    const stored = readImage(journal.db, first.id);
    expect(stored?.mime).toBe('image/png');
    expect(Buffer.from(stored?.bytes ?? []).equals(PNG)).toBe(true);
    expect(readImage(journal.db, '0'.repeat(64))).toBeNull();
    expect(readImage(journal.db, '../etc/passwd')).toBeNull();
  });

  it('go through the contract: base64 in, the markdown out; bad input is a typed error', async () => {
    const { journal } = tempJournal();
    const handlers = createHandlers(journal);
    const ok = await dispatch(handlers, 'addImage', { dataBase64: GIF.toString('base64'), mime: 'image/gif', name: 'spinner.gif' });
    expect(ok).toEqual({ ok: true, value: { id: imageId(GIF), markdown: `![spinner](pileup-image:${imageId(GIF)}.gif)` } });
    const svg = await dispatch(handlers, 'addImage', { dataBase64: SVG.toString('base64'), mime: 'image/svg+xml', name: 'a.svg' });
    expect(svg).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/SVG/) } });
    const neither = await dispatch(handlers, 'addImage', { mime: 'image/png' });
    expect(neither.ok).toBe(false);
    const read = await handlers.readImage({ id: imageId(GIF) }, UNFOLLOWED_JOB);
    expect(Buffer.from(read?.bytes ?? []).equals(GIF)).toBe(true);
    expect((await dispatch(handlers, 'readImage', { id: 'nope' })).ok).toBe(false);
  });
});

describe('purging entries', () => {
  it('removes the images nothing refers to any more, and keeps the rest', () => {
    const { journal } = tempJournal();
    const a = addImage(journal.db, { bytes: PNG, mime: 'image/png', name: 'a' });
    const b = addImage(journal.db, { bytes: GIF, mime: 'image/gif', name: 'b' });
    const only = journal.createEntry({ pillars: ['automation'], title: 'only a', body: `see ${a.markdown}` });
    const shared = journal.createEntry({ pillars: ['automation'], title: 'b here', body: `one ${b.markdown}` });
    const alsoB = journal.createEntry({ pillars: ['sharing'], title: 'b in a revision', body: `old ${b.markdown}` });
    journal.updateEntry(alsoB.id, { pillars: ['sharing'], title: 'b in a revision', body: 'b removed, but a revision still shows it' });
    // Not yet referenced by anything stored (a draft in progress): a purge must not touch it.
    const draftOnly = addImage(journal.db, { bytes: Buffer.concat([PNG, Buffer.from([0])]), mime: 'image/png' });

    journal.deleteEntry(shared.id);
    journal.purgeEntry(shared.id);
    expect(readImage(journal.db, b.id)).not.toBeNull(); // a revision of another entry still shows it
    journal.deleteEntry(only.id);
    expect(readImage(journal.db, a.id)).not.toBeNull(); // in the trash, still referenced
    journal.deleteEntry(alsoB.id);
    expect(journal.emptyTrash()).toEqual({ purged: 2 });
    expect(readImage(journal.db, a.id)).toBeNull();
    expect(readImage(journal.db, b.id)).toBeNull();
    expect(readImage(journal.db, draftOnly.id)).not.toBeNull();
  });
});

describe('backups and exports', () => {
  it('a .db backup carries the images', async () => {
    const { journal, dir } = tempJournal();
    const a = addImage(journal.db, { bytes: PNG, mime: 'image/png', name: 'dashboard' });
    journal.createEntry({ pillars: ['measurement'], title: 'dashboard', body: a.markdown });
    const copy = dir.file('backup.db');
    await backupDatabase(journal.db, copy, UNFOLLOWED_JOB);
    journal.close();
    fs.rmSync(dir.file('journal.db'));
    const restored = Journal.open(copy);
    try {
      expect(Buffer.from(readImage(restored.db, a.id)?.bytes ?? []).equals(PNG)).toBe(true);
    } finally {
      restored.close();
    }
  });

  it('writeImagesBeside writes each image once, atomically, and rewrites the references', () => {
    const { journal, dir } = tempJournal();
    const a = addImage(journal.db, { bytes: PNG, mime: 'image/png', name: 'a' });
    const missing = `pileup-image:${'a'.repeat(64)}.png`;
    const md = `x ${a.markdown}\n\n![again](pileup-image:${a.id}.png) ![gone](${missing})`;
    const out = writeImagesBeside(journal.db, md, dir.dir);
    expect(out).toBe(`x ![a](images/${a.id}.png)\n\n![again](images/${a.id}.png) ![gone](${missing})`);
    expect(fs.readdirSync(dir.file('images'))).toEqual([`${a.id}.png`]);
    expect(fs.readFileSync(dir.file(`images/${a.id}.png`)).equals(PNG)).toBe(true);
    expect(writeImagesBeside(journal.db, 'no images here', dir.dir)).toBe('no images here');
  });

  it('a share export to a file puts the images beside it; a backup export keeps the references and says so, and imports back as they are', async () => {
    const { journal, dir } = tempJournal();
    const a = addImage(journal.db, { bytes: PNG, mime: 'image/png', name: 'dashboard' });
    journal.createEntry({ day: '2026-11-30', pillars: ['measurement'], title: '대시보드', body: `p99 below 200 ms\n\n${a.markdown}` });
    const side = sameConnection(journal.db);
    const share = dir.file('out/share.md');
    fs.mkdirSync(dir.file('out'));
    await exportMarkdownFile(side, {}, share, { format: 'share' });
    const shared = fs.readFileSync(share, 'utf8');
    expect(shared).toContain(`![dashboard](images/${a.id}.png)`);
    expect(shared).not.toContain('pileup-image:');
    expect(fs.readFileSync(dir.file(`out/images/${a.id}.png`)).equals(PNG)).toBe(true);

    const backupFile = dir.file('backup.md');
    await exportMarkdownFile(side, {}, backupFile, { format: 'backup' });
    const backup = fs.readFileSync(backupFile, 'utf8');
    expect(backup).toContain(a.markdown);
    expect(backup).toMatch(/Images \(pileup-image: links\) are not inside this markdown file/);
    expect((await exportMarkdown(side, {}, { format: 'backup' })).markdown).toMatch(/Images \(pileup-image: links\)/);

    const other = tempJournal().journal;
    const result = await importMarkdown(other, { markdown: backup, format: 'auto' });
    expect(result.added).toBe(1);
    const body = other.db.prepare<[], string>('SELECT body FROM entries').pluck().get() ?? '';
    expect([...imageIdsIn(body)]).toEqual([a.id]);
  });

  it('a file with the images table survives an unrelated reopen (migration 7 applied once)', () => {
    const { journal, file } = tempJournal();
    addImage(journal.db, { bytes: PNG, mime: 'image/png' });
    journal.close();
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('user_version', { simple: true })).toBe(7);
      expect(raw.prepare<[], number>('SELECT count(*) FROM images').pluck().get()).toBe(1);
    } finally {
      raw.close();
    }
  });
});
