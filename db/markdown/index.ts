// Markdown export and import. (Stub: the markdown module fills this in.)
import type { Journal } from '../journal';
import type { ExportResult, ImportFormat, ImportResult, ListFilter, Pillar } from '../model';

export interface ImportRequest {
  markdown: string;
  format: ImportFormat;
  fileName?: string;
  defaultPillars?: Pillar[];
}

export function exportMarkdown(_journal: Journal, _filter: ListFilter): ExportResult {
  return { markdown: '', count: 0, fileName: 'pileup.md' };
}

export function importMarkdown(_journal: Journal, _request: ImportRequest): ImportResult {
  return { added: 0, skipped: 0, problems: [] };
}
