// The gear that opens Settings (Ctrl/Cmd+, does too).
import { useTranslation } from 'react-i18next';
import './settings.css';
import './strings';

export function SettingsButton({ active, onClick }: { active: boolean; onClick: () => void }) {
  const { t } = useTranslation('settings');
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <button
      type="button"
      className={`button subtle settings-button${active ? ' on' : ''}`}
      aria-label={t('open')}
      aria-current={active ? 'page' : undefined}
      aria-keyshortcuts="Control+Comma Meta+Comma"
      title={`${t('open')} (${isMac ? '⌘,' : 'Ctrl+,'})`}
      onClick={onClick}
    >
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="8" cy="8" r="2.2" />
        <path d="M8 1.5v1.6M8 12.9v1.6M14.5 8h-1.6M3.1 8H1.5M12.6 3.4l-1.1 1.1M4.5 11.5l-1.1 1.1M12.6 12.6l-1.1-1.1M4.5 4.5 3.4 3.4" />
        <circle cx="8" cy="8" r="4.6" />
      </svg>
    </button>
  );
}
