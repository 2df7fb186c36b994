// Templates in Settings: the built-ins (hide, show, copy to edit) and the
// user's own (edit, delete), a form for a new one, and the default for new entries.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';
import type { Template } from '../../db/common/templates';
import { ConfirmDialog, type ConfirmRequest } from '../common/ConfirmDialog';
import { errorMessage } from '../common/errors';
import { EntryChips } from '../common/PillarChip';
import { useToast } from '../common/Toasts';
import { useSaveSettings, useSettings, useTemplates, useTemplateWrites } from './data';
import { SettingsSection } from './SettingsSection';

interface FormState {
  id?: string;
  name: string;
  title: string;
  body: string;
  pillars: Pillar[];
  tags: string;
}

const blankForm = (): FormState => ({ name: '', title: '', body: '', pillars: [], tags: '' });

function formOf(template: Template, asCopy: string | null): FormState {
  return {
    ...(asCopy === null ? { id: template.id } : {}),
    name: asCopy ?? template.name,
    title: template.title,
    body: template.body,
    pillars: [...template.pillars],
    tags: template.tags.join(', '),
  };
}

export function TemplatesSection() {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  const templates = useTemplates(true);
  const settings = useSettings();
  const saveSettings = useSaveSettings();
  const writes = useTemplateWrites();
  const toast = useToast();
  const [form, setForm] = useState<FormState | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [error, setError] = useState<unknown>(null);
  const defaultId = useId();

  const hidden = settings.data?.hiddenTemplates ?? [];
  const setHidden = (id: string, hide: boolean) =>
    saveSettings.mutate({ hiddenTemplates: hide ? [...hidden.filter((h) => h !== id), id] : hidden.filter((h) => h !== id) });

  const remove = (template: Template) =>
    setConfirm({
      message: t('templates.confirmDelete', { name: template.name }),
      confirmLabel: t('templates.delete'),
      run: async () => {
        try {
          await writes.remove(template.id);
          toast({ message: t('templates.deleted', { name: template.name }) });
        } catch (e) {
          setError(e);
        }
      },
    });

  const list = templates.data ?? [];
  return (
    <SettingsSection title={t('templates.title')} note={t('templates.intro')}>
      <div className="settings-inline">
        <label htmlFor={defaultId} className="field-label">
          {t('templates.defaultLabel')}
        </label>
        <select id={defaultId} value={settings.data?.defaultTemplate ?? ''} onChange={(e) => saveSettings.mutate({ defaultTemplate: e.target.value || null })}>
          <option value="">{t('templates.none')}</option>
          {list
            .filter((tpl) => !tpl.hidden)
            .map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
        </select>
      </div>
      <ul className="template-list" aria-label={t('templates.title')}>
        {list.map((template) => (
          <li key={template.id} className={`template-row${template.hidden ? ' is-hidden' : ''}`} aria-label={template.name}>
            <div className="template-row-main">
              <span className="template-name">{template.name}</span>
              {template.builtin && <span className="template-badge">{t('templates.builtin')}</span>}
              {template.hidden && <span className="template-badge">{t('templates.hidden')}</span>}
              <EntryChips pillars={template.pillars} tags={template.tags} />
            </div>
            <div className="template-row-actions">
              {template.builtin ? (
                <>
                  <button type="button" className="button small" onClick={() => setForm(formOf(template, t('templates.copyName', { name: template.name })))}>
                    {t('templates.copy')}
                  </button>
                  <button type="button" className="button small subtle" onClick={() => setHidden(template.id, !template.hidden)}>
                    {template.hidden ? t('templates.show') : t('templates.hide')}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" className="button small" aria-label={`${t('templates.edit')}: ${template.name}`} onClick={() => setForm(formOf(template, null))}>
                    {t('templates.edit')}
                  </button>
                  <button type="button" className="button small danger-subtle" aria-label={`${t('templates.delete')}: ${template.name}`} onClick={() => remove(template)}>
                    {t('templates.delete')}
                  </button>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {form ? (
        <TemplateForm
          form={form}
          onCancel={() => setForm(null)}
          onSave={async (draft) => {
            const saved = await writes.save(draft);
            toast({ message: t('templates.saved', { name: saved.name }) });
            setForm(null);
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setForm(blankForm())}>
          + {t('templates.new')}
        </button>
      )}
      {(error !== null || templates.error) && (
        <p role="alert" className="form-error">
          {errorMessage(error ?? templates.error, tApp)}
        </p>
      )}
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </SettingsSection>
  );
}

interface TemplateFormProps {
  form: FormState;
  onCancel: () => void;
  onSave: (draft: { id?: string; name: string; title: string; body: string; pillars: Pillar[]; tags: string[] }) => Promise<void>;
}

function TemplateForm({ form: initial, onCancel, onSave }: TemplateFormProps) {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [pillarError, setPillarError] = useState(false);
  const ids = { name: useId(), title: useId(), body: useId(), tags: useId() };
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form
      className="template-form"
      aria-label={form.id ? t('templates.editing') : t('templates.creating')}
      onSubmit={(e) => {
        e.preventDefault();
        if (form.pillars.length === 0) {
          setPillarError(true);
          return;
        }
        const tags = form.tags.split(',').map((s) => s.trim()).filter(Boolean);
        onSave({ ...(form.id ? { id: form.id } : {}), name: form.name, title: form.title, body: form.body, pillars: form.pillars, tags }).catch(setError);
      }}
    >
      <h3 className="template-form-title">{form.id ? t('templates.editing') : t('templates.creating')}</h3>
      <label htmlFor={ids.name} className="field-label">
        {t('templates.name')}
      </label>
      <input id={ids.name} type="text" value={form.name} required onChange={(e) => set({ name: e.target.value })} />
      <label htmlFor={ids.title} className="field-label">
        {t('templates.entryTitle')}
      </label>
      <input id={ids.title} type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} />
      <label htmlFor={ids.body} className="field-label">
        {t('templates.body')}
      </label>
      <textarea id={ids.body} rows={8} value={form.body} spellCheck={false} onChange={(e) => set({ body: e.target.value })} />
      <fieldset className="template-pillars-field">
        <legend className="field-label">{t('templates.pillars')}</legend>
        {PILLARS.map((pillar) => (
          <label key={pillar} className="settings-check">
            <input
              type="checkbox"
              checked={form.pillars.includes(pillar)}
              onChange={(e) => {
                setPillarError(false);
                set({ pillars: PILLARS.filter((p) => (p === pillar ? e.target.checked : form.pillars.includes(p))) });
              }}
            />
            {tApp(`pillars.${pillar}`)}
          </label>
        ))}
      </fieldset>
      {pillarError && (
        <p role="alert" className="field-error">
          {t('templates.pillarRequired')}
        </p>
      )}
      <label htmlFor={ids.tags} className="field-label">
        {t('templates.tags')}
      </label>
      <input id={ids.tags} type="text" value={form.tags} placeholder={t('templates.tagsHint')} onChange={(e) => set({ tags: e.target.value })} />
      {error !== null && (
        <p role="alert" className="form-error">
          {errorMessage(error, tApp)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('templates.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('templates.save')}
        </button>
      </div>
    </form>
  );
}
