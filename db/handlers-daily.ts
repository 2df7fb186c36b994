// Handlers for the daily loop: settings, templates and quick capture.
// handlers.ts spreads these into its read and write sides.
import type { Database } from 'better-sqlite3';
import { capturePillars, parseCapture } from './common/capture';
import { PileupError } from './common/errors';
import { PILLARS, type Entry, type Pillar } from './common/model';
import type { ParsedInput } from './common/contract';
import type { Journal } from './journal';
import { countByPillar } from './list/index';
import { getSettings, saveSettings } from './settings-store';
import { deleteTemplate, listTemplates, saveTemplate } from './templates';

/** The pillar with the most entries, or null in an empty journal. */
function mostUsedPillar(db: Database): Pillar | null {
  const counts = countByPillar(db, {});
  let best: Pillar | null = null;
  for (const p of PILLARS) if (counts[p] > 0 && (best === null || counts[p] > counts[best])) best = p;
  return best;
}

/** Saves one quick-capture line as an entry and remembers its pillars for the next one. */
export function captureEntry(journal: Journal, input: ParsedInput<'captureEntry'>): Entry {
  const parsed = parseCapture(input.text);
  if (!parsed.title && !parsed.body) throw new PileupError('invalid_input', 'Write what you did, not only #tags');
  return journal.db.transaction(() => {
    const settings = getSettings(journal.db);
    const pillars = capturePillars(parsed, settings.lastPillars, settings.lastPillars ? null : mostUsedPillar(journal.db));
    const entry = journal.createEntry({ day: input.day, title: parsed.title, body: parsed.body, pillars, tags: parsed.tags });
    saveSettings(journal.db, { lastPillars: entry.pillars });
    return entry;
  })();
}

export function dailyReadHandlers(db: Database) {
  return {
    getSettings: () => getSettings(db),
    listTemplates: ({ lang, includeHidden }: ParsedInput<'listTemplates'>) => listTemplates(db, lang, includeHidden),
  };
}

export function dailyWriteHandlers(journal: Journal) {
  return {
    saveSettings: (patch: ParsedInput<'saveSettings'>) => saveSettings(journal.db, patch),
    saveTemplate: (draft: ParsedInput<'saveTemplate'>) => saveTemplate(journal.db, draft),
    deleteTemplate: ({ id }: ParsedInput<'deleteTemplate'>) => deleteTemplate(journal.db, id),
    captureEntry: (input: ParsedInput<'captureEntry'>) => captureEntry(journal, input),
  };
}
