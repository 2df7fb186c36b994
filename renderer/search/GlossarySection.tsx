// The glossary's section in the Settings view: what it does, whether it is on,
// and the editor (GlossaryEditor) one click away.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { SettingsSection } from '../settings/SettingsSection';
import { GlossaryEditor, GLOSSARY_KEY } from './GlossaryEditor';
import './strings';

export function GlossarySection() {
  const { t } = useTranslation('search');
  const [editing, setEditing] = useState(false);
  const { data: view } = useQuery({ queryKey: GLOSSARY_KEY, queryFn: () => api.getGlossary({}) });
  return (
    <SettingsSection title={t('glossary.title')} note={t('glossary.settingsNote')}>
      {view && <p className="settings-note">{view.enabled ? t('glossary.summary', { count: view.groups.length }) : t('glossary.summaryOff')}</p>}
      <button type="button" className="button" onClick={() => setEditing(true)}>
        {t('glossary.edit')}
      </button>
      {editing && <GlossaryEditor onClose={() => setEditing(false)} />}
    </SettingsSection>
  );
}
