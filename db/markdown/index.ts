// Markdown export and import: the module's public face.
export { collectEntries, describeFilter, exportMarkdown, exportMarkdownFile, renderDocument } from './export';
export { detectFormat, importMarkdown, importSources, prepareImport, type ImportOptions, type ImportRequest, type ImportSource } from './import';
export { importPaths, isProblem, readImportSource, type FilesImportResult } from './import-files';
