#!/usr/bin/env node
// @ts-check
// `npm run test:security`: a static scan of the Electron code with
// Electronegativity. The tool itself always exits 0, so this script reads its
// SARIF report and fails when a finding is not explained where it points:
//
//   // electronegativity: OPEN_EXTERNAL_JS_CHECK — only http(s) URLs reach it (guards.ts)
//   shell.openExternal(url)
//
// The comment sits on the named line or in the comment block right above it.
// Global findings name no line; their explanation may sit in any scanned file.
// Offline: the check that downloads Electron's release list is excluded, and
// the translation download the tool tries first times out harmlessly.
//
//   node scripts/electronegativity.mjs [--input DIR] [--electron-version X.Y.Z]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Checks that need the internet; they would make the result depend on the day's network. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** How far above a finding an explanation comment may start. */
const MAX_COMMENT_BLOCK = 8;

/**
 * @typedef {{ checkId: string, message: string, file: string | null, line: number, column: number }} Finding
 * @typedef {Finding & { explanation: string | null, explainedAt: string | null }} JudgedFinding
 */

/**
 * The findings in a SARIF report from Electronegativity. A location of
 * `file:///` (or none) marks a global finding (file null).
 * @param {unknown} sarif
 * @returns {Finding[]}
 */
export function findingsFromSarif(sarif) {
  const runs = /** @type {{ runs?: Array<{ results?: unknown[] }> }} */ (sarif).runs ?? [];
  /** @type {Finding[]} */
  const findings = [];
  for (const run of runs) {
    for (const raw of run.results ?? []) {
      const result = /** @type {{ ruleId?: string, message?: { text?: string }, locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }, region?: { startLine?: number, startColumn?: number } } }> }} */ (raw);
      const physical = result.locations?.[0]?.physicalLocation;
      const uri = physical?.artifactLocation?.uri ?? '';
      const isGlobal = uri === '' || uri === 'file:///' || uri === 'N/A';
      findings.push({
        checkId: result.ruleId ?? 'UNKNOWN_CHECK',
        message: result.message?.text ?? '',
        file: isGlobal ? null : uri.startsWith('file://') ? fileURLToPath(uri) : uri,
        line: isGlobal ? 0 : (physical?.region?.startLine ?? 0),
        column: physical?.region?.startColumn ?? 0,
      });
    }
  }
  return findings;
}

/**
 * The reason given by an `electronegativity: CHECK_ID — reason` comment in `text`, or null.
 * @param {string} text
 * @param {string} checkId
 */
export function explanationIn(text, checkId) {
  const escaped = checkId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`electronegativity:\\s*${escaped}\\s*[—–:-]+\\s*(.+)`).exec(text);
  const reason = match?.[1]?.replace(/\*\/\s*$/, '').trim() ?? '';
  // A reason is a sentence, not a shrug.
  return reason.length >= 10 ? reason : null;
}

/** @param {string} line */
const isCommentLine = (line) => /^\s*(\/\/|\/\*|\*)/.test(line);

/**
 * The explanation for a finding at `line` (1-based) of a file's lines — on the
 * line itself or in the contiguous comment block just above it — and the
 * line it is on.
 * @param {string[]} lines
 * @param {number} line
 * @param {string} checkId
 * @returns {{ reason: string, line: number } | null}
 */
export function explanationAt(lines, line, checkId) {
  const own = explanationIn(lines[line - 1] ?? '', checkId);
  if (own) return { reason: own, line };
  for (let i = line - 2; i >= 0 && i >= line - 1 - MAX_COMMENT_BLOCK; i--) {
    const text = lines[i] ?? '';
    if (!isCommentLine(text)) break;
    const reason = explanationIn(text, checkId);
    if (reason) return { reason, line: i + 1 };
  }
  return null;
}

/**
 * @param {string} dir
 * @returns {string[]}
 */
function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|js|cjs|mjs|html)$/.test(f))
    .map((f) => path.join(dir, f));
}

/**
 * Pairs each finding with its explanation, if any.
 * @param {Finding[]} findings
 * @param {string} inputDir
 * @returns {JudgedFinding[]}
 */
export function judgeFindings(findings, inputDir) {
  /** @type {Map<string, string[]>} */
  const cache = new Map();
  /** @param {string} file */
  const linesOf = (file) => {
    let lines = cache.get(file);
    if (!lines) {
      lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split(/\r?\n/) : [];
      cache.set(file, lines);
    }
    return lines;
  };
  return findings.map((finding) => {
    if (finding.file === null) {
      for (const file of sourceFiles(inputDir)) {
        const lines = linesOf(file);
        const index = lines.findIndex((l) => explanationIn(l, finding.checkId));
        if (index >= 0) {
          const explanation = explanationIn(lines[index] ?? '', finding.checkId);
          return { ...finding, explanation, explainedAt: `${path.relative(ROOT, file)}:${index + 1}` };
        }
      }
      return { ...finding, explanation: null, explainedAt: null };
    }
    const file = path.resolve(inputDir, finding.file);
    const found = explanationAt(linesOf(file), finding.line, finding.checkId);
    return { ...finding, explanation: found?.reason ?? null, explainedAt: found ? `${path.relative(ROOT, file)}:${found.line}` : null };
  });
}

/** @param {string} root */
function installedElectronVersion(root) {
  try {
    /** @type {unknown} */
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
    return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

/**
 * Runs Electronegativity on `inputDir` and returns its findings.
 * @param {string} inputDir
 * @param {string | null} electronVersion
 * @returns {Finding[]}
 */
export function scan(inputDir, electronVersion) {
  const require = createRequire(path.join(ROOT, 'package.json'));
  const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pileup-electronegativity-'));
  const report = path.join(work, 'report.sarif');
  try {
    const args = [cli, '--input', inputDir, '--output', report, '--relative', '--exclude-checks', EXCLUDED_CHECKS.join(',')];
    if (electronVersion) args.push('--electron-version', electronVersion);
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'en-US' } });
    if (!fs.existsSync(report)) {
      throw new Error(`Electronegativity wrote no report (exit ${result.status}).\n${result.stdout ?? ''}${result.stderr ?? ''}`.trim());
    }
    return findingsFromSarif(JSON.parse(fs.readFileSync(report, 'utf8')));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** @param {string[]} argv */
function main(argv) {
  /** @param {string} name */
  const option = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const inputDir = path.resolve(option('--input') ?? path.join(ROOT, 'electron'));
  const electronVersion = option('--electron-version') ?? installedElectronVersion(ROOT);
  let judged;
  try {
    judged = judgeFindings(scan(inputDir, electronVersion), inputDir);
  } catch (error) {
    process.stderr.write(`electronegativity: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const where = (/** @type {JudgedFinding} */ f) => (f.file === null ? '(global)' : `${path.relative(ROOT, path.resolve(inputDir, f.file))}:${f.line}`);
  process.stdout.write(`Electronegativity on ${path.relative(ROOT, inputDir) || '.'}: ${judged.length} finding(s)\n`);
  for (const f of judged) {
    if (f.explanation) process.stdout.write(`  ok    ${f.checkId} at ${where(f)}: ${f.message}\n        explained at ${f.explainedAt}: ${f.explanation}\n`);
    else process.stdout.write(`  FAIL  ${f.checkId} at ${where(f)}: ${f.message}\n        fix it, or explain it there with  // electronegativity: ${f.checkId} — <why it is safe>\n`);
  }
  const unexplained = judged.filter((f) => !f.explanation).length;
  process.stdout.write(unexplained ? `${unexplained} finding(s) neither fixed nor explained.\n` : 'Every finding is fixed or explained.\n');
  return unexplained ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
