// Settings and templates as queries, with the writes that keep them current.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeSettings, type Settings, type SettingsPatch } from '../../db/common/settings';
import type { Template, TemplateLang } from '../../db/common/templates';
import type { MethodInput } from '../../db/common/contract';
import { api } from '../api/client';

// Under 'journal' so journalSync's refresh (another window wrote) reloads them too.
export const settingsKeys = {
  settings: ['journal', 'settings'] as const,
  templates: ['journal', 'templates'] as const,
  templateList: (lang: TemplateLang, includeHidden: boolean) => ['journal', 'templates', lang, includeHidden] as const,
};

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.settings, queryFn: () => api.getSettings({}), staleTime: 60_000 });
}

/**
 * Saves a patch. The settings query shows it at once (a radio button stays
 * where it was clicked), then takes the core's answer, or goes back on an error.
 */
export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => api.saveSettings(patch),
    onMutate: async (patch: SettingsPatch) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.settings });
      const before = queryClient.getQueryData<Settings>(settingsKeys.settings);
      if (before) queryClient.setQueryData(settingsKeys.settings, mergeSettings(before, patch));
      return { before };
    },
    onError: (_error, _patch, context) => {
      if (context?.before) queryClient.setQueryData(settingsKeys.settings, context.before);
    },
    onSuccess: (settings: Settings) => queryClient.setQueryData(settingsKeys.settings, settings),
  });
}

/** The UI language as a template language. */
export function useTemplateLang(): TemplateLang {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('ko') ? 'ko' : 'en';
}

export function useTemplates(includeHidden = false) {
  const lang = useTemplateLang();
  return useQuery({ queryKey: settingsKeys.templateList(lang, includeHidden), queryFn: () => api.listTemplates({ lang, includeHidden }) });
}

export function useTemplateWrites() {
  const queryClient = useQueryClient();
  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: settingsKeys.templates });
    await queryClient.invalidateQueries({ queryKey: settingsKeys.settings });
  }, [queryClient]);
  const save = useCallback(
    async (draft: MethodInput<'saveTemplate'>): Promise<Template> => {
      const template = await api.saveTemplate(draft);
      await refresh();
      return template;
    },
    [refresh],
  );
  const remove = useCallback(
    async (id: string) => {
      const result = await api.deleteTemplate({ id });
      await refresh();
      return result;
    },
    [refresh],
  );
  return { save, remove, refresh };
}
