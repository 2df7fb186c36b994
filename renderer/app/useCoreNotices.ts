// The desktop host's news of the journal core: if a thread of it stops, the
// app says so (the call that was under way failed with the same message), and
// says again when it runs, or that Pileup must be restarted.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../api/client';
import { useToast } from '../common/Toasts';

export function useCoreNotices(afterRestart: () => void): void {
  const { t } = useTranslation('app');
  const toast = useToast();
  useEffect(() => {
    if (!bridge.onCoreNotice) return;
    return bridge.onCoreNotice((notice) => {
      if (notice.state === 'ready') {
        toast({ message: t('core.ready') });
        afterRestart();
      } else toast({ message: notice.state === 'down' ? t('core.down') : t('core.restarting'), tone: 'error' });
    });
  }, [toast, t, afterRestart]);
}
