// Language and Theme: radio groups applied the moment they change.
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../db/common/settings';
import { errorMessage } from '../common/errors';
import { useSaveSettings, useSettings } from './data';
import { SettingsSection } from './SettingsSection';
import { applyLanguage, applyTheme } from './theme';

interface ChoiceGroupProps<V extends string> {
  label: string;
  name: string;
  value: V | undefined;
  options: readonly { value: V; label: string; lang?: string }[];
  onChange: (value: V) => void;
}

function ChoiceGroup<V extends string>({ label, name, value, options, onChange }: ChoiceGroupProps<V>) {
  return (
    <div role="radiogroup" aria-label={label} className="settings-choices">
      {options.map((option) => (
        <label key={option.value} className={`settings-choice${value === option.value ? ' on' : ''}`} lang={option.lang}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  if (!error) return null;
  return (
    <p role="alert" className="form-error">
      {t('saveError', { message: errorMessage(error, tApp) })}
    </p>
  );
}

export function LanguageSection() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const save = useSaveSettings();
  const change = (language: Settings['language']) => {
    applyLanguage(language);
    save.mutate({ language });
  };
  return (
    <SettingsSection title={t('language.title')}>
      <ChoiceGroup
        label={t('language.title')}
        name="settings-language"
        value={settings.data?.language}
        onChange={change}
        options={[
          { value: 'system', label: t('language.system') },
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'ko', label: '한국어', lang: 'ko' },
        ]}
      />
      <SaveError error={save.error} />
    </SettingsSection>
  );
}

export function ThemeSection() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const save = useSaveSettings();
  const change = (theme: Settings['theme']) => {
    applyTheme(theme);
    save.mutate({ theme });
  };
  return (
    <SettingsSection title={t('theme.title')}>
      <ChoiceGroup
        label={t('theme.title')}
        name="settings-theme"
        value={settings.data?.theme}
        onChange={change}
        options={[
          { value: 'system', label: t('theme.system') },
          { value: 'light', label: t('theme.light') },
          { value: 'dark', label: t('theme.dark') },
        ]}
      />
      <SaveError error={save.error} />
    </SettingsSection>
  );
}
