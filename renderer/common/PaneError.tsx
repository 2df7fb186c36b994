// A pane that could not load what it shows: the reason, and a way out.
import { useTranslation } from 'react-i18next';
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
