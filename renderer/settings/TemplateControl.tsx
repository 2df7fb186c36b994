// The editor's template tools: a "Template" select that fills title, body,
// pillars and tags (asking before it replaces typed text), the default
// template for a new entry, and "Save as template…".
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Pillar } from '../../db/common/model';
import { fillTemplate, type Template } from '../../db/common/templates';
import { ConfirmDialog, type ConfirmRequest } from '../common/ConfirmDialog';
import { errorMessage } from '../common/errors';
import { useModal } from '../common/useModal';
import { useToast } from '../common/Toasts';
import { useSettings, useTemplates, useTemplateWrites } from './data';
import './settings.css';
import './strings';

export interface TemplateFields {
  title: string;
  body: string;
  day: string;
  pillars: Pillar[];
  tags: string[];
}

export type TemplatePatch = Pick<TemplateFields, 'title' | 'body' | 'pillars' | 'tags'>;

/** What applying `template` to an entry on `day` sets. */
export function templatePatch(template: Template, day: string): TemplatePatch {
  return { ...fillTemplate(template, day), pillars: [...template.pillars], tags: [...template.tags] };
}

export interface TemplateControlProps {
  fields: TemplateFields;
  /** Whether title or body hold text the user typed (then applying asks first). */
  typed: boolean;
  /** `initial` is true for the default template filling a fresh entry (not an edit by the user). */
  onApply: (patch: TemplatePatch, initial: boolean) => void;
  /** A new entry with nothing restored: the default template may fill it. */
  fillDefault: boolean;
}

export function TemplateControl({ fields, typed, onApply, fillDefault }: TemplateControlProps) {
  const { t } = useTranslation('settings');
  const templates = useTemplates();
  const settings = useSettings();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const defaultDone = useRef(!fillDefault);
  // The editor passes a new function each render; the default is applied once, with the latest.
  const applyRef = useRef(onApply);
  useEffect(() => {
    applyRef.current = onApply;
  });

  const list = templates.data ?? [];
  const defaultId = settings.data?.defaultTemplate ?? null;

  useEffect(() => {
    if (defaultDone.current || !templates.data || !settings.data) return;
    defaultDone.current = true;
    const chosen = templates.data.find((tpl) => tpl.id === defaultId);
    if (chosen && !typed) applyRef.current(templatePatch(chosen, fields.day), true);
  }, [templates.data, settings.data, defaultId, typed, fields.day]);

  const choose = (templateId: string) => {
    const template = list.find((tpl) => tpl.id === templateId);
    if (!template) return;
    const apply = () => onApply(templatePatch(template, fields.day), false);
    if (typed) setConfirm({ message: t('template.replace', { name: template.name }), confirmLabel: t('template.replaceConfirm'), run: apply });
    else apply();
  };

  const builtins = list.filter((tpl) => tpl.builtin);
  const own = list.filter((tpl) => !tpl.builtin);
  return (
    <>
      <select className="template-select" aria-label={t('template.label')} title={t('template.label')} value="" onChange={(e) => choose(e.target.value)}>
        <option value="">{t('template.choose')}</option>
        {builtins.length > 0 && (
          <optgroup label={t('template.builtinGroup')}>
            {builtins.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </optgroup>
        )}
        {own.length > 0 && (
          <optgroup label={t('template.ownGroup')}>
            {own.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </>
  );
}

/** "Save as template…": asks for a name, then keeps the entry's title, body, pillars and tags as a template. */
export function SaveAsTemplateButton({ fields }: { fields: Omit<TemplateFields, 'day'> }) {
  const { t } = useTranslation('settings');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" disabled={fields.pillars.length === 0} onClick={() => setOpen(true)}>
        {t('template.saveAs')}
      </button>
      {/* Out of the editor's <form> in the DOM: a form may not hold another. */}
      {open && createPortal(<SaveAsTemplateDialog fields={fields} onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}

function SaveAsTemplateDialog({ fields, onClose }: { fields: Omit<TemplateFields, 'day'>; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { t: tApp } = useTranslation('app');
  const ref = useModal();
  const writes = useTemplateWrites();
  const toast = useToast();
  const [name, setName] = useState(fields.title.trim().slice(0, 100));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const ids = { title: useId(), name: useId() };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={ids.title} onClose={onClose} onCancel={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // React passes events up through portals: the editor's form must not save the entry too.
          e.stopPropagation();
          setSaving(true);
          writes
            .save({ name, title: fields.title, body: fields.body, pillars: fields.pillars, tags: fields.tags })
            .then((template) => {
              toast({ message: t('template.savedAs', { name: template.name }) });
              ref.current?.close();
            })
            .catch(setError)
            .finally(() => setSaving(false));
        }}
      >
        <h2 id={ids.title} className="dialog-title">
          {t('template.saveAsTitle')}
        </h2>
        <label htmlFor={ids.name} className="field-label">
          {t('template.nameLabel')}
        </label>
        <input id={ids.name} type="text" value={name} autoFocus required maxLength={100} onChange={(e) => setName(e.target.value)} />
        {error !== null && (
          <p role="alert" className="form-error">
            {errorMessage(error, tApp)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            {t('templates.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving || !name.trim()}>
            {t('templates.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
