// The search glossary: groups of words a search treats as one (배포, deploy).
// Each change is saved at once; the lists then search with the new glossary.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryGroup, GlossarySetting, GlossaryView } from '../../db/common/model';
import { api } from '../api/client';
import { useModal } from '../common/useModal';
import './search.css';
import './strings';

export const GLOSSARY_KEY = ['journal', 'glossary'] as const;

/** The words of "배포, deploy,  release" as a group: trimmed, distinct (ignoring case), empty ones dropped. */
export function groupFromText(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/[,，、]/u)) {
    const word = raw.trim().replace(/\s+/gu, ' ');
    if (word && !words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words;
}

function settingOf(view: GlossaryView): GlossarySetting {
  return {
    enabled: view.enabled,
    removed: view.removedBuiltIns.map((g) => g.id),
    added: view.groups.filter((g) => !g.builtIn).map((g) => g.words),
  };
}

export function GlossaryEditor({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('search');
  const ref = useModal();
  const queryClient = useQueryClient();
  const { data: view, error: loadError } = useQuery({ queryKey: GLOSSARY_KEY, queryFn: () => api.getGlossary({}) });
  const save = useMutation({
    mutationFn: (setting: GlossarySetting) => api.saveGlossary(setting),
    // The switch answers at once (a checkbox that lags a click reads as broken); groups follow the saved answer.
    onMutate: (setting) => {
      queryClient.setQueryData<GlossaryView>(GLOSSARY_KEY, (old) => old && { ...old, enabled: setting.enabled });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: GLOSSARY_KEY }),
    onSuccess: (saved) => {
      queryClient.setQueryData(GLOSSARY_KEY, saved);
      // Every list and count searched with the old glossary.
      void queryClient.invalidateQueries({ queryKey: ['journal', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['journal', 'counts'] });
    },
  });
  const [text, setText] = useState('');
  const [hint, setHint] = useState<string | null>(null);

  const change = (next: (setting: GlossarySetting) => GlossarySetting): void => {
    if (view) save.mutate(next(settingOf(view)));
  };
  const add = (): void => {
    const words = groupFromText(text);
    if (words.length < 2) {
      setHint(t('glossary.needTwo'));
      return;
    }
    setHint(null);
    setText('');
    change((s) => ({ ...s, added: [...s.added, words] }));
  };
  const remove = (group: GlossaryGroup): void =>
    change((s) =>
      group.builtIn
        ? { ...s, removed: [...s.removed, group.id] }
        : { ...s, added: s.added.filter((_, i) => `user:${i}` !== group.id) },
    );
  const restore = (group: GlossaryGroup): void => change((s) => ({ ...s, removed: s.removed.filter((id) => id !== group.id) }));
  const failure = save.error ?? loadError;

  return (
    <dialog ref={ref} className="dialog glossary-dialog" aria-labelledby="glossary-title" onClose={onClose} onCancel={onClose}>
      <h2 id="glossary-title" className="glossary-title">
        {t('glossary.title')}
      </h2>
      <p className="muted glossary-intro">{t('glossary.intro')}</p>
      {!view ? (
        <p className="muted" aria-busy={!failure}>
          {failure ? null : t('glossary.loading')}
        </p>
      ) : (
        <>
          <label className="glossary-enabled">
            <input type="checkbox" checked={view.enabled} onChange={(e) => change((s) => ({ ...s, enabled: e.target.checked }))} />
            {t('glossary.enabled')}
          </label>
          <form
            className="glossary-add"
            onSubmit={(e) => {
              e.preventDefault();
              add();
            }}
          >
            <label htmlFor="glossary-new">{t('glossary.newGroup')}</label>
            <div className="glossary-add-row">
              <input
                id="glossary-new"
                className="input"
                value={text}
                placeholder={t('glossary.newGroupPlaceholder')}
                aria-describedby="glossary-new-hint"
                onChange={(e) => setText(e.target.value)}
              />
              <button type="submit" className="button">
                {t('glossary.add')}
              </button>
            </div>
            <p id="glossary-new-hint" className={hint ? 'glossary-hint error' : 'glossary-hint muted'}>
              {hint ?? t('glossary.newGroupHint')}
            </p>
          </form>
          <ul className="glossary-groups" aria-label={t('glossary.groups')} data-disabled={!view.enabled || undefined}>
            {[...view.groups].reverse().filter((g) => !g.builtIn).concat(view.groups.filter((g) => g.builtIn)).map((group) => (
              <li key={group.id}>
                <span className="glossary-words">{group.words.join(', ')}</span>
                {group.builtIn && <span className="glossary-badge">{t('glossary.builtIn')}</span>}
                <button type="button" className="button small subtle" aria-label={t('glossary.removeGroup', { words: group.words.join(', ') })} onClick={() => remove(group)}>
                  {t('glossary.remove')}
                </button>
              </li>
            ))}
          </ul>
          {view.removedBuiltIns.length > 0 && (
            <details className="glossary-removed">
              <summary>{t('glossary.removed')}</summary>
              <ul className="glossary-groups">
                {view.removedBuiltIns.map((group) => (
                  <li key={group.id}>
                    <span className="glossary-words">{group.words.join(', ')}</span>
                    <button type="button" className="button small subtle" aria-label={t('glossary.restoreGroup', { words: group.words.join(', ') })} onClick={() => restore(group)}>
                      {t('glossary.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {failure !== null && failure !== undefined && (
        <p className="glossary-hint error" role="alert">
          {t('glossary.saveError', { message: failure instanceof Error ? failure.message : String(failure) })}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button primary" autoFocus onClick={() => ref.current?.close()}>
          {t('glossary.done')}
        </button>
      </div>
    </dialog>
  );
}
