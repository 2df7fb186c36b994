// App-wide effects of the settings: the journal's theme and language applied
// whenever they load or change, and Ctrl/Cmd+, opening the Settings view.
import { useEffect } from 'react';
import { isImeKey } from '../common/keys';
import { useSettings } from './data';
import { applyLoadedSettings } from './theme';
import './strings';

export function useSettingsApplied(openSettings: () => void): void {
  const settings = useSettings();
  const data = settings.data;
  useEffect(() => {
    if (data) applyLoadedSettings(data);
  }, [data]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isImeKey(event)) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key === ',') {
        event.preventDefault();
        openSettings();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openSettings]);
}
