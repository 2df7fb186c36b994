// The app's settings (db/common/settings.ts) over the settings table: each
// field one row, read back through its schema so a hand-edited or newer file
// falls back to the default for that field instead of breaking the app.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { changedKeys, DEFAULT_SETTINGS, mergeSettings, settingsFields, type ParsedSettingsPatch, type Settings } from './common/settings';
import { readSetting, writeSetting } from './settings';

function readField<T>(db: Database, key: keyof Settings, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(readSetting(db, key));
  return parsed.success ? parsed.data : fallback;
}

export function getSettings(db: Database): Settings {
  const d = DEFAULT_SETTINGS;
  const f = settingsFields;
  return {
    language: readField(db, 'language', f.language, d.language),
    theme: readField(db, 'theme', f.theme, d.theme),
    defaultTemplate: readField(db, 'defaultTemplate', f.defaultTemplate, d.defaultTemplate),
    hiddenTemplates: readField(db, 'hiddenTemplates', f.hiddenTemplates, d.hiddenTemplates),
    capture: readField(db, 'capture', f.capture, d.capture),
    reminders: readField(db, 'reminders', f.reminders, d.reminders),
    lastPillars: readField(db, 'lastPillars', f.lastPillars, d.lastPillars),
  };
}

/** Applies a validated patch in one transaction and returns the settings after it. */
export function saveSettings(db: Database, patch: ParsedSettingsPatch): Settings {
  return db.transaction(() => {
    const before = getSettings(db);
    const after = mergeSettings(before, patch);
    for (const key of changedKeys(before, after)) writeSetting(db, key, after[key]);
    return after;
  })();
}
