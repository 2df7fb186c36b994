// The CLI and the open app share one journal: what `pileup add` writes in a
// terminal shows up in the app within two seconds, without a reload.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, ROOT, test } from './fixtures';
import { entryRow, totalLine } from './ui-actions';

const run = promisify(execFile);

test.use({
  initialEntries: [
    [{ day: '2026-11-20', title: 'Existing entry', body: 'already here', pillars: ['culture'] }],
    { scope: 'test' },
  ],
});

test('an entry added with the pileup CLI appears in the open app within two seconds', async ({ page, dbFile, journal }) => {
  await expect(totalLine(page)).toHaveText('1 entry');
  const { stderr } = await run(
    process.execPath,
    [path.join(ROOT, 'cli/bin.mjs'), 'add', '터미널에서 배포 자동화를 기록했다', '-p', 'automation', '-t', 'cli', '--title', 'CLI 배포 기록', '--day', '2026-11-21', '--db', dbFile],
    { cwd: ROOT },
  );
  expect(stderr).toContain('CLI 배포 기록');
  await expect(entryRow(page, 'CLI 배포 기록')).toBeVisible({ timeout: 2_000 });
  await expect(totalLine(page)).toHaveText('2 entries');
  expect(journal.db.prepare('SELECT body FROM entries WHERE title = ?').get('CLI 배포 기록')).toEqual({ body: '터미널에서 배포 자동화를 기록했다' });
});
