// Markdown rendering (remark, highlight.js and their grammars) is most of the
// bundle: it loads on first use, so the journal list paints without it.
// Whatever the renderer cannot draw, the text is still shown, as written.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../common/ErrorBoundary';
import type { HighlightRequest } from './highlight';
import { SECTION_CHARS } from './sections';

const LazyRenderer = lazy(() => import('./MarkdownRenderer').then((m) => ({ default: m.MarkdownRenderer })));

export function Markdown({ source, highlight }: { source: string; highlight?: HighlightRequest | undefined }) {
  return (
    <ErrorBoundary resetKey={source} fallback={() => <UnformattedText source={source} />}>
      {/* The start of the text only: laying out megabytes of plain text would hold the window for seconds. */}
      <Suspense fallback={<div className="markdown markdown-loading">{source.length > SECTION_CHARS ? source.slice(0, SECTION_CHARS) : source}</div>}>
        <LazyRenderer source={source} highlight={highlight} />
      </Suspense>
    </ErrorBoundary>
  );
}

function UnformattedText({ source }: { source: string }) {
  const { t } = useTranslation('app');
  return (
    <div className="markdown-unformatted">
      <p className="notice" role="status">
        {t('entry.unformatted')}
      </p>
      <pre className="markdown-raw">{source}</pre>
    </div>
  );
}
