// "Publish…": the journal written into a folder of a git clone and committed
// (db/publish). The folder is remembered: chosen with the desktop's folder
// dialog, or typed in the browser host (which has none). While it runs, its
// progress and a Cancel; then what changed and the commit, or git's failure in
// plain words. Mount PublishDialogHost once; openPublish() shows the dialog.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../db/common/model';
import type { PublishBy, PublishResult, PublishTarget } from '../../db/common/publish';
import { api, ApiError, bridge, choosePublishTarget, publishJournal } from '../api/client';
import { errorMessage } from '../common/errors';
import { useModal } from '../common/useModal';
import { JobProgressBar } from './JobProgressBar';
import './publishStrings';
import './publish.css';

let isOpen = false;
const listeners = new Set<() => void>();
const notify = (): void => listeners.forEach((listener) => listener());

/** Shows the publish dialog (a toolbar button, a Share menu item, a menu command). */
export function openPublish(): void {
  isOpen = true;
  notify();
}

function closePublish(): void {
  isOpen = false;
  notify();
}

function useIsOpen(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => isOpen,
  );
}

/** Renders the dialog while it is open; mount once near the app's root. */
export function PublishDialogHost() {
  return useIsOpen() ? <PublishDialog onClose={closePublish} /> : null;
}

type Run =
  | { state: 'idle' }
  | { state: 'running'; progress: JobProgress | null; abort: AbortController }
  | { state: 'done'; result: PublishResult }
  | { state: 'failed'; message: string; conflict: boolean };

const desktop = bridge.kind === 'electron';

export function PublishDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('publish');
  const { t: tApp } = useTranslation('app');
  const ref = useModal();
  const [target, setTarget] = useState<PublishTarget | null | 'loading'>('loading');
  const [typedDir, setTypedDir] = useState('');
  const [by, setBy] = useState<PublishBy>('day');
  const [push, setPush] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);
  const [force, setForce] = useState(false);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const folderRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    api.getPublishTarget({}).then(
      (remembered) => {
        if (!live) return;
        setTarget(remembered);
        if (remembered) {
          setTypedDir(remembered.dir);
          setBy(remembered.by);
          setPush(remembered.push);
        }
      },
      () => live && setTarget(null),
    );
    return () => {
      live = false;
    };
  }, []);

  const running = run.state === 'running';
  const lang = i18n.language === 'ko' ? 'ko' : 'en';

  async function choose(): Promise<void> {
    try {
      const chosen = await choosePublishTarget({ by, push });
      if (chosen) setTarget(chosen);
    } catch (error) {
      setRun({ state: 'failed', message: errorMessage(error, tApp), conflict: false });
    }
  }

  async function start(): Promise<void> {
    if (!desktop && typedDir.trim() === '') {
      setRun({ state: 'failed', message: t('needFolder'), conflict: false });
      folderRef.current?.focus();
      return;
    }
    if (desktop && !(target && target !== 'loading')) {
      setRun({ state: 'failed', message: t('needChosenFolder'), conflict: false });
      return;
    }
    const abort = new AbortController();
    setRun({ state: 'running', progress: null, abort });
    try {
      // The browser host remembers the typed folder first; the desktop's was remembered when chosen.
      if (!desktop) setTarget(await choosePublishTarget({ by, push, typedDir: typedDir.trim() }));
      const result = await publishJournal(
        { by, push, lang, includePrivate, force },
        { signal: abort.signal, onProgress: (progress) => setRun((r) => (r.state === 'running' ? { ...r, progress } : r)) },
      );
      setRun({ state: 'done', result });
      setForce(false);
    } catch (error) {
      setRun({ state: 'failed', message: errorMessage(error, tApp), conflict: error instanceof ApiError && error.code === 'conflict' });
    }
  }

  const close = (): void => {
    if (!running) onClose();
  };

  return (
    <dialog
      ref={ref}
      className="dialog publish-dialog"
      aria-labelledby="publish-title"
      aria-busy={running}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id="publish-title" className="dialog-title">
        {t('title')}
      </h2>
      <p className="dialog-note publish-intro">{t('intro')}</p>
      <form
        className="publish-form"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        {desktop ? (
          <div className="field">
            <span className="field-label" id="publish-folder-label">
              {t('folder')}
            </span>
            <div className="publish-folder-row">
              <output className="publish-folder" aria-labelledby="publish-folder-label">
                {target === 'loading' ? t('loading') : target ? target.dir : t('noFolder')}
              </output>
              <button type="button" className="button" disabled={running} onClick={() => void choose()}>
                {t('choose')}
              </button>
            </div>
          </div>
        ) : (
          <label className="field">
            <span className="field-label">{t('folder')}</span>
            <input
              ref={folderRef}
              className="publish-folder-input"
              type="text"
              value={typedDir}
              placeholder={t('folderPlaceholder')}
              spellCheck={false}
              autoComplete="off"
              disabled={running}
              onChange={(e) => setTypedDir(e.target.value)}
            />
            <span className="field-hint">{t('folderHint')}</span>
          </label>
        )}
        <fieldset className="field publish-by" disabled={running}>
          <legend className="field-label">{t('files')}</legend>
          <div className="publish-choices">
            <label className="publish-choice">
              <input type="radio" name="publish-by" value="day" checked={by === 'day'} onChange={() => setBy('day')} />
              {t('byDay')}
            </label>
            <label className="publish-choice">
              <input type="radio" name="publish-by" value="week" checked={by === 'week'} onChange={() => setBy('week')} />
              {t('byWeek')}
            </label>
          </div>
        </fieldset>
        <div className="publish-options">
          <label className="publish-choice">
            <input type="checkbox" checked={push} disabled={running} onChange={(e) => setPush(e.target.checked)} />
            {t('push')}
          </label>
          <label className="publish-choice">
            <input type="checkbox" checked={includePrivate} disabled={running} onChange={(e) => setIncludePrivate(e.target.checked)} />
            {t('includePrivate')}
          </label>
          {run.state === 'failed' && run.conflict && (
            <label className="publish-choice">
              <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
              {t('force')}
            </label>
          )}
        </div>

        {run.state === 'running' && <JobProgressBar progress={run.progress} label={t('publishing')} />}
        {run.state === 'done' && <PublishSummary result={run.result} />}
        {run.state === 'failed' && (
          <div role="alert" className="form-error publish-error">
            <strong>{t('failed')}</strong> {run.message}
          </div>
        )}

        <div className="dialog-actions">
          {running ? (
            <button type="button" className="button" onClick={() => run.abort.abort()}>
              {t('cancel')}
            </button>
          ) : (
            <button type="button" className="button" onClick={close}>
              {t('close')}
            </button>
          )}
          <button type="submit" className="button primary" disabled={running || target === 'loading'}>
            {running ? t('publishing') : t('publish')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** "3 days updated, 1 added · committed a1b2c3d · pushed", or git's reason the push failed. */
function PublishSummary({ result }: { result: PublishResult }) {
  const { t } = useTranslation('publish');
  const parts: string[] = [];
  const changes = (['updated', 'added', 'removed'] as const)
    .filter((verb) => result.files[verb] > 0)
    .map((verb, i) => {
      const count = result.files[verb];
      const full = t(`changes.${verb}_${result.by}`, { count });
      return i === 0 ? full : t('changes.rest', { count, verb: t(`verbs.${verb}`), full });
    });
  if (result.committed) {
    parts.push(changes.length ? changes.join(', ') : t('changes.indexOnly'));
    parts.push(t('committed', { sha: (result.commit ?? '').slice(0, 7) }));
  } else {
    parts.push(t('nothingChanged'));
  }
  if (result.pushed) parts.push(t('pushed'));
  return (
    <div className="publish-summary">
      <p role="status" className="publish-done">
        <strong>{t('done')}</strong> {parts.join(' · ')}
      </p>
      {result.pushError && (
        <p role="alert" className="form-error">
          {t('notPushed', { reason: result.pushError })}
        </p>
      )}
    </div>
  );
}
