import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from './handlers';
import { onThisDay } from './on-this-day';
import { tempJournal } from './test-support/journal';

describe('onThisDay', () => {
  it('finds the same month-day in earlier years, newest year first, live entries only', () => {
    const { journal } = tempJournal();
    journal.createEntry({ day: '2025-11-20', title: '배포 회고', pillars: ['culture'] });
    journal.createEntry({ day: '2024-11-20', title: 'first helm chart', pillars: ['automation'] });
    journal.createEntry({ day: '2024-11-21', title: 'the day after', pillars: ['automation'] });
    journal.createEntry({ day: '2026-11-20', title: 'today itself', pillars: ['sharing'] });
    const gone = journal.createEntry({ day: '2023-11-20', title: 'trashed', pillars: ['sharing'] });
    journal.deleteEntry(gone.id);
    const years = onThisDay(journal.db, '2026-11-20');
    expect(years.map((y) => [y.year, y.entries.map((e) => e.title)])).toEqual([
      [2025, ['배포 회고']],
      [2024, ['first helm chart']],
    ]);
    expect(onThisDay(journal.db, '2026-01-01')).toEqual([]);
  });

  it('matches 29 February only in leap years, and is a contract method that validates the day', async () => {
    const { journal } = tempJournal();
    journal.createEntry({ day: '2024-02-29', title: 'leap', pillars: ['culture'] });
    journal.createEntry({ day: '2023-02-28', title: 'not leap', pillars: ['culture'] });
    const handlers = createHandlers(journal);
    expect(await dispatch(handlers, 'onThisDay', { day: '2028-02-29' })).toMatchObject({ ok: true, value: [{ year: 2024, entries: [{ title: 'leap' }] }] });
    expect(await dispatch(handlers, 'onThisDay', { day: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/real date/) },
    });
  });
});
