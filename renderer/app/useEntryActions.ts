// What the user does to entries and the journal — save, delete, restore, purge,
// empty the trash, export, copy, import — with the toasts and dialogs that answer.
// Every write ends with `afterWrite`, so the views refresh at once.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallOptions } from '../../db/common/contract';
import type { Entry, JobProgress } from '../../db/common/model';
import { NOTHING_TO_EXPORT, shareLangOf } from '../../db/common/share-labels';
import { api, ApiError } from '../api/client';
import type { ConfirmRequest } from '../common/ConfirmDialog';
import { formatTimestamp } from '../common/dates';
import { errorMessage } from '../common/errors';
import { shownTitle } from '../common/titles';
import { useToast } from '../common/Toasts';
import type { ImportOutcome } from '../sharing/ImportDialog';
import type { RunningJob } from '../sharing/JobStatus';
import { takeCopyFormat, takeFormat, takeIncludePrivate } from '../sharing/exportChoices';
import { copyAsMarkdown, copyHtml, copyText, exportToFile, importText, pickFileFromHost, type ExportRequest } from '../sharing/sharing';
import '../sharing/strings';
import { focusEntryRow } from '../journal/focusRows';
import { toListFilter, type JournalFilter } from './route';

export interface EntryActionsOptions {
  /** What export and copy take. */
  filter: JournalFilter;
  /** How many entries "Empty trash" will remove, for its question. */
  trashCount: number;
  afterWrite: () => void;
  openEntry: (id: string) => void;
  closePane: () => void;
  onCreated: () => void;
}

export function useEntryActions({ filter, trashCount, afterWrite, openEntry, closePane, onCreated }: EntryActionsOptions) {
  const { t, i18n } = useTranslation('app');
  const { t: tShare } = useTranslation('rituals');
  const toast = useToast();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [job, setJob] = useState<RunningJob | null>(null);
  /** The export or copy under way, read by runJob without waiting for a render. */
  const jobRef = useRef<RunningJob | null>(null);
  /** The page's file input, for hosts without a native file picker. */
  const fileInputRef = useRef<HTMLInputElement>(null);

  const fail = useCallback((error: unknown) => toast({ message: errorMessage(error, t), tone: 'error' }), [toast, t]);

  const onSaved = useCallback(
    (entry: Entry, created: boolean) => {
      openEntry(entry.id);
      afterWrite();
      focusEntryRow(entry.id);
      if (created) onCreated();
      toast({ message: t('editor.saved', { title: shownTitle(entry.title, t) }) });
    },
    [openEntry, afterWrite, onCreated, toast, t],
  );

  const onRevisionRestored = useCallback(
    (_entry: Entry, savedAt: string) => {
      afterWrite();
      toast({ message: t('history.restoredToast', { date: formatTimestamp(savedAt, i18n.language) }) });
    },
    [afterWrite, toast, t, i18n.language],
  );

  const deleteEntry = useCallback(
    async (entry: Entry) => {
      const title = shownTitle(entry.title, t);
      try {
        await api.deleteEntry({ id: entry.id });
        closePane();
        afterWrite();
        toast({
          message: t('entry.movedToTrash', { title }),
          action: {
            label: t('entry.undo'),
            run: async () => {
              try {
                await api.restoreEntry({ id: entry.id });
                afterWrite();
                toast({ message: t('entry.restored', { title }) });
              } catch (error) {
                fail(error);
              }
            },
          },
        });
      } catch (error) {
        fail(error);
      }
    },
    [afterWrite, closePane, toast, t, fail],
  );

  const restoreFromTrash = useCallback(
    async (entry: Entry) => {
      try {
        await api.restoreEntry({ id: entry.id });
        closePane();
        afterWrite();
        toast({ message: t('entry.restored', { title: shownTitle(entry.title, t) }) });
      } catch (error) {
        fail(error);
      }
    },
    [afterWrite, closePane, toast, t, fail],
  );

  const purge = useCallback(
    (entry: Entry) => {
      const title = shownTitle(entry.title, t);
      setConfirm({
        message: t('trash.confirmDelete', { title }),
        confirmLabel: t('trash.deleteForever'),
        run: async () => {
          try {
            await api.purgeEntry({ id: entry.id });
            closePane();
            afterWrite();
          } catch (error) {
            fail(error);
          }
        },
      });
    },
    [afterWrite, closePane, t, fail],
  );

  const emptyTrash = useCallback(() => {
    setConfirm({
      message: t('trash.confirmEmpty', { count: trashCount }),
      confirmLabel: t('trash.emptyTrash'),
      run: async () => {
        try {
          const { purged } = await api.emptyTrash({});
          closePane();
          afterWrite();
          toast({ message: t('trash.emptied', { count: purged }) });
        } catch (error) {
          fail(error);
        }
      },
    });
  }, [trashCount, afterWrite, closePane, toast, t, fail]);

  /**
   * Runs an export or copy in the core with its progress on screen; one at a
   * time. A cancelled one just ends (nothing was written).
   */
  const runJob = useCallback(
    async (kind: RunningJob['kind'], work: (options: CallOptions) => Promise<string | null>, title?: string) => {
      if (jobRef.current) return;
      const controller = new AbortController();
      const update = (progress: JobProgress | null) => {
        jobRef.current = { kind, progress, cancel: () => controller.abort(), ...(title ? { title } : {}) };
        setJob(jobRef.current);
      };
      update(null);
      try {
        const message = await work({ signal: controller.signal, onProgress: update });
        if (message) toast({ message });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'cancelled') toast({ message: t('jobs.cancelled') });
        else if (error instanceof ApiError && error.code === 'not_found' && error.message === NOTHING_TO_EXPORT) toast({ message: t('sharing.nothingToExport') });
        else fail(error);
      } finally {
        jobRef.current = null;
        setJob(null);
      }
    },
    [toast, t, fail],
  );

  /** A share in the UI's language, private entries only if the toolbar included them for this action; or a backup. */
  const exportRequest = useCallback(
    (format: ExportRequest['format']): ExportRequest => {
      const includePrivate = takeIncludePrivate();
      return { format, lang: shareLangOf(i18n.language), includePrivate: format === 'share' && includePrivate };
    },
    [i18n.language],
  );

  const exportAs = useCallback(
    (format: ExportRequest['format']) =>
      runJob('export', async (options) => {
        const done = await exportToFile(toListFilter(filter), exportRequest(format), options);
        return done ? t('sharing.exported', { count: done.count, file: done.savedTo }) : null;
      }),
    [filter, runJob, exportRequest, t],
  );
  /** A share, or a backup when "Export for backup" chose one. */
  const exportMarkdown = useCallback(() => exportAs(takeFormat()), [exportAs]);

  /** Copies the filter's entries as markdown, or as Slack text or HTML when the Share menu chose that. */
  const copyMarkdown = useCallback(() => {
    const format = takeCopyFormat();
    const listFilter = toListFilter(filter);
    if (format === 'share') {
      return runJob('copy', async (options) => {
        const result = await copyAsMarkdown(listFilter, exportRequest('share'), options);
        return t('sharing.copied', { count: result.count });
      });
    }
    const request = exportRequest('share');
    if (format === 'slack') {
      return runJob(
        'copy',
        async (options) => {
          const result = await api.exportMarkdown({ filter: listFilter, ...request, format: 'slack' }, options);
          await copyText(result.markdown);
          return tShare('copiedSlack', { count: result.count });
        },
        tShare('copySlackTitle'),
      );
    }
    return runJob(
      'copy',
      async (options) => {
        // The HTML for rich editors, the same entries' markdown for plain ones.
        const html = await api.exportMarkdown({ filter: listFilter, ...request, format: 'html' }, options);
        const markdown = await api.exportMarkdown({ filter: listFilter, ...request }, options);
        await copyHtml(html.markdown, markdown.markdown);
        return tShare('copiedHtml', { count: html.count });
      },
      tShare('copyHtmlTitle'),
    );
  }, [filter, runJob, exportRequest, t, tShare]);

  const runImport = useCallback(
    async (fileName: string, markdown: string) => {
      const controller = new AbortController();
      const cancel = () => controller.abort();
      // The dialog can be sent to the background: the import goes on in the core, its progress in the corner.
      let inBackground = false;
      let progress: JobProgress | null = null;
      const show = () => setImportOutcome({ fileName, pending: true, progress, cancel, inBackground, toBackground });
      const toBackground = () => {
        inBackground = true;
        show();
      };
      show();
      try {
        const result = await importText(fileName, markdown, {
          signal: controller.signal,
          onProgress: (p) => {
            progress = p;
            show();
          },
        });
        if (inBackground && result.problems.length === 0) {
          setImportOutcome(null);
          toast({ message: t('sharing.importedInBackground', { count: result.added, file: fileName }) });
        } else setImportOutcome({ fileName, result });
      } catch (error) {
        const cancelled = error instanceof ApiError && error.code === 'cancelled';
        setImportOutcome({ fileName, error: cancelled ? t('jobs.importCancelled') : errorMessage(error, t) });
      }
      afterWrite();
    },
    [afterWrite, toast, t],
  );

  const startImport = useCallback(async () => {
    try {
      const picked = await pickFileFromHost();
      if (picked === undefined) fileInputRef.current?.click();
      else if (picked) await runImport(picked.fileName, picked.markdown);
    } catch (error) {
      fail(error);
    }
  }, [runImport, fail]);

  /** A file chosen in the page's file input. */
  const importFile = useCallback(
    (file: File) => void file.text().then((text) => runImport(file.name, text), fail),
    [runImport, fail],
  );

  const closeConfirm = useCallback(() => setConfirm(null), []);
  const closeImport = useCallback(() => setImportOutcome(null), []);

  return {
    onSaved,
    onRevisionRestored,
    deleteEntry,
    restoreFromTrash,
    purge,
    emptyTrash,
    exportMarkdown,
    copyMarkdown,
    startImport,
    importFile,
    fileInputRef,
    confirm,
    closeConfirm,
    importOutcome,
    closeImport,
    /** Exports, copies and imports under way outside a dialog. */
    jobs: [job, backgroundImport(importOutcome)].filter((j): j is RunningJob => j !== null),
  };
}

export type EntryActions = ReturnType<typeof useEntryActions>;

function backgroundImport(outcome: ImportOutcome | null): RunningJob | null {
  if (!outcome || !('pending' in outcome) || !outcome.inBackground) return null;
  return { kind: 'import', progress: outcome.progress, cancel: outcome.cancel };
}
