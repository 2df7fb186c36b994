// The Settings view's sections as a list other features add to: a feature
// registers its section (a component drawing a <SettingsSection>) with an
// order, and the view shows them all, sorted. Pileup's own use 10–50.
import type { ComponentType } from 'react';

export interface SettingsSectionSpec {
  /** Unique; registering the same id again replaces the section. */
  id: string;
  /** Lower comes first: language 10, theme 20, templates 30, quick capture 40, reminders 50. */
  order: number;
  Component: ComponentType;
}

const sections: SettingsSectionSpec[] = [];

export function registerSettingsSection(spec: SettingsSectionSpec): void {
  const at = sections.findIndex((s) => s.id === spec.id);
  if (at >= 0) sections.splice(at, 1, spec);
  else sections.push(spec);
  sections.sort((a, b) => a.order - b.order);
}

export function settingsSections(): readonly SettingsSectionSpec[] {
  return sections;
}
