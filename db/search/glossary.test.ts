import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../handlers';
import { countByPillar, countEntries, listEntries } from '../list/index';
import { writeSetting } from '../settings';
import { freshJournal } from '../test-support/journal';
import { BUILT_IN_GLOSSARY, GLOSSARY_KEY, glossaryLookup, readGlossary, saveGlossary } from './glossary';

describe('glossary setting', () => {
  it('is on by default with the built-in DevOps groups', () => {
    const journal = freshJournal();
    const view = readGlossary(journal.db);
    expect(view.enabled).toBe(true);
    expect(view.groups.length).toBeGreaterThanOrEqual(20);
    expect(BUILT_IN_GLOSSARY.length).toBe(view.groups.length);
    const lookup = glossaryLookup(view);
    expect(lookup('deploy')).toContain('배포');
    expect(lookup('k8s')).toEqual(expect.arrayContaining(['쿠버네티스', 'kubernetes']));
    expect(lookup('postmortem')).toContain('회고');
    expect(lookup('장애')).toEqual(expect.arrayContaining(['incident', 'outage']));
  });

  it('stores removed built-in groups, the user’s groups and the switch, and reads them back', () => {
    const journal = freshJournal();
    const saved = saveGlossary(journal.db, { enabled: true, removed: ['builtin:배포', 'builtin:nonsense'], added: [['릴리스', 'Release', 'release'], ['외톨이']] });
    expect(saved.removedBuiltIns.map((g) => g.id)).toEqual(['builtin:배포']);
    expect(saved.groups.find((g) => !g.builtIn)).toEqual({ id: 'user:0', words: ['릴리스', 'release'], builtIn: false });
    expect(readGlossary(journal.db)).toEqual(saved);
    const lookup = glossaryLookup(saved);
    expect(lookup('deploy')).toEqual([]);
    expect(lookup('release')).toEqual(['릴리스']);
    saveGlossary(journal.db, { enabled: false, removed: [], added: [] });
    expect(glossaryLookup(readGlossary(journal.db))('deploy')).toEqual([]);
  });

  it('falls back to the default when the stored value is not ours', () => {
    const journal = freshJournal();
    writeSetting(journal.db, GLOSSARY_KEY, { enabled: 'yes', removed: [3], added: 'x' });
    expect(readGlossary(journal.db)).toMatchObject({ enabled: true, removedBuiltIns: [] });
  });

  it('round-trips through the contract and rejects a one-word group with a message', async () => {
    const journal = freshJournal();
    const handlers = createHandlers(journal);
    const saved = await dispatch(handlers, 'saveGlossary', { enabled: true, removed: [], added: [['배포', 'ship']] });
    expect(saved).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'getGlossary', {})).toEqual(saved);
    const bad = await dispatch(handlers, 'saveGlossary', { enabled: true, removed: [], added: [['ship']] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/at least two words/);
  });
});

describe('search notes', () => {
  it('says what else a glossary word searched; a quoted word says nothing', () => {
    const journal = freshJournal();
    journal.createEntry({ title: '배포 자동화', body: '스테이징 배포', pillars: ['automation'] });
    expect(listEntries(journal.db, { filter: { query: 'deploy' }, limit: 10 }).notes?.also).toEqual(expect.arrayContaining(['배포']));
    expect(listEntries(journal.db, { filter: { query: '"deploy"' }, limit: 10 }).notes).toBeUndefined();
  });

  it('finds synonyms and stems (through the trash, which matches alternatives today)', () => {
    const journal = freshJournal();
    const deployed = journal.createEntry({ title: '배포 자동화', body: '스테이징 배포', pillars: ['automation'] });
    const alerting = journal.createEntry({ title: 'Alert thresholds', body: '알림 임계값을 낮췄다', pillars: ['measurement'] });
    journal.deleteEntry(deployed.id);
    journal.deleteEntry(alerting.id);
    const titles = (query: string): string[] => listEntries(journal.db, { filter: { trash: true, query }, limit: 10 }).entries.map((e) => e.title);
    expect(titles('deploy')).toEqual(['배포 자동화']);
    expect(titles('"deploy"')).toEqual([]);
    expect(titles('알림을')).toEqual(['Alert thresholds']);
    saveGlossary(journal.db, { enabled: false, removed: [], added: [] });
    expect(titles('deploy')).toEqual([]);
  });

  it('lists and counts the rest of a query whose date is still being typed', () => {
    const journal = freshJournal();
    journal.createEntry({ day: '2025-03-01', title: '발표', body: 'notes from the 사내 발표', pillars: ['sharing'] });
    journal.createEntry({ day: '2024-03-01', title: '회고', body: '팀 회고', pillars: ['culture'] });
    const typed = 'pillar:sharing from:2025-01-01';
    // From `pillar:` on; before it the letters are plain text to look for.
    for (let i = 'pillar:'.length; i <= typed.length; i++) {
      const query = typed.slice(0, i);
      const page = listEntries(journal.db, { filter: { query }, limit: 10 });
      expect(page.entries.length, query).toBeGreaterThan(0);
      expect(countEntries(journal.db, { query }), query).toBe(page.entries.length);
      const counts = countByPillar(journal.db, { query });
      expect(counts.sharing + counts.culture, query).toBeGreaterThan(0);
    }
    expect(countEntries(journal.db, { query: 'pillar:sharing from:2025-0' })).toBe(1);
    expect(listEntries(journal.db, { filter: { query: 'pillar:sharing from:2025-0' }, limit: 10 })).toMatchObject({
      entries: [{ title: '발표' }],
      notes: { warnings: [{ piece: 'from:2025-0', reason: 'not_a_date' }] },
    });
  });
});

describe('keyboard layout', () => {
  it('answers a Latin query that finds nothing with its Korean keyboard reading, and says so', () => {
    const journal = freshJournal();
    journal.createEntry({ title: '배포 자동화', body: '스테이징에 배포했다', pillars: ['automation', 'sharing'] });
    journal.createEntry({ title: 'qovh', body: 'literally', pillars: ['culture'] });
    const page = listEntries(journal.db, { filter: { query: 'pillar:automation qovh' }, limit: 10 });
    expect(page.entries.map((e) => e.title)).toEqual(['배포 자동화']);
    expect(page.notes).toMatchObject({ correctedFrom: 'pillar:automation qovh', corrected: 'pillar:automation 배포' });
    expect(countByPillar(journal.db, { query: 'pillar:automation qovh' })).toMatchObject({ automation: 1, sharing: 1 });
    expect(countEntries(journal.db, { query: 'pillar:automation qovh' })).toBe(1);
    // Found as typed (or quoted): no correction.
    const literal = listEntries(journal.db, { filter: { query: 'qovh' }, limit: 10 });
    expect(literal.entries.map((e) => e.title)).toEqual(['qovh']);
    expect(literal.notes).toBeUndefined();
    expect(countEntries(journal.db, { query: '"qovh" pillar:automation' })).toBe(0);
  });

  it('keeps an empty result when the reading finds nothing either', () => {
    const journal = freshJournal();
    journal.createEntry({ title: '배포', body: '', pillars: ['automation'] });
    const page = listEntries(journal.db, { filter: { query: 'ghlrh' }, limit: 10 });
    expect(page.entries).toEqual([]);
    expect(countEntries(journal.db, { query: 'ghlrh' })).toBe(0);
    expect(page.notes).toBeUndefined();
  });
});
