// pileup import: files and folders, all or nothing.
import fs from 'node:fs';
import { importPaths, isProblem, readImportSource } from '../../db/markdown/index';
import type { ImportFormat, ImportProblem, ImportResult } from '../../db/common/model';
import { plural, withSession, type Command } from '../common';
import { HELP } from '../help';
import type { Io } from '../io';
import { UNFOLLOWED_JOB } from '../../db/job';
import { COMMON_OPTIONS, FILTER_OPTIONS, UsageError, parse, parsePillars } from '../usage';

const OPTIONS = {
  ...COMMON_OPTIONS,
  pillar: FILTER_OPTIONS.pillar,
  format: { type: 'string', short: 'f' },
} as const;

const FORMATS: readonly ImportFormat[] = ['auto', 'pileup', 'jrnl', 'daily-notes'];

function isFormat(value: string): value is ImportFormat {
  return (FORMATS as readonly string[]).includes(value);
}

function reportProblems(io: Io, problems: readonly ImportProblem[]): number {
  for (const p of problems) {
    const where = [p.file, p.line > 0 ? String(p.line) : ''].filter(Boolean).join(':');
    io.err(`${where ? `${where}: ` : ''}${p.message}\n`);
  }
  io.err(`Nothing was imported (${plural(problems.length, 'problem')}).\n`);
  return 1;
}

function reportAdded(io: Io, result: ImportResult, from: string): void {
  const skipped = result.skipped ? ` (${plural(result.skipped, 'entry', 'entries')} already in the journal)` : '';
  io.err(`Imported ${plural(result.added, 'entry', 'entries')} from ${from}${skipped}.\n`);
}

export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parse('import', args, OPTIONS);
  if (values.help) {
    io.out(HELP.import!);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('import', 'Name a file or a folder to import.');
  const format = values.format ?? 'auto';
  if (!isFormat(format)) throw new UsageError('import', `Unknown format "${format}"; use one of: ${FORMATS.join(', ')}.`);
  const defaultPillars = parsePillars('import', values.pillar);
  const options = { format, ...(defaultPillars.length ? { defaultPillars } : {}) };

  return withSession(values.db, io, async (session) => {
    const only = positionals.length === 1 ? positionals[0]! : null;
    if (only !== null && fs.existsSync(only) && fs.statSync(only).isFile()) {
      // One file goes through the contract, like the app's Import button.
      const source = await readImportSource(only, only);
      if (isProblem(source)) return reportProblems(io, [source]);
      const result = await session.call('importMarkdown', { markdown: source.text, fileName: only, ...options });
      if (result.problems.length) return reportProblems(io, result.problems);
      reportAdded(io, result, only);
      return 0;
    }
    const result = await session.run(() => importPaths(session.journal, positionals, options, UNFOLLOWED_JOB));
    if (result.problems.length) return reportProblems(io, result.problems);
    if (result.ignored.length) {
      io.err(`Left alone ${plural(result.ignored.length, 'file')} that ${result.ignored.length === 1 ? 'is' : 'are'} neither daily notes nor exports: ${result.ignored.slice(0, 5).join(', ')}${result.ignored.length > 5 ? ', …' : ''}\n`);
    }
    reportAdded(io, result, plural(result.files, 'file'));
    return 0;
  });
};
