// What an entry (or a revision) is called on screen.
import type { TFunction } from 'i18next';

/** Its title, or "Untitled" when it has none. */
export function shownTitle(title: string, t: TFunction<'app'>): string {
  return title.trim() || t('list.untitled');
}
