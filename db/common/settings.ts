// The app's settings: their shape, defaults and validation. Each top-level
// field is one row of the settings table; a patch replaces the fields it names
// (capture and reminders merge one level down, so a toggle keeps the time).
import { z } from 'zod';
import { checkAccelerator, DEFAULT_CAPTURE_SHORTCUT } from './accelerator';
import { PILLARS } from './model';

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const timeSchema = z.string().regex(TIME_RE, { message: 'Time must be written as HH:MM (24 hours), like 17:30' });

export const acceleratorSchema = z.string().transform((text, ctx) => {
  const checked = checkAccelerator(text);
  if (checked.ok) return checked.accelerator;
  ctx.addIssue({ code: 'custom', message: checked.message });
  return z.NEVER;
});

const reminderSchema = z.object({ enabled: z.boolean(), time: timeSchema }).strict();
const captureSchema = z.object({ enabled: z.boolean(), shortcut: acceleratorSchema }).strict();
const remindersSchema = z.object({ daily: reminderSchema, fridayShare: reminderSchema }).strict();

export const settingsFields = {
  language: z.enum(['system', 'en', 'ko'], { message: 'Language must be system, en or ko' }),
  theme: z.enum(['system', 'light', 'dark'], { message: 'Theme must be system, light or dark' }),
  /** A template id (a user template's uuid or a built-in's `builtin:` id), or none. */
  defaultTemplate: z.string().min(1).max(100).nullable(),
  /** Built-in template ids the user chose not to see. */
  hiddenTemplates: z.array(z.string().min(1).max(100)).max(100),
  capture: captureSchema,
  reminders: remindersSchema,
  /** The pillars of the last quick capture, used when the next one names none. */
  lastPillars: z.array(z.enum(PILLARS)).min(1).max(PILLARS.length).nullable(),
};

export const settingsSchema = z.object(settingsFields).strict();
export type Settings = z.output<typeof settingsSchema>;
export type SettingsKey = keyof Settings;
export const SETTINGS_KEYS = Object.keys(settingsFields) as SettingsKey[];

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  theme: 'system',
  defaultTemplate: null,
  hiddenTemplates: [],
  capture: { enabled: false, shortcut: DEFAULT_CAPTURE_SHORTCUT },
  reminders: { daily: { enabled: false, time: '17:30' }, fridayShare: { enabled: false, time: '16:00' } },
  lastPillars: null,
};

export const settingsPatchSchema = z
  .object({
    language: settingsFields.language.optional(),
    theme: settingsFields.theme.optional(),
    defaultTemplate: settingsFields.defaultTemplate.optional(),
    hiddenTemplates: settingsFields.hiddenTemplates.optional(),
    capture: captureSchema.partial().strict().optional(),
    reminders: z.object({ daily: reminderSchema.partial().strict().optional(), fridayShare: reminderSchema.partial().strict().optional() }).strict().optional(),
    lastPillars: settingsFields.lastPillars.optional(),
  })
  .strict();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
export type ParsedSettingsPatch = z.output<typeof settingsPatchSchema>;

/** `current` with `patch` applied; only the fields it names change. */
export function mergeSettings(current: Settings, patch: ParsedSettingsPatch): Settings {
  return {
    language: patch.language ?? current.language,
    theme: patch.theme ?? current.theme,
    defaultTemplate: patch.defaultTemplate !== undefined ? patch.defaultTemplate : current.defaultTemplate,
    hiddenTemplates: patch.hiddenTemplates ?? current.hiddenTemplates,
    capture: { ...current.capture, ...patch.capture },
    reminders: {
      daily: { ...current.reminders.daily, ...patch.reminders?.daily },
      fridayShare: { ...current.reminders.fridayShare, ...patch.reminders?.fridayShare },
    },
    lastPillars: patch.lastPillars !== undefined ? patch.lastPillars : current.lastPillars,
  };
}

/** The keys whose value differs between two settings, for writing only what changed. */
export function changedKeys(before: Settings, after: Settings): SettingsKey[] {
  return SETTINGS_KEYS.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
