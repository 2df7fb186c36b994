// Quick capture's global shortcut and the reminders: only the desktop app can
// act on them (a browser tab hears no keys and shows no notifications while in
// the background), so the browser host shows them switched off, with a note.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkAccelerator } from '../../db/common/accelerator';
import { bridge } from '../api/client';
import { useSaveSettings, useSettings } from './data';
import { SaveError } from './GeneralSections';
import { SettingsSection } from './SettingsSection';

const isDesktop = () => bridge.kind === 'electron';

export function CaptureSection() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const save = useSaveSettings();
  const ids = { toggle: useId(), shortcut: useId(), problem: useId() };
  const capture = settings.data?.capture;
  const [typed, setTyped] = useState<string | null>(null);
  const shortcut = typed ?? capture?.shortcut ?? '';
  const checked = checkAccelerator(shortcut);
  const disabled = !isDesktop() || !capture;
  return (
    <SettingsSection title={t('capture.title')} note={isDesktop() ? t('capture.hint') : `${t('capture.hint')} ${t('desktopOnly')}`}>
      <label className="settings-check" htmlFor={ids.toggle}>
        <input id={ids.toggle} type="checkbox" disabled={disabled} checked={capture?.enabled ?? false} onChange={(e) => save.mutate({ capture: { enabled: e.target.checked } })} />
        {t('capture.shortcutEnabled')}
      </label>
      <form
        className="settings-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (checked.ok) save.mutate({ capture: { shortcut: checked.accelerator } }, { onSuccess: () => setTyped(null) });
        }}
      >
        <label htmlFor={ids.shortcut} className="field-label">
          {t('capture.shortcut')}
        </label>
        <input
          id={ids.shortcut}
          type="text"
          value={shortcut}
          disabled={disabled}
          placeholder={t('capture.shortcutHint')}
          aria-invalid={!checked.ok || undefined}
          aria-describedby={!checked.ok ? ids.problem : undefined}
          onChange={(e) => setTyped(e.target.value)}
        />
        <button type="submit" className="button small" disabled={disabled || !checked.ok || typed === null}>
          {t('capture.applyShortcut')}
        </button>
      </form>
      {!checked.ok && !disabled && (
        <p id={ids.problem} className="field-error" role="alert">
          {checked.message}
        </p>
      )}
      <SaveError error={save.error} />
    </SettingsSection>
  );
}

export function RemindersSection() {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  const save = useSaveSettings();
  const ids = { daily: useId(), dailyTime: useId(), friday: useId(), fridayTime: useId() };
  const reminders = settings.data?.reminders;
  const disabled = !isDesktop() || !reminders;
  return (
    <SettingsSection title={t('reminders.title')} note={isDesktop() ? undefined : t('desktopOnly')}>
      <div className="settings-reminder">
        <label className="settings-check" htmlFor={ids.daily}>
          <input id={ids.daily} type="checkbox" disabled={disabled} checked={reminders?.daily.enabled ?? false} onChange={(e) => save.mutate({ reminders: { daily: { enabled: e.target.checked } } })} />
          {t('reminders.daily')}
        </label>
        <input
          id={ids.dailyTime}
          type="time"
          aria-label={t('reminders.dailyTime')}
          disabled={disabled}
          value={reminders?.daily.time ?? ''}
          onChange={(e) => e.target.value && save.mutate({ reminders: { daily: { time: e.target.value } } })}
        />
      </div>
      <div className="settings-reminder">
        <label className="settings-check" htmlFor={ids.friday}>
          <input
            id={ids.friday}
            type="checkbox"
            disabled={disabled}
            checked={reminders?.fridayShare.enabled ?? false}
            onChange={(e) => save.mutate({ reminders: { fridayShare: { enabled: e.target.checked } } })}
          />
          {t('reminders.friday')}
        </label>
        <input
          id={ids.fridayTime}
          type="time"
          aria-label={t('reminders.fridayTime')}
          disabled={disabled}
          value={reminders?.fridayShare.time ?? ''}
          onChange={(e) => e.target.value && save.mutate({ reminders: { fridayShare: { time: e.target.value } } })}
        />
      </div>
      <SaveError error={save.error} />
    </SettingsSection>
  );
}
