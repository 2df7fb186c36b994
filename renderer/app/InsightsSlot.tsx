// The insights view is written by its own module (renderer/insights/). It is
// loaded lazily: charts stay out of the journal's first paint.
import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListFilter } from '../../db/model';

interface InsightsModule {
  InsightsView: ComponentType<{ onOpenFilter: (filter: ListFilter) => void }>;
}

// A glob, not a plain import, so the app builds before that module lands.
const loaders = import.meta.glob<InsightsModule>('../insights/InsightsView.tsx');
const loader = loaders['../insights/InsightsView.tsx'];
const LazyInsights = loader ? lazy(() => loader().then((m) => ({ default: m.InsightsView }))) : null;

export function InsightsSlot({ onOpenFilter }: { onOpenFilter: (filter: ListFilter) => void }) {
  const { t } = useTranslation('app');
  if (!LazyInsights) {
    return (
      <div className="pane-message">
        <p>{t('insights.placeholder')}</p>
      </div>
    );
  }
  return (
    <Suspense fallback={<div className="pane-message" aria-busy="true" />}>
      <LazyInsights onOpenFilter={onOpenFilter} />
    </Suspense>
  );
}
