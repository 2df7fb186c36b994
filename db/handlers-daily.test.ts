import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from './handlers';
import { getSettings } from './settings-store';
import { tempJournal } from './test-support/journal';

describe('captureEntry', () => {
  it('saves a Korean line with its pillar and tag, and remembers the pillar for the next line', async () => {
    const { journal } = tempJournal('pileup-capture-');
    const handlers = createHandlers(journal);
    const first = await dispatch(handlers, 'captureEntry', { text: '배포 자동화 끝 #automation #k8s', day: '2026-12-01' });
    expect(first).toMatchObject({ ok: true, value: { day: '2026-12-01', title: '배포 자동화 끝', body: '', pillars: ['automation'], tags: ['k8s'] } });
    expect(getSettings(journal.db).lastPillars).toEqual(['automation']);
    const next = await dispatch(handlers, 'captureEntry', { text: '회고 정리 #공유 #문화' });
    expect(next).toMatchObject({ ok: true, value: { title: '회고 정리', pillars: ['culture', 'sharing'], tags: [] } });
    const plain = await dispatch(handlers, 'captureEntry', { text: 'Read the SRE book chapter 4' });
    expect(plain).toMatchObject({ ok: true, value: { pillars: ['culture', 'sharing'] } });
  });

  it('uses the most used pillar the first time no pillar is named', async () => {
    const { journal } = tempJournal('pileup-capture-');
    journal.createEntry({ title: 'a', pillars: ['measurement'] });
    journal.createEntry({ title: 'b', pillars: ['measurement', 'culture'] });
    journal.createEntry({ title: 'c', pillars: ['culture', 'measurement'] });
    journal.createEntry({ title: 'd', pillars: ['sharing'] });
    const handlers = createHandlers(journal);
    const result = await dispatch(handlers, 'captureEntry', { text: 'p99 대시보드 #grafana' });
    expect(result).toMatchObject({ ok: true, value: { pillars: ['measurement'], tags: ['grafana'] } });
  });

  it('refuses a line of only tags, saving nothing', async () => {
    const { journal } = tempJournal('pileup-capture-');
    const result = await dispatch(createHandlers(journal), 'captureEntry', { text: '  #k8s #자동화 ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Write what you did, not only #tags' } });
    expect(journal.db.prepare<[], number>('SELECT count(*) FROM entries').pluck().get()).toBe(0);
    expect(getSettings(journal.db).lastPillars).toBeNull();
  });
});
