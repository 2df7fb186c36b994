// Export, copy and import: the same contract calls whatever the host; only the
// file handling differs (native dialogs in Electron, a download / file input in the browser).
import type { CallOptions } from '../../db/common/contract';
import type { ExportResult, ImportResult, ListFilter } from '../../db/common/model';
import type { ShareLang } from '../../db/common/share-labels';
import { api, bridge, exportFile } from '../api/client';
import { localToday } from '../common/dates';

/**
 * Saves markdown through the desktop host's save dialog, or as a browser download.
 * null when the user cancelled the dialog; `native` tells a saved path from a downloaded name.
 */
export async function saveMarkdownFile(fileName: string, markdown: string): Promise<{ savedTo: string; native: boolean } | null> {
  if (bridge.saveMarkdown) {
    const saved = await bridge.saveMarkdown(fileName, markdown);
    return saved ? { savedTo: saved.path, native: true } : null;
  }
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { savedTo: fileName, native: false };
}

/** Puts text on the clipboard; without clipboard permission (some embedded browsers), falls back to a selection copy. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('The clipboard is not available here.');
  }
}

/**
 * Puts HTML on the clipboard with a plain-text twin (Confluence and mail take
 * the HTML, a plain editor the text); where the clipboard takes only text, the text.
 */
export async function copyHtml(html: string, plain: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return copyText(plain);
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([plain], { type: 'text/plain' }),
    }),
  ]);
}

/** What to export: a share (for people, in the UI's language, private entries only when included) or a backup (everything, exactly). */
export interface ExportRequest {
  format: 'share' | 'backup';
  lang: ShareLang;
  includePrivate: boolean;
}

/**
 * Exports the filter to a file the core writes page by page (save dialog on
 * the desktop, a download in the browser); null when cancelled in the dialog.
 * An export of nothing fails in the core before any file is written.
 */
export function exportToFile(filter: ListFilter, request: ExportRequest, options: CallOptions): Promise<{ count: number; savedTo: string } | null> {
  return exportFile({ filter, ...request }, `pileup-${localToday()}.md`, options);
}

export async function copyAsMarkdown(filter: ListFilter, request: ExportRequest, options: CallOptions): Promise<ExportResult> {
  const result = await api.exportMarkdown({ filter, ...request }, options);
  await copyText(result.markdown);
  return result;
}

/** Asks the desktop host for a file; null when the user cancelled, undefined when this host has no dialog. */
export async function pickFileFromHost(): Promise<{ fileName: string; markdown: string } | null | undefined> {
  if (!bridge.openMarkdown) return undefined;
  return bridge.openMarkdown();
}

export function importText(fileName: string, markdown: string, options: CallOptions): Promise<ImportResult> {
  return api.importMarkdown({ markdown, fileName, format: 'auto' }, options);
}
