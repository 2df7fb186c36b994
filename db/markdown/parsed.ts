// What every importer produces before anything touches the journal.
import type { ImportProblem, Pillar } from '../common/model';
import { PILLARS } from '../common/model';
import { normalizeTags } from '../common/tags';

export interface ParsedEntry {
  /** 1-based line where the entry starts, for problem reports. */
  line: number;
  day: string;
  title: string;
  body: string;
  /** Pillars the source named; empty means "use the default pillars, if any". */
  pillars: Pillar[];
  tags: string[];
}

export interface ParseOutcome {
  entries: ParsedEntry[];
  problems: ImportProblem[];
}

function isPillar(tag: string): tag is Pillar {
  return (PILLARS as readonly string[]).includes(tag);
}

/** Tags that name a pillar become pillars; the rest stay tags. */
export function splitPillarTags(rawTags: readonly string[]): { pillars: Pillar[]; tags: string[] } {
  const tags = normalizeTags(rawTags);
  const pillars = PILLARS.filter((p) => tags.includes(p));
  return { pillars, tags: tags.filter((t) => !isPillar(t)) };
}

/** Blank lines removed from both ends of a list of lines. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return lines.slice(start, end);
}
