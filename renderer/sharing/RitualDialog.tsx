// Weekly snippets or a brag document: pick the period, read (and finish) the
// text — "What's next" is there to be filled in — then copy it or save it.
// The text comes from the core in the UI's language; private entries only when
// the Share menu included them for this action, or the box here is checked.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOf, mondayOfIsoWeek, shiftMonth, shiftWeek } from '../../db/common/calendar';
import type { ExportResult } from '../../db/common/model';
import { NOTHING_TO_EXPORT, shareLangOf } from '../../db/common/share-labels';
import { api, ApiError } from '../api/client';
import { localToday } from '../common/dates';
import { useModal } from '../common/useModal';
import { copyText, saveMarkdownFile } from './sharing';
import './strings';

export type Ritual = 'snippets' | 'brag';
type PeriodKind = 'week' | 'month' | 'quarter';
type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** `2026-Q4` for a day. */
export function quarterOfDay(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter `delta` quarters from `quarter`. */
export function shiftQuarter(quarter: string, delta: number): string {
  const index = Number(quarter.slice(0, 4)) * 4 + (Number(quarter.slice(6)) - 1) + delta;
  return `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}`;
}

function currentPeriod(kind: PeriodKind, today: string): string {
  return kind === 'week' ? isoWeekOf(today) : kind === 'month' ? today.slice(0, 7) : quarterOfDay(today);
}

function shiftPeriod(kind: PeriodKind, period: string, delta: number): string {
  return kind === 'week' ? shiftWeek(period, delta) : kind === 'month' ? shiftMonth(period, delta) : shiftQuarter(period, delta);
}

function isValidPeriod(kind: PeriodKind, period: string): boolean {
  if (kind === 'week') return mondayOfIsoWeek(period) !== null;
  if (kind === 'month') return /^\d{4}-(0[1-9]|1[0-2])$/.test(period);
  return /^\d{4}-Q[1-4]$/.test(period);
}

export function RitualDialog({ kind, includePrivate: includedAtOpen, onClose }: { kind: Ritual; includePrivate: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('rituals');
  const ref = useModal();
  const lang = shareLangOf(i18n.language);
  const today = localToday();
  const [periodKind, setPeriodKind] = useState<PeriodKind>(kind === 'snippets' ? 'week' : 'quarter');
  const [period, setPeriod] = useState(() => currentPeriod(periodKind, today));
  const [includePrivate, setIncludePrivate] = useState(includedAtOpen);
  /** The user's edits, to the text they were made on: a new period or language starts from the core's text again. */
  const [edited, setEdited] = useState<{ of: ExportResult; text: string } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const valid = isValidPeriod(periodKind, period);
  const periodInput = periodKind === 'week' ? { week: period } : periodKind === 'month' ? { month: period } : { quarter: period };
  const request = { filter: {}, format: kind, lang, includePrivate, period: periodInput };
  const load = useQuery({
    queryKey: ['rituals', request],
    queryFn: () => api.exportMarkdown(request),
    enabled: valid,
    retry: false,
    staleTime: 0,
  });
  const nothing = load.error instanceof ApiError && load.error.code === 'not_found' && load.error.message === NOTHING_TO_EXPORT;
  const result = load.data ?? null;

  const text = result === null ? null : edited && edited.of === result ? edited.text : result.markdown;

  const choose = (next: string) => {
    setStatus({ kind: 'idle' });
    setPeriod(next);
  };

  const copy = async () => {
    if (text === null) return;
    try {
      await copyText(text);
      setStatus({ kind: 'done', message: t('dialog.copied') });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const save = async () => {
    if (text === null || !result) return;
    try {
      const saved = await saveMarkdownFile(result.fileName, text);
      if (saved) setStatus({ kind: 'done', message: saved.native ? t('dialog.saved', { path: saved.savedTo }) : t('dialog.downloaded', { file: saved.savedTo }) });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const title = t(kind === 'snippets' ? 'dialog.snippetsTitle' : 'dialog.bragTitle');
  const pickLabel = t(periodKind === 'week' ? 'dialog.pickWeek' : periodKind === 'month' ? 'dialog.pickMonth' : 'dialog.pickQuarter');
  const quarters = Array.from({ length: 12 }, (_, i) => shiftQuarter(quarterOfDay(today), 1 - i));

  return (
    <dialog ref={ref} className="dialog ritual-dialog" aria-labelledby="ritual-title" onClose={onClose} onCancel={onClose}>
      <h2 id="ritual-title" className="dialog-title">
        {title}
      </h2>
      <p className="dialog-file">{t(kind === 'snippets' ? 'dialog.snippetsIntro' : 'dialog.bragIntro')}</p>
      <div className="ritual-controls">
        {kind === 'brag' && (
          <div className="ritual-kind" role="group" aria-label={t('dialog.periodKind')}>
            {(['month', 'quarter'] as const).map((k) => (
              <button
                key={k}
                type="button"
                className="button small"
                aria-pressed={periodKind === k}
                onClick={() => {
                  setPeriodKind(k);
                  choose(currentPeriod(k, today));
                }}
              >
                {t(`dialog.${k}`)}
              </button>
            ))}
          </div>
        )}
        <div className="ritual-period">
          <button type="button" className="button small icon" aria-label={t('dialog.previous')} onClick={() => choose(shiftPeriod(periodKind, period, -1))}>
            ‹
          </button>
          {periodKind === 'quarter' ? (
            <select aria-label={pickLabel} value={period} onChange={(e) => choose(e.target.value)}>
              {(quarters.includes(period) ? quarters : [period, ...quarters]).map((q) => (
                <option key={q} value={q}>
                  {q}
                </option>
              ))}
            </select>
          ) : (
            <input type={periodKind} aria-label={pickLabel} value={period} required onChange={(e) => e.target.value && choose(e.target.value)} />
          )}
          <button type="button" className="button small icon" aria-label={t('dialog.next')} onClick={() => choose(shiftPeriod(periodKind, period, 1))}>
            ›
          </button>
          <button type="button" className="button small subtle" onClick={() => choose(currentPeriod(periodKind, localToday()))}>
            {t('dialog.current')}
          </button>
        </div>
        <label className="include-private ritual-private">
          <input
            type="checkbox"
            checked={includePrivate}
            onChange={(e) => {
              setStatus({ kind: 'idle' });
              setIncludePrivate(e.target.checked);
            }}
          />
          {t('dialog.includePrivate')}
        </label>
      </div>
      {nothing ? (
        <p className="ritual-empty">
          {t('dialog.nothing')}
        </p>
      ) : load.isError ? (
        <p className="form-error" role="alert">
          {t('dialog.failed', { message: load.error instanceof Error ? load.error.message : String(load.error) })}
        </p>
      ) : text === null ? (
        <p className="ritual-empty">{t('dialog.loading')}</p>
      ) : (
        <textarea className="ritual-text" aria-label={t('dialog.text')} value={text} spellCheck={false} onChange={(e) => result && setEdited({ of: result, text: e.target.value })} />
      )}
      <p className={`ritual-status${status.kind === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? (result && !nothing ? t('entries', { count: result.count }) : '') : status.message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {t('dialog.close')}
        </button>
        <button type="button" className="button" disabled={text === null || nothing} onClick={() => void copy()}>
          {t('dialog.copy')}
        </button>
        <button type="button" className="button primary" disabled={text === null || nothing} onClick={() => void save()}>
          {t('dialog.save')}
        </button>
      </div>
    </dialog>
  );
}
