// Reads a document written by export.ts back into entries, exactly.
import { z } from 'zod';
import { pillarSchema } from '../common/contract';
import { describeZodError } from '../handlers-dispatch';
import type { ImportProblem } from '../common/model';
import { BODY_START, ENTRY_END, EXPORT_MARKER, isStructuralLine, metaTextOf, splitLines, unescapeBodyLine, type EntryMeta } from './format';
import type { ParseOutcome, ParsedEntry } from './parsed';

const metaSchema = z.object({
  day: z.string(),
  title: z.string(),
  pillars: z.array(pillarSchema),
  tags: z.array(z.string()),
});

export function looksLikePileup(text: string): boolean {
  return text.includes(EXPORT_MARKER) || /^<!-- pileup:entry /m.test(text);
}

type State =
  | { kind: 'outside' }
  | { kind: 'header'; line: number; meta: EntryMeta | null }
  | { kind: 'body'; line: number; meta: EntryMeta | null; lines: string[] };

export function parsePileup(text: string): ParseOutcome {
  const entries: ParsedEntry[] = [];
  const problems: ImportProblem[] = [];
  let state: State = { kind: 'outside' };

  const startEntry = (line: string, n: number): State => {
    const json = metaTextOf(line);
    if (json === null) {
      problems.push({ line: n, message: 'This entry marker is malformed; it should look like <!-- pileup:entry {…} -->.' });
      return { kind: 'header', line: n, meta: null };
    }
    return { kind: 'header', line: n, meta: parseMeta(json, n, problems) };
  };

  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const n = index + 1;
    switch (state.kind) {
      case 'outside':
        if (line.startsWith('<!-- pileup:entry')) state = startEntry(line, n);
        else if (line === EXPORT_MARKER) break;
        else if (isStructuralLine(line)) problems.push({ line: n, message: 'This marker is outside any entry (was an entry start line removed?).' });
        break;
      case 'header':
        if (line === BODY_START) state = { kind: 'body', line: state.line, meta: state.meta, lines: [] };
        else if (isStructuralLine(line)) {
          problems.push({ line: state.line, message: `The entry starting here has no <!-- pileup:body --> line before line ${n}.` });
          state = line.startsWith('<!-- pileup:entry') ? startEntry(line, n) : { kind: 'outside' };
        }
        break;
      case 'body':
        if (line === ENTRY_END) {
          if (state.meta) entries.push(toEntry(state.meta, state.line, state.lines));
          state = { kind: 'outside' };
        } else if (isStructuralLine(line)) {
          problems.push({ line: state.line, message: `The entry starting here is not closed with <!-- /pileup:entry --> before line ${n}.` });
          state = line.startsWith('<!-- pileup:entry') ? startEntry(line, n) : { kind: 'outside' };
        } else {
          state.lines.push(unescapeBodyLine(line));
        }
        break;
    }
  }
  if (state.kind !== 'outside') {
    problems.push({ line: state.line, message: 'The entry starting here is not closed with <!-- /pileup:entry --> (the file may be cut short).' });
  }
  return { entries, problems };
}

function parseMeta(json: string, line: number, problems: ImportProblem[]): EntryMeta | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    problems.push({ line, message: 'The entry marker holds broken JSON.' });
    return null;
  }
  const parsed = metaSchema.safeParse(value);
  if (!parsed.success) {
    problems.push({ line, message: `The entry marker is incomplete: ${describeZodError(parsed.error)}` });
    return null;
  }
  return parsed.data;
}

function toEntry(meta: EntryMeta, line: number, lines: string[]): ParsedEntry {
  // The export puts exactly one blank line before and after the body.
  const body = lines.slice(lines[0] === '' ? 1 : 0, lines.length > 1 && lines[lines.length - 1] === '' ? -1 : undefined);
  return { line, day: meta.day, title: meta.title, body: body.join('\n'), pillars: meta.pillars, tags: meta.tags };
}
