// Export, copy and import: the same contract calls whatever the host; only the
// file handling differs (native dialogs in Electron, a download / file input in the browser).
import type { ExportResult, ImportResult, ListFilter } from '../../db/model';
import { api, bridge } from '../api/client';

export async function exportToFile(filter: ListFilter): Promise<{ result: ExportResult; savedTo: string } | null> {
  const result = await api.exportMarkdown({ filter });
  if (bridge.saveMarkdown) {
    const saved = await bridge.saveMarkdown(result.fileName, result.markdown);
    return saved ? { result, savedTo: saved.path } : null;
  }
  const url = URL.createObjectURL(new Blob([result.markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { result, savedTo: result.fileName };
}

export async function copyAsMarkdown(filter: ListFilter): Promise<ExportResult> {
  const result = await api.exportMarkdown({ filter });
  await navigator.clipboard.writeText(result.markdown);
  return result;
}

/** Asks the desktop host for a file; null when the user cancelled, undefined when this host has no dialog. */
export async function pickFileFromHost(): Promise<{ fileName: string; markdown: string } | null | undefined> {
  if (!bridge.openMarkdown) return undefined;
  return bridge.openMarkdown();
}

export async function importText(fileName: string, markdown: string): Promise<ImportResult> {
  return api.importMarkdown({ markdown, fileName, format: 'auto' });
}
