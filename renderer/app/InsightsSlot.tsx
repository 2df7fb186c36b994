// The insights view is written by its own module (renderer/insights/). It is
// loaded lazily: its charts stay out of the journal's first paint.
import { lazy, Suspense } from 'react';
import type { ListFilter } from '../../db/common/model';

const LazyInsights = lazy(() => import('../insights/InsightsView').then((m) => ({ default: m.InsightsView })));

export function InsightsSlot({ onOpenFilter }: { onOpenFilter: (filter: ListFilter) => void }) {
  return (
    <Suspense fallback={<div className="pane-message" aria-busy="true" />}>
      <LazyInsights onOpenFilter={onOpenFilter} />
    </Suspense>
  );
}
