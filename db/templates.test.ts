import { describe, expect, it } from 'vitest';
import { fillTemplate } from './common/templates';
import { createHandlers, dispatch } from './handlers';
import { Journal } from './journal';
import { getSettings, saveSettings } from './settings-store';
import { deleteTemplate, listTemplates, saveTemplate } from './templates';
import { BUILTIN_TEMPLATE_IDS } from './templates-builtin';
import { tempJournal } from './test-support/journal';

describe('templates', () => {
  it('list the five built-ins in the asked language, before the user templates', () => {
    const { journal } = tempJournal('pileup-templates-');
    const en = listTemplates(journal.db, 'en');
    const ko = listTemplates(journal.db, 'ko');
    expect(en.map((t) => t.name)).toEqual(['Daily log', 'TIL', 'Incident review', '1:1', 'Weekly snippets']);
    expect(ko.map((t) => t.name)).toEqual(['업무 일지', '오늘 배운 것 (TIL)', '장애 회고', '1:1 미팅', '주간 스니펫']);
    expect(ko.map((t) => t.id)).toEqual(BUILTIN_TEMPLATE_IDS);
    expect(fillTemplate(ko[0]!, '2026-12-02').title).toBe('업무 일지 — 2026-12-02');
    const incident = ko[2]!;
    expect(incident.pillars).toEqual(['culture', 'measurement']);
    expect(incident.body).toContain('## 근본 원인');
    expect(incident.body).toContain('- [ ] ');
  });

  it('create, update and delete a user template on a real file, which keeps it across reopening', () => {
    const { journal, file } = tempJournal('pileup-templates-');
    const made = saveTemplate(journal.db, { name: '  배포 체크리스트 ', title: '배포 — {date}', body: '- [ ] 롤백 계획', pillars: ['sharing', 'automation'], tags: ['#Deploy', 'deploy', 'k8s'] });
    expect(made).toMatchObject({ name: '배포 체크리스트', pillars: ['automation', 'sharing'], tags: ['deploy', 'k8s'], builtin: false });
    const changed = saveTemplate(journal.db, { id: made.id, name: 'Deploy checklist', title: 'Deploy — {date}', body: '- [ ] rollback plan', pillars: ['automation'], tags: [] });
    expect(changed).toMatchObject({ id: made.id, name: 'Deploy checklist', createdAt: made.createdAt });
    journal.close();
    const again = Journal.open(file);
    expect(listTemplates(again.db, 'en').filter((t) => !t.builtin)).toEqual([changed]);
    saveSettings(again.db, { defaultTemplate: made.id });
    expect(deleteTemplate(again.db, made.id)).toEqual({ id: made.id, hidden: false });
    expect(listTemplates(again.db, 'en').filter((t) => !t.builtin)).toEqual([]);
    expect(getSettings(again.db).defaultTemplate).toBeNull();
    expect(() => deleteTemplate(again.db, made.id)).toThrow(/no longer exists/);
    expect(() => saveTemplate(again.db, { id: made.id, name: 'x', title: '', body: '', pillars: ['culture'], tags: [] })).toThrow(/no longer exists/);
    again.close();
  });

  it('hide a built-in instead of deleting it, and refuse to change one', () => {
    const { journal } = tempJournal('pileup-templates-');
    expect(deleteTemplate(journal.db, 'builtin:til')).toEqual({ id: 'builtin:til', hidden: true });
    expect(listTemplates(journal.db, 'en').map((t) => t.id)).not.toContain('builtin:til');
    expect(listTemplates(journal.db, 'en', true).find((t) => t.id === 'builtin:til')?.hidden).toBe(true);
    expect(() => deleteTemplate(journal.db, 'builtin:nope')).toThrow(/no such built-in/);
    expect(() => saveTemplate(journal.db, { id: 'builtin:til', name: 'TIL', title: '', body: '', pillars: ['sharing'], tags: [] })).toThrow(/save a copy/);
  });

  it('validate through the contract', async () => {
    const { journal } = tempJournal('pileup-templates-');
    const handlers = createHandlers(journal);
    const noName = await dispatch(handlers, 'saveTemplate', { name: '  ', pillars: ['culture'] });
    expect(noName).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Give the template a name') } });
    const noPillar = await dispatch(handlers, 'saveTemplate', { name: 'x', pillars: [] });
    expect(noPillar).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const ok = await dispatch(handlers, 'saveTemplate', { name: 'Retro', pillars: ['culture'] });
    expect(ok).toMatchObject({ ok: true, value: { name: 'Retro', title: '', body: '', tags: [] } });
    const listed = await dispatch(handlers, 'listTemplates', { lang: 'ko' });
    expect(listed.ok && Array.isArray(listed.value) ? listed.value.length : -1).toBe(6);
  });
});
