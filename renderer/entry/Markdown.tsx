// Markdown rendering (remark, highlight.js and their grammars) is most of the
// bundle: it loads on first use, so the journal list paints without it.
import { lazy, Suspense } from 'react';

const LazyRenderer = lazy(() => import('./MarkdownRenderer').then((m) => ({ default: m.MarkdownRenderer })));

export function Markdown({ source }: { source: string }) {
  return (
    <Suspense fallback={<div className="markdown markdown-loading">{source}</div>}>
      <LazyRenderer source={source} />
    </Suspense>
  );
}
