// The user's templates (the templates table) beside the built-in ones.
// Built-ins are never stored: deleting one hides it (a setting), editing one
// means saving a copy under a new id.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { PileupError } from './common/errors';
import { isBuiltinTemplateId, type Template, type TemplateLang } from './common/templates';
import { normalizeTags } from './common/tags';
import { maskToPillars, pillarsToMask } from './rows';
import { getSettings, saveSettings } from './settings-store';
import { builtinTemplates } from './templates-builtin';
import type { Pillar } from './common/model';

interface TemplateRow {
  id: string;
  name: string;
  title: string;
  body: string;
  pillars: number;
  tags: string;
  created_at: string;
  updated_at: string;
}

export interface TemplateDraft {
  id?: string;
  name: string;
  title: string;
  body: string;
  pillars: Pillar[];
  tags: string[];
}

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function templateFromRow(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    body: row.body,
    pillars: maskToPillars(row.pillars),
    tags: parseTags(row.tags),
    builtin: false,
    hidden: false,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const SELECT = 'SELECT id, name, title, body, pillars, tags, created_at, updated_at FROM templates';

function userTemplate(db: Database, id: string): Template | undefined {
  const row = db.prepare<[string], TemplateRow>(`${SELECT} WHERE id = ?`).get(id);
  return row ? templateFromRow(row) : undefined;
}

/** Built-ins in `lang` first (hidden ones only with `includeHidden`), then the user's templates by name. */
export function listTemplates(db: Database, lang: TemplateLang, includeHidden = false): Template[] {
  const { hiddenTemplates } = getSettings(db);
  const builtins = builtinTemplates(lang, hiddenTemplates).filter((t) => includeHidden || !t.hidden);
  const own = db.prepare<[], TemplateRow>(`${SELECT} ORDER BY name COLLATE NOCASE, created_at`).all().map(templateFromRow);
  return [...builtins, ...own];
}

/** Creates a template (no id) or replaces the user template `id`. */
export function saveTemplate(db: Database, draft: TemplateDraft): Template {
  const name = draft.name.trim();
  if (!name) throw new PileupError('invalid_input', 'Give the template a name');
  if (draft.id !== undefined && isBuiltinTemplateId(draft.id)) {
    throw new PileupError('invalid_input', 'A built-in template cannot be changed; save a copy under a new name instead.');
  }
  const mask = pillarsToMask(draft.pillars);
  const tags = JSON.stringify(normalizeTags(draft.tags));
  const now = new Date().toISOString();
  const id = draft.id;
  if (id === undefined) {
    const newId = randomUUID();
    db.prepare<[string, string, string, string, number, string, string, string]>(
      'INSERT INTO templates (id, name, title, body, pillars, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(newId, name, draft.title, draft.body, mask, tags, now, now);
    return found(db, newId);
  }
  const info = db
    .prepare<[string, string, string, number, string, string, string]>('UPDATE templates SET name = ?, title = ?, body = ?, pillars = ?, tags = ?, updated_at = ? WHERE id = ?')
    .run(name, draft.title, draft.body, mask, tags, now, id);
  if (info.changes === 0) throw new PileupError('not_found', 'That template no longer exists; it may have been deleted.');
  return found(db, id);
}

function found(db: Database, id: string): Template {
  const template = userTemplate(db, id);
  if (!template) throw new PileupError('not_found', 'That template no longer exists; it may have been deleted.');
  return template;
}

/** Deletes a user template, or hides a built-in; either way it stops being the default. */
export function deleteTemplate(db: Database, id: string): { id: string; hidden: boolean } {
  return db.transaction(() => {
    const settings = getSettings(db);
    const patch = settings.defaultTemplate === id ? { defaultTemplate: null } : {};
    if (isBuiltinTemplateId(id)) {
      if (!builtinTemplates('en', []).some((t) => t.id === id)) throw new PileupError('not_found', 'There is no such built-in template.');
      const hidden = settings.hiddenTemplates.includes(id) ? settings.hiddenTemplates : [...settings.hiddenTemplates, id];
      saveSettings(db, { ...patch, hiddenTemplates: hidden });
      return { id, hidden: true };
    }
    const info = db.prepare<[string]>('DELETE FROM templates WHERE id = ?').run(id);
    if (info.changes === 0) throw new PileupError('not_found', 'That template no longer exists; it may have been deleted.');
    saveSettings(db, patch);
    return { id, hidden: false };
  })();
}
