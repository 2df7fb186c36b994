import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './common/settings';
import { createHandlers, dispatch } from './handlers';
import { Journal } from './journal';
import { writeSetting } from './settings';
import { getSettings, saveSettings } from './settings-store';
import { tempJournal } from './test-support/journal';

describe('settings store', () => {
  it('starts at the defaults, applies partial patches, merges capture and reminders, and survives reopening', () => {
    const { journal, file } = tempJournal('pileup-settings-store-');
    expect(getSettings(journal.db)).toEqual(DEFAULT_SETTINGS);
    saveSettings(journal.db, { theme: 'dark', language: 'ko' });
    saveSettings(journal.db, { capture: { enabled: true }, reminders: { daily: { time: '09:05' } } });
    const after = getSettings(journal.db);
    expect(after.theme).toBe('dark');
    expect(after.language).toBe('ko');
    expect(after.capture).toEqual({ enabled: true, shortcut: DEFAULT_SETTINGS.capture.shortcut });
    expect(after.reminders).toEqual({ daily: { enabled: false, time: '09:05' }, fridayShare: DEFAULT_SETTINGS.reminders.fridayShare });
    journal.close();
    const again = Journal.open(file);
    expect(getSettings(again.db)).toEqual(after);
    again.close();
  });

  it('falls back to the default for a field the file holds in a shape it does not know', () => {
    const { journal } = tempJournal('pileup-settings-store-');
    writeSetting(journal.db, 'theme', 'neon');
    writeSetting(journal.db, 'reminders', { daily: { enabled: 'yes' } });
    saveSettings(journal.db, { language: 'en' });
    const settings = getSettings(journal.db);
    expect(settings.theme).toBe('system');
    expect(settings.reminders).toEqual(DEFAULT_SETTINGS.reminders);
    expect(settings.language).toBe('en');
  });

  it('validates a patch at the contract: clear messages, nothing written', async () => {
    const { journal } = tempJournal('pileup-settings-store-');
    const handlers = createHandlers(journal);
    const bad = [
      [{ theme: 'neon' }, 'Theme must be system, light or dark'],
      [{ language: 'fr' }, 'Language must be system, en or ko'],
      [{ reminders: { daily: { time: '25:00' } } }, 'HH:MM'],
      [{ reminders: { fridayShare: { time: '9:00' } } }, 'HH:MM'],
      [{ capture: { shortcut: 'J' } }, 'CommandOrControl'],
      [{ capture: { shortcut: 'Ctrl+Hyper' } }, 'is not a key'],
      [{ lastPillars: ['devops'] }, 'lastPillars'],
      [{ colour: 'red' }, 'colour'],
    ] as const;
    for (const [patch, message] of bad) {
      const result = await dispatch(handlers, 'saveSettings', patch);
      expect(result.ok, JSON.stringify(patch)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toContain(message);
      }
    }
    expect(getSettings(journal.db)).toEqual(DEFAULT_SETTINGS);
    const good = await dispatch(handlers, 'saveSettings', { capture: { enabled: true, shortcut: 'ctrl+alt+p' }, defaultTemplate: 'builtin:til' });
    expect(good).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, capture: { enabled: true, shortcut: 'Control+Alt+P' }, defaultTemplate: 'builtin:til' } });
    expect(await dispatch(handlers, 'getSettings', {})).toEqual(good);
  });
});
