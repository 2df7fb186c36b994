// The browser host's defences, seen from a real browser: the API needs the
// per-run token, which the page takes from the printed address, keeps in
// sessionStorage (per origin: no other port sees it) and drops from the
// address bar; a page on another origin — even another port of 127.0.0.1,
// which browsers treat as the same site and send its cookies to — gets nothing.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { entryRow } from './ui-actions';

test.skip(({ hostKind }) => hostKind !== 'web', 'these tests are about the browser host, not Electron');

const NEEDS_TOKEN = /Open the address that `npm run web` printed/;

/** Serves one HTML page from another port (the "other local server"), noting the cookies browsers send it. */
async function serveForeignPage(html: string): Promise<{ url: string; cookies: string[]; close: () => Promise<void> }> {
  const cookies: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.headers.cookie) cookies.push(req.headers.cookie);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    cookies,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A plain API call from outside any browser (curl): no Origin, no fetch metadata. */
function curl(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(JSON.stringify({ title: 'via curl', pillars: ['culture'] }));
  });
}

function entryCount(journal: { db: { prepare(sql: string): { get(): unknown } } }): number {
  return (journal.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
}

test.describe('the token', () => {
  test.use({ initialEntries: [{ title: 'Canary rollout notes', body: 'The canary waits for metrics.', pillars: ['automation'], day: '2026-11-20' }] });

  test('is taken from the address, leaves the address bar, and survives a reload', async ({ page, baseUrl, app }) => {
    await expect(page).toHaveURL(baseUrl);
    expect(page.url()).not.toContain('token');
    await expect(entryRow(page, 'Canary rollout notes')).toBeVisible();
    expect(await page.context().cookies()).toEqual([]);

    await page.reload();
    await expect(entryRow(page, 'Canary rollout notes')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: NEEDS_TOKEN })).toHaveCount(0);

    // The route lives in the hash: taking the token out keeps it.
    const webHost = app.webHost;
    if (!webHost) throw new Error('the web project always has a web host');
    const routed = await page.context().newPage();
    await routed.goto(`${webHost.url}#/journal?q=canary`);
    await expect(routed).toHaveURL(`${baseUrl}#/journal?q=canary`);
    await expect(routed.getByRole('searchbox', { name: 'Search' })).toHaveValue('canary');
    await expect(entryRow(routed, 'Canary rollout notes')).toBeVisible();
    await routed.close();
  });

  test('is needed: without it the app says to open the printed address', async ({ app, launchWebBrowser }) => {
    const webHost = app.webHost;
    if (!webHost) throw new Error('the web project always has a web host');
    const browser = await launchWebBrowser();
    const stranger = await browser.newContext();
    try {
      const page = await stranger.newPage();
      await page.goto(webHost.baseUrl);
      await expect(page.getByRole('alert').filter({ hasText: NEEDS_TOKEN }).first()).toBeVisible();
      await expect(entryRow(page, 'Canary rollout notes')).toHaveCount(0);

      await page.goto(`${webHost.baseUrl}?token=not-the-token`);
      await expect(page.getByRole('alert').filter({ hasText: NEEDS_TOKEN }).first()).toBeVisible();
      expect(page.url()).not.toContain('not-the-token');
      expect(await stranger.cookies()).toEqual([]);

      const apiReply = await page.request.post(`${webHost.baseUrl}api/listEntries`, { data: {} });
      expect(apiReply.status()).toBe(401);
    } finally {
      await stranger.close();
    }
  });
});

test('a page served by another local server cannot read the API, and what the browser sends it opens nothing', async ({ page, baseUrl, journal }) => {
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  const foreign = await serveForeignPage('<!doctype html><title>Not Pileup</title><h1>Elsewhere</h1>');
  try {
    const attacker = await page.context().newPage();
    await attacker.goto(foreign.url);
    const outcome = await attacker.evaluate(async (target) => {
      const body = JSON.stringify({ title: 'injected', body: '악성 요청', pillars: ['culture'] });
      const results: string[] = [];
      // Per origin: this page has no token of the app's to send.
      results.push(`token:${String(sessionStorage.getItem('pileup-token'))}`);
      try {
        const r = await fetch(`${target}api/createEntry`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body,
        });
        results.push(`cors:${r.status}:${await r.text()}`);
      } catch {
        results.push('cors:blocked');
      }
      try {
        // A "simple" request skips the CORS preflight; the host must still refuse it.
        const r = await fetch(`${target}api/createEntry`, { method: 'POST', mode: 'no-cors', credentials: 'include', body });
        results.push(`no-cors:${r.type}`);
      } catch {
        results.push('no-cors:blocked');
      }
      try {
        const r = await fetch(`${target}api/listEntries`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{}' });
        results.push(`read:${r.status}:${await r.text()}`);
      } catch {
        results.push('read:blocked');
      }
      return results;
    }, baseUrl);
    expect(outcome[0]).toBe('token:null');
    expect(outcome[1]).toBe('cors:blocked');
    // Either the request went out and was refused (opaque), or the browser
    // blocked the answer (Cross-Origin-Resource-Policy); never an entry.
    expect(['no-cors:opaque', 'no-cors:blocked']).toContain(outcome[2]);
    expect(outcome[3]).toBe('read:blocked');

    // Cookies for 127.0.0.1 go to every port of it, so the other server gets
    // them; replayed from curl (no Origin), they must open nothing.
    for (const cookie of [...foreign.cookies, '']) {
      expect(await curl(`${baseUrl}api/createEntry`, { cookie })).toBe(401);
    }
    expect(foreign.cookies.join('; ')).not.toContain('pileup');

    // A form posted from the foreign page is refused too.
    await attacker.setContent(
      `<form method="POST" action="${baseUrl}api/createEntry" enctype="text/plain"><input name='{"title":"form","pillars":["culture"],"x":"' value='"}'><button>Go</button></form>`,
    );
    const [response] = await Promise.all([attacker.waitForNavigation(), attacker.getByRole('button', { name: 'Go' }).click()]);
    expect(response?.status()).toBe(403);

    expect(entryCount(journal)).toBe(0);
    await attacker.close();
  } finally {
    await foreign.close();
  }
});

test('a page on another origin cannot frame the app', async ({ page, baseUrl }) => {
  const foreign = await serveForeignPage(`<!doctype html><title>Framer</title><iframe title="app" src="${baseUrl}"></iframe>`);
  try {
    const framer = await page.context().newPage();
    await framer.goto(foreign.url);
    const frame = framer.frames().find((f) => f !== framer.mainFrame());
    if (!frame) throw new Error('the iframe should exist');
    // frame-ancestors 'none' replaces the app with the browser's error page.
    await expect(framer.frameLocator('iframe').getByRole('button', { name: 'New entry' })).toHaveCount(0);
    await expect.poll(() => frame.url()).not.toBe(baseUrl);
    await framer.close();
  } finally {
    await foreign.close();
  }
});
