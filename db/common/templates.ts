// Entry templates: the user's own (the templates table) and the built-in ones
// Pileup ships in English and Korean. A template's title and body may hold
// {date}, filled with the entry's day when the template is applied.
import { z } from 'zod';
import type { Pillar } from './model';

export interface Template {
  /** A uuid, or `builtin:<key>` for one Pileup ships. */
  id: string;
  name: string;
  title: string;
  body: string;
  pillars: Pillar[];
  tags: string[];
  builtin: boolean;
  /** A built-in the user chose not to see (listed only when asked for hidden ones). */
  hidden: boolean;
  /** ISO-8601 UTC; null for a built-in. */
  createdAt: string | null;
  updatedAt: string | null;
}

export const TEMPLATE_LANGS = ['en', 'ko'] as const;
export type TemplateLang = (typeof TEMPLATE_LANGS)[number];
export const templateLangSchema = z.enum(TEMPLATE_LANGS, { message: 'Language must be en or ko' });

export const BUILTIN_PREFIX = 'builtin:';

export function isBuiltinTemplateId(id: string): boolean {
  return id.startsWith(BUILTIN_PREFIX);
}

/** The template's title and body for an entry on `day` (YYYY-MM-DD). */
export function fillTemplate(template: Pick<Template, 'title' | 'body'>, day: string): { title: string; body: string } {
  const fill = (text: string) => text.replaceAll('{date}', day);
  return { title: fill(template.title), body: fill(template.body) };
}
