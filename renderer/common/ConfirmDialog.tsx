// A modal yes/no question for what cannot be undone (delete forever, empty trash).
import { useTranslation } from 'react-i18next';
import { useModal } from './useModal';

export interface ConfirmRequest {
  message: string;
  confirmLabel: string;
  run: () => void | Promise<void>;
}

export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: () => void }) {
  const { t } = useTranslation('app');
  const ref = useModal();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="confirm-message" onClose={onClose} onCancel={onClose}>
      <p id="confirm-message" className="dialog-message">
        {request.message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" autoFocus onClick={() => ref.current?.close()}>
          {t('editor.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          onClick={() => {
            ref.current?.close();
            void request.run();
          }}
        >
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
