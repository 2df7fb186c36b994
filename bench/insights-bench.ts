// The insights section of `npm run bench`: the median time of each insights
// query on a journal. Run alone with `npx tsx bench/insights-bench.ts` to
// build a 100,000-entry journal in the temp folder and print the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { insights, review } from '../db/insights/index';
import { isoWeekOf } from '../db/common/calendar';
import { heatmap } from '../db/insights/heatmap';
import { quietestPillar } from '../db/insights/quietest';
import { resolveRange } from '../db/insights/range';
import { streaks } from '../db/insights/streaks';
import { topTags } from '../db/insights/tags';
import { weekly } from '../db/insights/weeks';
import { Journal, type NewEntry } from '../db/journal';
import { PILLARS, type Pillar } from '../db/common/model';
import { localToday } from '../db/rows';

const RUNS = 21;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown): number {
  run(); // warm up: prepare statements, fill the page cache
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Number(median(samples).toFixed(2));
}

/**
 * Medians in ms of each insights query over the last year of `journal`
 * (ending on its latest day, so an old bench journal is measured on its data).
 */
export function measureInsights(journal: Journal): Record<string, number> {
  const db = journal.db;
  const latest = db.prepare<[], string | null>(`SELECT max(day) FROM entries WHERE deleted_at IS NULL`).pluck().get();
  const to = latest ?? localToday();
  const range = resolveRange({ to }, to);
  return {
    'insights: heatmap (1 year)': time(() => heatmap(db, range)),
    'insights: streaks': time(() => streaks(db, { to })),
    'insights: weekly per pillar (1 year)': time(() => weekly(db, range)),
    'insights: top tags (1 year)': time(() => topTags(db, range)),
    'insights: quietest pillar (30 days)': time(() => quietestPillar(db, to)),
    'insights: all of the above': time(() => insights(db, { to }, to)),
    'insights: week review': time(() => review(db, { week: isoWeekOf(to) }, to)),
    'insights: month review': time(() => review(db, { month: to.slice(0, 7) }, to)),
  };
}

const WORDS = ['배포', '자동화', '회고', '장애 대응', 'SLO', 'Terraform', 'Kubernetes', '모니터링', 'pairing', 'post-mortem', '보안', 'CI 파이프라인'];
const TAGS = ['k8s', 'terraform', 'ci', '배포', '회고', 'slo', 'oncall', 'docs', 'aws', 'security', 'pairing', 'observability'];

/** `count` entries over `days` days ending on `to`, with gaps so streaks have ends. */
export function benchEntries(count: number, days: number, to: string): NewEntry[] {
  const end = Date.parse(`${to}T00:00:00Z`);
  const entries: NewEntry[] = [];
  // mulberry32: a small seeded generator, so every run builds the same journal.
  let seed = 42;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  for (let i = 0; i < count; i++) {
    let offset = next(days);
    if (offset % 11 === 5) offset += 1; // some days stay empty
    const day = new Date(end - offset * 86_400_000).toISOString().slice(0, 10);
    const pillars: Pillar[] = PILLARS.filter((_, bit) => ((1 + next(15)) & (1 << bit)) !== 0);
    entries.push({
      day,
      title: `${WORDS[next(WORDS.length)]} ${i}`,
      body: `오늘 ${WORDS[next(WORDS.length)]} 작업을 했다. Worked on ${WORDS[next(WORDS.length)]} with the team.`,
      pillars: pillars.length ? pillars : ['culture'],
      tags: [TAGS[next(TAGS.length)] ?? 'ci', TAGS[next(TAGS.length)] ?? 'docs'],
    });
  }
  return entries;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-insights-bench-'));
  try {
    const journal = Journal.open(path.join(dir, 'bench.db'));
    const today = localToday();
    const years = Number(process.env.BENCH_YEARS ?? 3);
    journal.createMany(benchEntries(100_000, Math.round(365 * years), today));
    journal.db.pragma('optimize');
    const figures = measureInsights(journal);
    console.log(`100,000 entries over ${years} year(s), medians of ${RUNS} runs:`);
    for (const [name, ms] of Object.entries(figures)) console.log(`  ${name.padEnd(40)} ${ms.toFixed(2).padStart(8)} ms`);
    journal.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
