// A week's or a month's review: pick the period, read the markdown as it will
// render, then copy it or save it as a file.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../db/common/model';
import { shareLangOf } from '../../db/common/share-labels';
import { api } from '../api/client';
import { journalKeys } from '../app/journalKeys';
import { afterStampRead } from '../app/journalSync';
import { localToday } from '../common/dates';
import { Markdown } from '../entry/Markdown';
import { copyText, saveMarkdownFile } from '../sharing/sharing';
import '../sharing/strings';
import { isoWeekOf, mondayOfIsoWeek, shiftMonth, shiftWeek } from '../../db/common/calendar';

type Kind = 'week' | 'month';
type Status = { kind: 'idle' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ReviewPanel() {
  const { t, i18n } = useTranslation('insights');
  // Counts in the share namespace's words, whose numbers are grouped as everywhere else ("10,095 entries").
  const { t: tCount } = useTranslation('rituals');
  // The review is written in the UI's language; entries tagged private stay out of it.
  const lang = shareLangOf(i18n.language);
  const today = localToday();
  const [kind, setKind] = useState<Kind>('week');
  const [week, setWeek] = useState(() => isoWeekOf(today));
  const [month, setMonth] = useState(() => today.slice(0, 7));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const period = kind === 'week' ? week : month;
  const valid = kind === 'week' ? mondayOfIsoWeek(week) !== null : /^\d{4}-(0[1-9]|1[0-2])$/.test(month);

  const input = kind === 'week' ? { week: period, lang } : { month: period, lang };
  const load = useQuery({
    queryKey: journalKeys.review(input),
    queryFn: async ({ client }): Promise<Review> => {
      await afterStampRead(client);
      return api.review(input);
    },
    enabled: valid,
    // The last review stays until the next one arrives (it is shown only if its period is the one picked).
    placeholderData: keepPreviousData,
  });
  const review = load.data ?? null;
  const loadError = load.isError ? messageOf(load.error) : null;

  const current = review && review.period === period ? review : null;
  const fileName = `pileup-review-${period}.md`;

  const shift = (delta: number) => {
    setStatus({ kind: 'idle' });
    if (kind === 'week') setWeek((w) => shiftWeek(w, delta));
    else setMonth((m) => shiftMonth(m, delta));
  };

  const copy = async () => {
    if (!current) return;
    try {
      await copyText(current.markdown);
      setStatus({ kind: 'done', message: t('review.copied', { period: current.period }) });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  };

  const save = async () => {
    if (!current) return;
    try {
      const saved = await saveMarkdownFile(fileName, current.markdown);
      if (saved) {
        const message = saved.native ? t('review.saved', { path: saved.savedTo }) : t('review.downloaded', { file: saved.savedTo });
        setStatus({ kind: 'done', message });
      }
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  };

  return (
    <section className="insights-card insights-review" aria-labelledby="insights-review-title">
      <header className="insights-card-head">
        <div>
          <h2 id="insights-review-title">{t('review.title')}</h2>
          <p className="insights-summary">{t('review.intro')}</p>
        </div>
      </header>
      <div className="review-controls">
        <div className="review-kind" role="group" aria-label={t('review.kind')}>
          {(['week', 'month'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className="button small"
              aria-pressed={kind === k}
              onClick={() => {
                setKind(k);
                setStatus({ kind: 'idle' });
              }}
            >
              {t(`review.${k}`)}
            </button>
          ))}
        </div>
        <div className="review-period">
          <button type="button" className="button small icon" aria-label={t(kind === 'week' ? 'review.previousWeek' : 'review.previousMonth')} onClick={() => shift(-1)}>
            ‹
          </button>
          {kind === 'week' ? (
            <input
              type="week"
              aria-label={t('review.pickWeek')}
              value={week}
              required
              onChange={(event) => {
                if (event.target.value) setWeek(event.target.value);
                setStatus({ kind: 'idle' });
              }}
            />
          ) : (
            <input
              type="month"
              aria-label={t('review.pickMonth')}
              value={month}
              required
              onChange={(event) => {
                if (event.target.value) setMonth(event.target.value);
                setStatus({ kind: 'idle' });
              }}
            />
          )}
          <button type="button" className="button small icon" aria-label={t(kind === 'week' ? 'review.nextWeek' : 'review.nextMonth')} onClick={() => shift(1)}>
            ›
          </button>
          <button
            type="button"
            className="button small subtle"
            onClick={() => {
              setStatus({ kind: 'idle' });
              if (kind === 'week') setWeek(isoWeekOf(localToday()));
              else setMonth(localToday().slice(0, 7));
            }}
          >
            {t(kind === 'week' ? 'review.thisWeek' : 'review.thisMonth')}
          </button>
        </div>
        <div className="review-actions">
          {current && <span className="review-count">{tCount('entries', { count: current.count })}</span>}
          <button type="button" className="button small" disabled={!current} onClick={() => void copy()}>
            {t('review.copy')}
          </button>
          <button type="button" className="button small primary" disabled={!current} onClick={() => void save()}>
            {t('review.export')}
          </button>
        </div>
      </div>
      <p className={`review-status${status.kind === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? '' : status.message}
      </p>
      <div className="review-preview" role="region" aria-label={t('review.preview')} aria-busy={!current && !loadError} tabIndex={0}>
        {loadError ? (
          <p className="review-error" role="alert">
            {t('review.failed', { message: loadError })}
          </p>
        ) : current ? (
          <Markdown source={current.markdown} />
        ) : (
          <p className="insights-summary">{t('review.loading')}</p>
        )}
      </div>
    </section>
  );
}
