// A pane that could not load what it shows: the reason, and a way out. And a
// pane that could not draw at all: PaneBoundary keeps the rest of the window.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './ErrorBoundary';
import { errorMessage } from './errors';

export function PaneError({ error, onClose }: { error: unknown; onClose: () => void }) {
  const { t } = useTranslation('app');
  return (
    <div className="pane-message" role="alert">
      <p>{errorMessage(error, t)}</p>
      <button type="button" className="button" onClick={onClose}>
        {t('entry.close')}
      </button>
    </div>
  );
}

export interface PaneBoundaryProps {
  /** The class of the pane's own box, so the message takes the pane's place in the layout. */
  className: string;
  /** A change (another entry, another view) tries the pane again. */
  resetKey?: unknown;
  children: ReactNode;
}

export function PaneBoundary({ className, resetKey, children }: PaneBoundaryProps) {
  return (
    <ErrorBoundary resetKey={resetKey} fallback={(error, retry) => <PaneFailed className={className} error={error} onRetry={retry} />}>
      {children}
    </ErrorBoundary>
  );
}

function PaneFailed({ className, error, onRetry }: { className: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('app');
  return (
    <div className={`${className} pane-failed`}>
      <div className="pane-message" role="alert">
        <p className="list-message-title">{t('status.paneFailed')}</p>
        <p className="muted small">{errorMessage(error, t)}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      </div>
    </div>
  );
}
