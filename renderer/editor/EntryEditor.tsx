// Writing and editing an entry. The body is a plain <textarea> so Korean (and
// any) IME composition is left alone; shortcuts step aside while composing.
// Every change is kept as a draft in localStorage, so a reload or a closed
// window never loses a sentence.
import { useCallback, useDeferredValue, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, Pillar } from '../../db/common/model';
import { PILLARS } from '../../db/common/model';
import { api } from '../api/client';
import { formatTime, localToday } from '../common/dates';
import { errorMessage } from '../common/errors';
import { isImeKey } from '../common/keys';
import { PaneError } from '../common/PaneError';
import { PillarIcon } from '../common/PillarChip';
import { Markdown } from '../entry/Markdown';
import { SaveAsTemplateButton, TemplateControl, type TemplatePatch } from '../settings/TemplateControl';
import { TagPicker } from '../sidebar/TagPicker';
import { useToast } from '../common/Toasts';
import { IMAGE_MAX_BYTES } from '../../db/common/images';
import '../images/images.css';
import '../images/strings';
import { applyToTextarea, fileToBase64, filesOf, textState } from './bodyInput';
import { clearDraft, isWorthKeeping, loadDraft, saveDraft, toEntryDraft, type EditorFields } from './drafts';
import { continueList, insertBlock, toggleLink, toggleWrap, type TextEdit, type TextState } from './textEdits';

const DRAFT_DELAY_MS = 300;

export interface EntryEditorProps {
  /** null for a new entry. */
  entryId: string | null;
  onSaved: (entry: Entry, created: boolean) => void;
  onClose: () => void;
}

function blankFields(): EditorFields {
  return { title: '', body: '', day: localToday(), pillars: [], tags: [], pendingTag: '' };
}

function fieldsOf(entry: Entry): EditorFields {
  return { title: entry.title, body: entry.body, day: entry.day, pillars: [...entry.pillars], tags: [...entry.tags], pendingTag: '' };
}

type Start =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; baseline: EditorFields; fields: EditorFields; restoredAt: number | null; base: Entry | null };

/** The form starts from the saved fields, or from the draft kept for them when there is one. */
function startFrom(entryId: string | null, baseline: EditorFields, base: Entry | null): Start {
  const draft = loadDraft(localStorage, entryId);
  return draft
    ? { status: 'ready', baseline, fields: draft.fields, restoredAt: draft.savedAt, base }
    : { status: 'ready', baseline, fields: baseline, restoredAt: null, base };
}

export function EntryEditor({ entryId, onSaved, onClose }: EntryEditorProps) {
  const [start, setStart] = useState<Start>(() => (entryId ? { status: 'loading' } : startFrom(null, blankFields(), null)));

  useEffect(() => {
    if (!entryId) return;
    let current = true;
    api.getEntry({ id: entryId }).then(
      (entry) => {
        if (current) setStart(startFrom(entryId, fieldsOf(entry), entry));
      },
      (error: unknown) => current && setStart({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [entryId]);

  if (start.status === 'loading') return <div className="pane-message" aria-busy="true" />;
  if (start.status === 'error') return <PaneError error={start.error} onClose={onClose} />;
  return <EditorForm entryId={entryId} start={start} onSaved={onSaved} onClose={onClose} />;
}

interface EditorFormProps extends EntryEditorProps {
  start: Extract<Start, { status: 'ready' }>;
}

function EditorForm({ entryId, start, onSaved, onClose }: EditorFormProps) {
  const { t, i18n } = useTranslation('app');
  const { t: ti } = useTranslation('images');
  const toast = useToast();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [adding, setAdding] = useState(0);
  const [imageErrors, setImageErrors] = useState<string[]>([]);
  const [fields, setFields] = useState<EditorFields>(start.fields);
  const [baseline, setBaseline] = useState<EditorFields>(start.baseline);
  const [restoredAt, setRestoredAt] = useState<number | null>(start.restoredAt);
  const [pillarError, setPillarError] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const deferredBody = useDeferredValue(fields.body);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const ids = { title: useId(), body: useId(), bodyStatus: useId(), day: useId(), pillarError: useId(), error: useId() };

  // The latest fields for the timers and unload handlers below.
  const latest = useRef({ fields, baseline, dirty: false });
  const draftTimer = useRef<number | null>(null);

  const flushDraft = useCallback(() => {
    if (draftTimer.current !== null) {
      window.clearTimeout(draftTimer.current);
      draftTimer.current = null;
    }
    if (!latest.current.dirty) return;
    latest.current.dirty = false;
    const { fields: f, baseline: b } = latest.current;
    if (isWorthKeeping(f, b)) saveDraft(localStorage, entryId, { fields: f, savedAt: Date.now(), ...(start.base ? { baseUpdatedAt: start.base.updatedAt } : {}) });
    else clearDraft(localStorage, entryId);
  }, [entryId, start.base]);

  const update = (patch: Partial<EditorFields>) => {
    const next = { ...latest.current.fields, ...patch };
    latest.current = { ...latest.current, fields: next, dirty: true };
    setFields(next);
    if (draftTimer.current !== null) window.clearTimeout(draftTimer.current);
    draftTimer.current = window.setTimeout(flushDraft, DRAFT_DELAY_MS);
  };

  // Closing the window or reloading mid-sentence: write the draft now, not in 300 ms.
  useEffect(() => {
    const onHide = () => flushDraft();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushDraft();
    };
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flushDraft();
    };
  }, [flushDraft]);

  useEffect(() => {
    if (!entryId) titleRef.current?.focus();
  }, [entryId]);

  const save = useCallback(async () => {
    const current = latest.current.fields;
    if (current.pillars.length === 0) {
      setPillarError(true);
      formRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      const draft = toEntryDraft(current);
      const entry = entryId ? await api.updateEntry({ id: entryId, entry: draft }) : await api.createEntry(draft);
      if (draftTimer.current !== null) window.clearTimeout(draftTimer.current);
      latest.current.dirty = false;
      clearDraft(localStorage, entryId);
      onSaved(entry, entryId === null);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }, [entryId, onSaved]);

  // Ctrl/Cmd+S saves from anywhere in the window while the editor is open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isImeKey(event)) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  // The host's menu (Electron) asks for a save the same way.
  useEffect(() => {
    const onMenuSave = () => void save();
    window.addEventListener('pileup:save', onMenuSave);
    return () => window.removeEventListener('pileup:save', onMenuSave);
  }, [save]);

  const editBody = (edit: (state: TextState) => TextEdit | null): boolean => {
    const el = bodyRef.current;
    if (!el) return false;
    const change = edit(textState(el));
    if (!change) return false;
    applyToTextarea(el, change, (body) => update({ body }));
    return true;
  };

  /** Stores pasted or dropped images and puts their markdown at the caret, one line each. */
  const addImages = async (files: File[]) => {
    setImageErrors([]);
    setAdding((n) => n + files.length);
    const errors: string[] = [];
    const added: string[] = [];
    for (const file of files) {
      try {
        if (file.size > IMAGE_MAX_BYTES) throw new Error(ti('tooLarge', { name: file.name, limit: IMAGE_MAX_BYTES / 1024 / 1024 }));
        if (file.type !== '' && !file.type.startsWith('image/')) throw new Error(ti('notAnImage', { name: file.name }));
        const image = await api.addImage({ dataBase64: await fileToBase64(file), mime: file.type, name: file.name || 'image' });
        added.push(image.markdown);
      } catch (error) {
        errors.push(ti('addFailed', { name: file.name || 'image', message: errorMessage(error, t) }));
      } finally {
        setAdding((n) => n - 1);
      }
    }
    if (added.length) editBody((state) => insertBlock(state, added.join('\n')));
    setImageErrors(errors);
  };

  const onBodyFiles = (data: DataTransfer | null, event: { preventDefault(): void }): void => {
    const files = filesOf(data);
    if (files.length === 0) return;
    event.preventDefault();
    void addImages(files);
  };

  /** Escape: the draft stays (it is flushed as the form unmounts) and the list gets the focus back. */
  const closeKeepingDraft = () => {
    const kept = isWorthKeeping(latest.current.fields, latest.current.baseline);
    onClose();
    if (kept) toast({ message: entryId ? ti('draftKept') : ti('draftKeptNew') });
    requestAnimationFrame(() => focusAfterClose(entryId));
  };

  const onBodyKeyDown = (event: ReactKeyboardEvent<HTMLTextAreaElement>) => {
    if (isImeKey(event.nativeEvent)) return;
    const mod = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    const key = event.key.toLowerCase();
    let handled = false;
    if (mod && key === 'b') handled = editBody((state) => toggleWrap(state, '**'));
    else if (mod && key === 'i') handled = editBody((state) => toggleWrap(state, '_'));
    else if (mod && key === 'k') handled = editBody(toggleLink);
    else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) handled = editBody(continueList);
    else if (event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
      closeKeepingDraft();
      handled = true;
    }
    if (handled) event.preventDefault();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const togglePillar = (pillar: Pillar, on: boolean) => {
    const pillars = PILLARS.filter((p) => (p === pillar ? on : fields.pillars.includes(p)));
    if (pillars.length > 0) setPillarError(false);
    update({ pillars });
  };

  // A template the user picks is an edit (kept as a draft); the default template filling a fresh entry is its starting point.
  const applyTemplate = (patch: TemplatePatch, initial: boolean) => {
    if (!initial) return update(patch);
    const next = { ...latest.current.fields, ...patch };
    latest.current = { fields: next, baseline: next, dirty: false };
    setBaseline(next);
    setFields(next);
  };
  const hasText = fields.title.trim() !== '' || fields.body.trim() !== '';
  const typedText = hasText && (entryId !== null || fields.title !== baseline.title || fields.body !== baseline.body);

  const discardDraft = () => {
    clearDraft(localStorage, entryId);
    const reset = entryId ? baseline : blankFields();
    if (!entryId) setBaseline(reset);
    latest.current = { fields: reset, baseline: reset, dirty: false };
    setFields(reset);
    setRestoredAt(null);
    setPillarError(false);
  };

  return (
    <form ref={formRef} className="editor" aria-labelledby="editor-heading" onSubmit={onSubmit} noValidate>
      <header className="pane-toolbar">
        <div className="pane-toolbar-start">
          <h2 id="editor-heading" className="pane-title">
            {entryId ? t('editor.editTitle') : t('editor.newTitle')}
          </h2>
        </div>
        <div className="pane-toolbar-end">
          <TemplateControl fields={fields} typed={typedText} onApply={applyTemplate} fillDefault={!entryId && start.restoredAt === null} />
          <SaveAsTemplateButton fields={fields} />
          <button type="button" className="button" onClick={onClose}>
            {t('entry.close')}
          </button>
          <button type="submit" className="button primary" disabled={saving} aria-keyshortcuts="Control+S Meta+S">
            {saving ? t('editor.saving') : t('editor.save')}
          </button>
        </div>
      </header>
      <div className="editor-scroll">
        {restoredAt !== null && (
          <div className="notice">
            <span>{t('editor.draftRestored', { time: formatTime(restoredAt, i18n.language) })}</span>
            <button type="button" className="button subtle small" onClick={discardDraft}>
              {t('editor.discardDraft')}
            </button>
          </div>
        )}
        {saveError !== null && (
          <p id={ids.error} role="alert" className="form-error">
            {errorMessage(saveError, t)}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.title} className="field-label">
            {t('editor.title')}
          </label>
          <input
            ref={titleRef}
            id={ids.title}
            className="title-input"
            type="text"
            value={fields.title}
            placeholder={t('editor.titlePlaceholder')}
            onChange={(e) => update({ title: e.target.value })}
          />
        </div>
        <div className="field-row">
          <div className="field day-field">
            <label htmlFor={ids.day} className="field-label">
              {t('editor.day')}
            </label>
            <input id={ids.day} type="date" value={fields.day} required onChange={(e) => update({ day: e.target.value || localToday() })} />
          </div>
          <fieldset className="field pillar-field" aria-describedby={pillarError ? ids.pillarError : undefined} aria-invalid={pillarError || undefined}>
            <legend className="field-label">{t('pillars.label')}</legend>
            <div className="pillar-checks">
              {PILLARS.map((pillar) => (
                <label key={pillar} className={`pillar-check pillar-${pillar}${fields.pillars.includes(pillar) ? ' on' : ''}`}>
                  <input type="checkbox" checked={fields.pillars.includes(pillar)} onChange={(e) => togglePillar(pillar, e.target.checked)} />
                  <PillarIcon pillar={pillar} size={14} />
                  <span>{t(`pillars.${pillar}`)}</span>
                  {fields.pillars.includes(pillar) && (
                    <span className="check-mark" aria-hidden="true">
                      ✓
                    </span>
                  )}
                </label>
              ))}
            </div>
            {pillarError && (
              <p id={ids.pillarError} role="alert" className="field-error">
                {t('editor.pillarRequired')}
              </p>
            )}
          </fieldset>
        </div>
        <TagPicker
          label={t('editor.tags')}
          tags={fields.tags}
          onChange={(tags) => update({ tags })}
          text={fields.pendingTag}
          onTextChange={(pendingTag) => update({ pendingTag })}
          hint={t('editor.tagsHint')}
          className="field"
        />
        <div className="body-split">
          <div className="field body-field">
            <label htmlFor={ids.body} className="field-label">
              {t('editor.body')}
            </label>
            <textarea
              ref={bodyRef}
              id={ids.body}
              value={fields.body}
              placeholder={t('editor.bodyPlaceholder')}
              spellCheck={false}
              aria-describedby={ids.bodyStatus}
              aria-keyshortcuts="Control+B Control+I Control+K Meta+B Meta+I Meta+K Escape"
              onChange={(e) => update({ body: e.target.value })}
              onKeyDown={onBodyKeyDown}
              onPaste={(e) => onBodyFiles(e.clipboardData, e)}
              onDragOver={(e) => {
                if (e.dataTransfer.types.includes('Files')) e.preventDefault();
              }}
              onDrop={(e) => onBodyFiles(e.dataTransfer, e)}
            />
            <div id={ids.bodyStatus}>
              {adding > 0 ? (
                <p className="editor-body-status busy" role="status">
                  {adding === 1 ? ti('adding') : ti('addingMany', { count: adding })}
                </p>
              ) : imageErrors.length > 0 ? (
                imageErrors.map((message) => (
                  <p key={message} className="editor-body-status error" role="alert">
                    {message}
                  </p>
                ))
              ) : (
                <p className="editor-body-status">{isMacPlatform() ? ti('bodyHintMac') : ti('bodyHint')}</p>
              )}
            </div>
          </div>
          <section className="field preview-field" aria-labelledby="preview-label">
            <div id="preview-label" className="field-label">
              {t('editor.preview')}
            </div>
            <div className="preview-box">
              {deferredBody.trim() ? <Markdown source={deferredBody} /> : <p className="muted">{t('editor.previewEmpty')}</p>}
            </div>
          </section>
        </div>
      </div>
    </form>
  );
}

function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}

/** After the editor closes: the entry's row in the list, or the New entry button for a new one. */
function focusAfterClose(entryId: string | null): void {
  const target = (): HTMLElement | null =>
    (entryId ? document.querySelector<HTMLElement>(`.entry-row[aria-labelledby="entry-title-${CSS.escape(entryId)}"]`) : null) ??
    document.querySelector<HTMLElement>('button.new-entry');
  // The list may draw its rows again as the pane changes (its virtual rows re-measure): focus again if the focus fell to the page.
  let tries = 0;
  const attempt = (): void => {
    target()?.focus();
    if (++tries >= 10) return;
    window.setTimeout(() => {
      if (document.activeElement === null || document.activeElement === document.body) attempt();
    }, 100);
  };
  requestAnimationFrame(attempt);
}
