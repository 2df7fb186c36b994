// Publish… through the browser host: the folder of a temporary git repository
// typed into the dialog (the browser has no folder dialog), published, the
// files and `git log` read back; publishing again says nothing changed.
// Screenshots: PUBLISH_SCREENSHOTS=/tmp/publish npx playwright test publish
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { NewEntry } from '../db/journal';
import { expect, test } from './fixtures';
import { shareMenuItem } from './ui-actions';

const ENTRIES: NewEntry[] = [
  { day: '2026-11-30', title: 'Canary rollout', body: '## 배운 것\n\nStart at 5 %.', pillars: ['automation'], tags: ['deploy'] },
  { day: '2026-11-26', title: '회고 진행', body: '팀 회고', pillars: ['culture', 'sharing'], tags: [] },
  { day: '2026-11-25', title: 'Salary talk notes', body: 'SECRET not for the team', pillars: ['culture'], tags: ['private'] },
];

// Commits carry a known identity, whatever this machine's git configuration says.
const gitHome = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'pileup-e2e-git-'));
fs.writeFileSync(path.join(gitHome, 'gitconfig'), '[user]\n\tname = E2E Publisher\n\temail = e2e@example.com\n[init]\n\tdefaultBranch = main\n');
process.env.GIT_CONFIG_GLOBAL = path.join(gitHome, 'gitconfig');
process.env.GIT_CONFIG_NOSYSTEM = '1';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function teamRepo(workDir: string): string {
  const dir = path.join(workDir, 'team-wiki');
  fs.mkdirSync(dir);
  git(dir, 'init', '--quiet');
  fs.writeFileSync(path.join(dir, 'Home.md'), '# Team wiki\n');
  git(dir, 'add', 'Home.md');
  git(dir, 'commit', '--quiet', '-m', 'Team wiki');
  return dir;
}

/** Publish… is an item of the toolbar's Share menu (공유 in Korean). */
async function openPublishDialog(page: Page, name = 'Publish…') {
  await shareMenuItem(page, name, name === '게시…' ? '공유' : 'Share');
  return page.getByRole('dialog');
}

test.describe('publish (browser host)', () => {
  test.use({ initialEntries: [ENTRIES, { scope: 'test' }] });

  test('publishes into a typed folder, commits, and then says nothing changed', async ({ page, workDir, hostKind }) => {
    test.skip(hostKind !== 'web', 'the desktop chooses the folder with its native dialog');
    const repo = teamRepo(workDir);
    const dialog = await openPublishDialog(page);
    await expect(dialog.getByRole('heading', { name: 'Publish to a git repository' })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Include private entries' })).not.toBeChecked();
    await dialog.getByRole('textbox', { name: 'Repository folder' }).fill(repo);
    await dialog.getByRole('radio', { name: 'By day' }).check();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Published 2 days added · committed [0-9a-f]{7}$/);

    expect(git(repo, 'log', '-1', '--format=%s %an').trim()).toBe('Pileup: 2 days added E2E Publisher');
    const day = fs.readFileSync(path.join(repo, 'journal', '2026', '2026-11-30.md'), 'utf8');
    expect(day).toContain('### Canary rollout');
    expect(fs.readFileSync(path.join(repo, 'journal', 'README.md'), 'utf8')).toContain('[Monday, November 30, 2026](2026/2026-11-30.md)');
    expect(fs.existsSync(path.join(repo, 'journal', '2026', '2026-11-25.md'))).toBe(false);
    expect(git(repo, 'log', '-p')).not.toContain('SECRET');
    expect(fs.readFileSync(path.join(repo, 'Home.md'), 'utf8')).toBe('# Team wiki\n');

    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText('Published Nothing changed since the last publish');
    expect(git(repo, 'rev-list', '--count', 'HEAD').trim()).toBe('2');

    // The folder is remembered: the dialog opened again shows it.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const again = await openPublishDialog(page);
    await expect(again.getByRole('textbox', { name: 'Repository folder' })).toHaveValue(repo);
  });

  test('says in plain words when the folder is not a git repository, or the push has no remote', async ({ page, workDir, hostKind }) => {
    test.skip(hostKind !== 'web', 'the desktop chooses the folder with its native dialog');
    const plain = path.join(workDir, 'plain');
    fs.mkdirSync(plain);
    const dialog = await openPublishDialog(page);
    await dialog.getByRole('textbox', { name: 'Repository folder' }).fill(plain);
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('is not inside a git work tree');
    expect(fs.readdirSync(plain)).toEqual([]);

    const repo = teamRepo(workDir);
    await dialog.getByRole('textbox', { name: 'Repository folder' }).fill(repo);
    await dialog.getByRole('checkbox', { name: 'Push after commit' }).check();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('committed');
    await expect(dialog.getByRole('alert')).toContainText('Committed, not pushed: The repository has no remote to push to');
  });
});

test.describe('publish (Korean)', () => {
  test.use({ locale: 'ko-KR', initialEntries: [ENTRIES, { scope: 'test' }] });

  test('writes the files in Korean when the app is in Korean', async ({ page, workDir, hostKind }) => {
    test.skip(hostKind !== 'web', 'the desktop chooses the folder with its native dialog');
    const repo = teamRepo(workDir);
    const dialog = await openPublishDialog(page, '게시…');
    await dialog.getByRole('textbox', { name: '저장소 폴더' }).fill(repo);
    await dialog.getByRole('radio', { name: '한 주 단위' }).check();
    await dialog.getByRole('button', { name: '게시', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^게시했습니다 2주 추가 · [0-9a-f]{7} 커밋$/);
    expect(fs.readFileSync(path.join(repo, 'journal', '2026', '2026-W48.md'), 'utf8')).toContain('## 2026년 11월 26일 (목)');
  });
});

const SHOTS = process.env.PUBLISH_SCREENSHOTS;
for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['en-US', 'ko-KR'] as const) {
    test.describe(`screenshots (${scheme}, ${locale})`, () => {
      test.use({ colorScheme: scheme, locale, initialEntries: [ENTRIES, { scope: 'test' }] });

      test('of the publish dialog before and after a publish', async ({ page, workDir, hostKind }) => {
        test.skip(!SHOTS || hostKind !== 'web', 'set PUBLISH_SCREENSHOTS to a folder to write them');
        const dir = SHOTS ?? '';
        fs.mkdirSync(dir, { recursive: true });
        const lang = locale === 'ko-KR' ? 'ko' : 'en';
        const repo = teamRepo(workDir);
        const dialog = await openPublishDialog(page, lang === 'ko' ? '게시…' : 'Publish…');
        await dialog.getByRole('textbox').fill(repo);
        await page.waitForTimeout(200);
        await page.locator('.toolbar').screenshot({ path: path.join(dir, `toolbar-${lang}-${scheme}.png`) }).catch(() => undefined);
        await dialog.screenshot({ path: path.join(dir, `publish-${lang}-${scheme}.png`) });
        await dialog.getByRole('checkbox').first().check();
        await dialog.getByRole('button', { name: lang === 'ko' ? '게시' : 'Publish', exact: true }).click();
        await expect(dialog.getByRole('alert')).toBeVisible();
        await page.waitForTimeout(200);
        await dialog.screenshot({ path: path.join(dir, `published-${lang}-${scheme}.png`) });
      });
    });
  }
}
