// The CLI against ripgrep, both timed as whole processes in the same run: the
// journal's entries kept as daily notes (YYYY-MM-DD.md) for rg, the journal
// file for `pileup search`. Runs alternate, so load drifts hit both alike.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 9;
const QUERIES = ['배포', 'terraform'] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Wall ms of one whole process, output discarded; throws when it fails. */
function timeProcess(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  const ms = performance.now() - start;
  // rg exits 1 when nothing matches: still a finished search.
  if (run.error || (run.status !== 0 && !(command === 'rg' && run.status === 1))) throw new Error(`${command} failed: ${run.error?.message ?? run.stderr.toString()}`);
  return ms;
}

function writeDailyNotes(db: Database, dir: string): number {
  const rows = db.prepare<[], { day: string; title: string; body: string }>('SELECT day, title, body FROM entries WHERE deleted_at IS NULL ORDER BY day, seq').iterate();
  let day = '';
  let parts: string[] = [];
  let files = 0;
  const flush = (): void => {
    if (!day) return;
    fs.writeFileSync(path.join(dir, `${day}.md`), parts.join('\n\n'));
    files++;
  };
  for (const row of rows) {
    if (row.day !== day) {
      flush();
      day = row.day;
      parts = [];
    }
    parts.push(`## ${row.title}\n\n${row.body}`);
  }
  flush();
  return files;
}

export function measureCliVsRipgrep(db: Database, file: string): Record<string, number | string> {
  const cli = path.join(ROOT, 'dist-node', 'cli.mjs');
  if (!fs.existsSync(cli)) return { 'cli vs rg': 'dist-node/cli.mjs is not built (npm run build:node)' };
  if (spawnSync('rg', ['--version']).error) return { 'cli vs rg': 'ripgrep (rg) is not installed' };
  db.pragma('wal_checkpoint(TRUNCATE)');
  const notes = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-notes-'));
  try {
    const report: Record<string, number | string> = { 'daily-note files': writeDailyNotes(db, notes) };
    const help = { cli: [] as number[], node: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      help.cli.push(timeProcess(process.execPath, [cli, '--help']));
      help.node.push(timeProcess(process.execPath, ['-e', '0']));
    }
    report['pileup --help median ms'] = Number(median(help.cli).toFixed(1));
    report['node -e 0 median ms'] = Number(median(help.node).toFixed(1));
    for (const query of QUERIES) {
      const times = { cli: [] as number[], rg: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        times.cli.push(timeProcess(process.execPath, [cli, 'search', query, '--db', file]));
        times.rg.push(timeProcess('rg', ['-i', query, notes]));
      }
      const cliMs = median(times.cli);
      const rgMs = median(times.rg);
      report[`pileup search ${query} median ms`] = Number(cliMs.toFixed(1));
      report[`rg -i ${query} median ms`] = Number(rgMs.toFixed(1));
      report[`search ${query}: cli / rg`] = Number((cliMs / rgMs).toFixed(2));
    }
    return report;
  } finally {
    fs.rmSync(notes, { recursive: true, force: true });
  }
}
