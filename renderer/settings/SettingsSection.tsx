// One section of the Settings view: a titled region (its heading names it for
// assistive tech and tests), an optional note, then its controls.
import { useId, type ReactNode } from 'react';

export interface SettingsSectionProps {
  title: string;
  /** A line under the title (e.g. "desktop only"). */
  note?: string;
  children: ReactNode;
}

export function SettingsSection({ title, note, children }: SettingsSectionProps) {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={id}>
      <h2 id={id} className="settings-section-title">
        {title}
      </h2>
      {note && <p className="settings-note">{note}</p>}
      <div className="settings-section-body">{children}</div>
    </section>
  );
}
