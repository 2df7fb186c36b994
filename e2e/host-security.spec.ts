// The browser host's defences, seen from a real browser: without the secret
// the app does not load, and a page on another origin — even another port of
// 127.0.0.1, which browsers treat as the same site — cannot use the API.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

test.skip(({ hostKind }) => hostKind !== 'web', 'these tests are about the browser host, not Electron');

/** Serves one HTML page from another port: the "foreign origin". */
async function serveForeignPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function entryCount(journal: { db: { prepare(sql: string): { get(): unknown } } }): number {
  return (journal.db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
}

test('without the secret the app does not load', async ({ app, launchWebBrowser }) => {
  const webHost = app.webHost;
  if (!webHost) throw new Error('the web project always has a web host');
  const browser = await launchWebBrowser();
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const response = await page.goto(webHost.baseUrl);
    expect(response?.status()).toBe(401);
    await expect(page.getByRole('heading', { name: 'Pileup needs its secret' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New entry' })).toHaveCount(0);

    const wrong = await page.goto(`${webHost.baseUrl}?token=not-the-secret`);
    expect(wrong?.status()).toBe(403);
    expect(await stranger.cookies()).toEqual([]);

    const apiReply = await page.request.post(`${webHost.baseUrl}api/listEntries`, { data: {} });
    expect(apiReply.status()).toBe(401);
  } finally {
    await stranger.close();
  }
});

test('with the secret the app loads, and the secret leaves the address bar', async ({ page, baseUrl }) => {
  await expect(page).toHaveURL(baseUrl);
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  // The session cookie is HttpOnly: scripts in the page cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain('pileup_session');
});

test('a page on another origin cannot call the API, even with the cookie in the browser', async ({ page, baseUrl, journal }) => {
  // The signed-in page holds the session cookie for 127.0.0.1, which the
  // browser would attach to requests from any port of 127.0.0.1.
  await expect(page.getByRole('button', { name: 'New entry' })).toBeVisible();
  const foreign = await serveForeignPage('<!doctype html><title>Not Pileup</title><h1>Elsewhere</h1>');
  try {
    const attacker = await page.context().newPage();
    await attacker.goto(foreign.url);
    const outcome = await attacker.evaluate(async (target) => {
      const body = JSON.stringify({ title: 'injected', body: '악성 요청', pillars: ['culture'] });
      const results: string[] = [];
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
    expect(outcome[0]).toBe('cors:blocked');
    // Either the request went out and was refused (opaque), or the browser
    // blocked the answer (Cross-Origin-Resource-Policy); never an entry.
    expect(['no-cors:opaque', 'no-cors:blocked']).toContain(outcome[1]);
    expect(outcome[2]).toBe('read:blocked');

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
