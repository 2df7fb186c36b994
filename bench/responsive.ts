// `npm run bench:responsive`: does any call wait behind big work? Starts the
// browser host (`node dist-node/web.mjs`, or the host file given as
// BENCH_HOST, e.g. another checkout's build) on an empty journal, then,
// while it imports a 100,000-entry markdown export (BENCH_ENTRIES) and then
// exports all of it, asks for the journal's first page every 25 ms. Prints
// one JSON report: the import's and export's wall time, and the latency of
// the first-page calls made during each (median, p95, worst, failures).
// Target: worst ≤ 250 ms, none failed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../db/common/model';
import { LIMITS } from '../db/common/contract';
import { renderDocument } from '../db/markdown/export';
import { syntheticEntries } from '../testkit/synthetic';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POLL_EVERY_MS = 25;
const TARGET_WORST_MS = 250;
const TOKEN = 'bench-responsive-secret-0123456789abcdef';
/** The part of a reply read: enough for an envelope's "ok" and any error. */
const KEEP_BYTES = 1024 * 1024;

const progress = (message: string) => process.stderr.write(`bench:responsive: ${message}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A Pileup export of `count` synthetic entries, bodies cut so the file stays under the import limit. */
function exportText(count: number): string {
  const budget = Math.floor((LIMITS.importBytes * 0.9) / count);
  const entries: Entry[] = syntheticEntries(count).map((e, i) => {
    let body = e.body ?? '';
    while (Buffer.byteLength(body) > Math.max(100, budget - 300)) body = body.slice(0, Math.floor(body.length * 0.8));
    return {
      id: String(i),
      day: e.day ?? '2026-01-01',
      title: e.title ?? '',
      body,
      pillars: e.pillars,
      tags: e.tags ?? [],
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
  });
  return renderDocument(entries, {}, '2026-12-01');
}

interface Host {
  port: number;
  cookie: string;
  process: ChildProcess;
}

async function startHost(hostFile: string, dbFile: string): Promise<Host> {
  const child = spawn(process.execPath, [hostFile, '--db', dbFile, '--port', '0'], {
    env: { ...process.env, PILEUP_WEB_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`the host exited (${code}) before it printed its address`)));
  });
  // Hosts that trade the secret for a cookie get it; hosts that take it in a header get that too.
  const login = await request(port, 'GET', `/?token=${TOKEN}`, '', '');
  const cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { port, cookie, process: child };
}

function request(
  port: number,
  method: string,
  pathname: string,
  body: string,
  cookie: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: pathname,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'x-pileup-token': TOKEN,
          ...(cookie ? { cookie } : {}),
          ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
        },
      },
      (res) => {
        // Keep only the start of a big reply (an export of everything is ~60 MB): turning it
        // into one string would stall this process's own timers and show up as the host's latency.
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (c: Buffer) => {
          if (kept >= KEEP_BYTES) return;
          chunks.push(c);
          kept += c.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, KEEP_BYTES).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Asks for the first page every POLL_EVERY_MS until stopped; latency is counted from when each call was due. */
function pollFirstPages(host: Host): { stop(): Promise<{ latencies: number[]; failures: number }> } {
  const latencies: number[] = [];
  let failures = 0;
  const inFlight = new Set<Promise<void>>();
  const body = JSON.stringify({ filter: {}, limit: 50 });
  const timer = setInterval(() => {
    const due = performance.now();
    const call = request(host.port, 'POST', '/api/listEntries', body, host.cookie).then(
      (reply) => {
        if (reply.status === 200 && (JSON.parse(reply.body) as { ok: boolean }).ok) latencies.push(performance.now() - due);
        else failures++;
      },
      () => void failures++,
    );
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
  }, POLL_EVERY_MS);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { latencies, failures };
    },
  };
}

function summary(figures: { latencies: number[]; failures: number }) {
  return {
    calls: figures.latencies.length + figures.failures,
    'median ms': round(percentile(figures.latencies, 50)),
    'p95 ms': round(percentile(figures.latencies, 95)),
    'worst ms': round(Math.max(0, ...figures.latencies)),
    failed: figures.failures,
  };
}

async function during(host: Host, work: () => Promise<{ status: number; body: string }>) {
  const poll = pollFirstPages(host);
  const start = performance.now();
  const reply = await work();
  const wallMs = performance.now() - start;
  const figures = await poll.stop();
  const ok = reply.status === 200 && reply.body.includes('"ok":true');
  if (!ok) progress(`the call failed: ${reply.status} ${reply.body.slice(0, 300)}`);
  return { 'wall ms': round(wallMs), ok, 'first pages meanwhile': summary(figures) };
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_ENTRIES ?? 100_000);
  const hostFile = path.resolve(process.env.BENCH_HOST ?? path.join(ROOT, 'dist-node', 'web.mjs'));
  if (!fs.existsSync(hostFile)) throw new Error(`${hostFile} is missing: run \`npm run build\` first.`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-responsive-'));
  try {
    progress(`writing a ${count.toLocaleString('en-US')}-entry export…`);
    const markdown = exportText(count);
    const importBody = JSON.stringify({ markdown, format: 'auto', fileName: 'bench.md' });
    const host = await startHost(hostFile, path.join(dir, 'bench.db'));
    try {
      progress('idle first pages…');
      const idle = await during(host, () => new Promise((resolve) => setTimeout(() => resolve({ status: 200, body: '"ok":true' }), 2000)));
      progress('importing…');
      const imported = await during(host, () => request(host.port, 'POST', '/api/importMarkdown', importBody, host.cookie));
      // Let the import's checkpoint finish, as a user would not export in the same second.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      progress('exporting as one string (Copy as markdown)…');
      const exportedString = await during(host, () => request(host.port, 'POST', '/api/exportMarkdown', JSON.stringify({ filter: {} }), host.cookie));
      progress('exporting to a file…');
      const probe = await request(host.port, 'POST', '/host/export', JSON.stringify({ filter: {} }), host.cookie);
      const exportedFile = probe.status === 404 ? null : await during(host, () => request(host.port, 'POST', '/host/export', JSON.stringify({ filter: {} }), host.cookie));
      const report = {
        entries: count,
        host: path.relative(ROOT, hostFile) || hostFile,
        'import file MB': round(Buffer.byteLength(markdown) / 1024 / 1024),
        machine: { cpus: os.cpus().length, node: process.version, loadAverage1m: round(os.loadavg()[0] ?? 0) },
        idle,
        import: imported,
        'export (one string)': exportedString,
        ...(exportedFile ? { 'export (streamed to a file)': exportedFile } : {}),
      };
      const worst = Math.max(imported['first pages meanwhile']['worst ms'], exportedString['first pages meanwhile']['worst ms']);
      const failed = imported['first pages meanwhile'].failed + exportedString['first pages meanwhile'].failed;
      console.log(JSON.stringify({ ...report, target: { [`worst ≤ ${TARGET_WORST_MS} ms, none failed`]: worst <= TARGET_WORST_MS && failed === 0 } }, null, 2));
    } finally {
      host.process.kill('SIGTERM');
      await new Promise((resolve) => host.process.once('exit', resolve));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
