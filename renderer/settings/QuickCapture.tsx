// The one-line box at the top of the journal (and the whole desktop capture
// window): Enter saves an entry for today, parsed by db/common/capture.ts in
// the core. Enter while an IME composes a syllable does nothing.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../db/common/model';
import { api } from '../api/client';
import { localToday } from '../common/dates';
import { errorMessage } from '../common/errors';
import { isImeKey } from '../common/keys';
import { refreshJournal } from '../app/journalSync';
import { settingsKeys } from './data';
import './settings.css';
import './strings';

export interface QuickCaptureProps {
  /** Opens a saved entry (the "Open" button); absent in the capture window. */
  onOpen?: (id: string) => void;
  /** After a save (the capture window closes itself). */
  onSaved?: (entry: Entry) => void;
  /** Escape in the box (the capture window closes). */
  onEscape?: () => void;
  autoFocus?: boolean;
}

const SAVED_NOTICE_MS = 10_000;

export function QuickCapture({ onOpen, onSaved, onEscape, autoFocus }: QuickCaptureProps) {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<Entry | null>(null);
  const [undone, setUndone] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), hint: useId(), error: useId() };

  useEffect(() => {
    if (!saved && !undone) return;
    const timer = window.setTimeout(() => {
      setSaved(null);
      setUndone(false);
    }, SAVED_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [saved, undone]);

  const submit = async () => {
    if (saving || !text.trim()) return;
    setSaving(true);
    setError(null);
    try {
      const entry = await api.captureEntry({ text, day: localToday() });
      setText('');
      setSaved(entry);
      setUndone(false);
      await Promise.all([refreshJournal(queryClient), queryClient.invalidateQueries({ queryKey: settingsKeys.settings })]);
      onSaved?.(entry);
    } catch (e) {
      // The line stays in the box: nothing typed is lost.
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const undo = async (entry: Entry) => {
    try {
      // To the trash, like any delete: an Undo pressed by mistake loses nothing either.
      await api.deleteEntry({ id: entry.id });
      setSaved(null);
      setUndone(true);
      await refreshJournal(queryClient);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="quick-capture">
      <input
        ref={inputRef}
        id={ids.input}
        type="text"
        className="quick-capture-input"
        aria-label={t('capture.label')}
        aria-describedby={error ? ids.error : ids.hint}
        aria-invalid={error ? true : undefined}
        placeholder={t('capture.placeholder')}
        value={text}
        autoFocus={autoFocus}
        enterKeyHint="send"
        maxLength={4000}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (isImeKey(e.nativeEvent)) return;
          if (e.key === 'Enter') {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape') {
            if (onEscape) {
              e.preventDefault();
              onEscape();
            } else if (text) {
              e.preventDefault();
              setText('');
            }
          }
        }}
      />
      <p id={ids.hint} className="quick-capture-hint">
        {saving ? t('capture.saving') : t('capture.hint')}
      </p>
      {error !== null && (
        <p id={ids.error} role="alert" className="field-error">
          {errorMessage(error, tApp)}
        </p>
      )}
      <div role="status" className="quick-capture-status">
        {saved && (
          <span className="quick-capture-saved">
            <span>{t('capture.saved', { title: saved.title || saved.body.slice(0, 40) })}</span>
            <button type="button" className="button small subtle" onClick={() => void undo(saved)}>
              {t('capture.undo')}
            </button>
            {onOpen && (
              <button type="button" className="button small subtle" onClick={() => onOpen(saved.id)}>
                {t('capture.openEntry')}
              </button>
            )}
          </span>
        )}
        {undone && <span>{t('capture.undone')}</span>}
      </div>
    </div>
  );
}

/** The desktop capture window (#/capture): the box alone; Enter saves and closes, Escape closes. */
export function CaptureWindow() {
  const { t } = useTranslation('settings');
  useEffect(() => {
    document.title = t('capture.windowTitle');
    document.documentElement.classList.add('capture-window');
    return () => document.documentElement.classList.remove('capture-window');
  }, [t]);
  return (
    <main className="capture-window-main" aria-label={t('capture.title')}>
      <QuickCapture autoFocus onSaved={() => window.close()} onEscape={() => window.close()} />
    </main>
  );
}
