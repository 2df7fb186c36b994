// Markdown export and import: the module's public face.
export { collectEntries, exportMarkdown, exportMarkdownFile, renderDocument, type ExportFormat, type ExportOptions } from './export';
export { describeFilter } from './share-layout';
export { detectFormat, importMarkdown, importSources, prepareImport, type ImportOptions, type ImportRequest, type ImportSource } from './import';
export { importPaths, isProblem, readImportSource, type FilesImportResult } from './import-files';
export { NOTHING_TO_EXPORT } from '../common/share-labels';
export { markdownToHtml } from './html';
export { markdownToSlack } from './slack';
export { renderBrag, renderSnippets } from './rituals';
export { parseQuarter, periodFor, quarterOf, ritualPeriod, type RitualPeriod, type RitualPeriodRequest } from './ritual-period';
