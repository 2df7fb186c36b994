// What a user does in the UI, by role and accessible name: shared by the UI specs.
import { expect, type Locator, type Page } from '@playwright/test';

export type PillarName = 'Culture' | 'Automation' | 'Measurement' | 'Sharing';

export interface TypedEntry {
  title: string;
  body?: string;
  pillars: PillarName[];
  tags?: string[];
  day?: string;
}

export function entryList(page: Page): Locator {
  return page.getByRole('list', { name: 'Journal entries' });
}

/** An entry row in the list, found by its title. */
export function entryRow(page: Page, title: string, list: Locator = entryList(page)): Locator {
  return list.getByRole('button', { name: title, exact: true });
}

/** Waits until the rendered rows show exactly these titles, top to bottom. */
export async function expectTitles(page: Page, titles: string[], list: Locator = entryList(page)): Promise<void> {
  await expect(list.locator('.entry-title')).toHaveText(titles);
}

/** Titles of the rows currently rendered, top to bottom. */
export async function visibleTitles(page: Page, list: Locator = entryList(page)): Promise<string[]> {
  return list.locator('.entry-title').allInnerTexts();
}

export async function openNewEntry(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeVisible();
}

/** Fills the editor (already open) the way a person would. */
export async function fillEditor(page: Page, entry: TypedEntry): Promise<void> {
  await page.getByRole('textbox', { name: 'Title' }).fill(entry.title);
  if (entry.body !== undefined) await page.getByRole('textbox', { name: 'Body' }).fill(entry.body);
  if (entry.day) await page.getByLabel('Day', { exact: true }).fill(entry.day);
  const pillars = page.getByRole('group', { name: 'Pillars' });
  for (const pillar of entry.pillars) await pillars.getByRole('checkbox', { name: pillar }).check();
  const tags = page.getByRole('textbox', { name: 'Tags' });
  for (const tag of entry.tags ?? []) {
    await tags.fill(tag);
    await tags.press('Enter');
  }
}

/** New entry → fill → Save; waits until the saved entry is shown. */
export async function writeEntry(page: Page, entry: TypedEntry): Promise<void> {
  await openNewEntry(page);
  await fillEditor(page, entry);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: entry.title })).toBeVisible();
}

export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search' });
}

export function pillarFilter(page: Page, pillar: PillarName): Locator {
  return page.getByRole('group', { name: 'Filter by pillar' }).getByRole('button', { name: new RegExp(`^${pillar}\\b`) });
}

/** The "N entries" line over the list. */
export function totalLine(page: Page): Locator {
  return page.getByText(/^[\d,]+ entr(y|ies)$/);
}

/** Runs one item of the toolbar's Share menu, opening the menu first ("Share", or "공유" in Korean). */
export async function shareMenuItem(page: Page, item: string, menu = 'Share'): Promise<void> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item, exact: true }).click();
}

/** Ticks "Include private entries for this action" in the Share menu (the menu stays open; Escape closes it). */
export async function includePrivateNext(page: Page, menu = 'Share', label = 'Include private entries for this action'): Promise<Locator> {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const box = page.getByRole('menu', { name: menu }).getByRole('menuitemcheckbox', { name: label });
  await box.click();
  await expect(box).toBeChecked();
  await page.keyboard.press('Escape');
  return box;
}
