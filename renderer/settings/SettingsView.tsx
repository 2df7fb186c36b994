// The Settings view (#/settings): every registered section (sections.ts), in
// order. Pileup's own are registered here; other features register theirs.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../common/errors';
import { useSettings } from './data';
import { CaptureSection, RemindersSection } from './DesktopSections';
import { LanguageSection, ThemeSection } from './GeneralSections';
import { GlossarySection } from '../search/GlossarySection';
import { registerSettingsSection, settingsSections } from './sections';
import { TemplatesSection } from './TemplatesSection';
import './settings.css';
import './strings';

registerSettingsSection({ id: 'language', order: 10, Component: LanguageSection });
registerSettingsSection({ id: 'theme', order: 20, Component: ThemeSection });
registerSettingsSection({ id: 'templates', order: 30, Component: TemplatesSection });
registerSettingsSection({ id: 'glossary', order: 35, Component: GlossarySection });
registerSettingsSection({ id: 'capture', order: 40, Component: CaptureSection });
registerSettingsSection({ id: 'reminders', order: 50, Component: RemindersSection });

export function SettingsView() {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  const settings = useSettings();
  useEffect(() => {
    document.title = `${t('title')} — Pileup`;
  }, [t]);
  return (
    <div className="settings-view">
      <h1 className="settings-title">{t('title')}</h1>
      {settings.error ? (
        <p role="alert" className="form-error">
          {t('loadError', { message: errorMessage(settings.error, tApp) })}
        </p>
      ) : (
        settingsSections().map(({ id, Component }) => <Component key={id} />)
      )}
    </div>
  );
}

export { registerSettingsSection, type SettingsSectionSpec } from './sections';
export { SettingsSection } from './SettingsSection';
