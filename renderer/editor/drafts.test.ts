import { describe, expect, it } from 'vitest';
import { addTags, clearDraft, loadDraft, saveDraft, splitTags, toEntryDraft, type EditorFields } from './drafts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const fields: EditorFields = {
  title: '배포 자동화 회고', body: '오늘 배포했다 with ArgoCD', day: '2026-11-02',
  pillars: ['culture', 'automation'], tags: ['k8s'], pendingTag: '배포',
};

describe('drafts', () => {
  it('keeps a new-entry draft and per-entry edit drafts apart', () => {
    const storage = memoryStorage();
    saveDraft(storage, null, { fields, savedAt: 1 });
    saveDraft(storage, 'id-1', { fields: { ...fields, title: 'edited' }, savedAt: 2, baseUpdatedAt: 'u' });
    expect(loadDraft(storage, null)?.fields).toEqual(fields);
    expect(loadDraft(storage, 'id-1')).toEqual({ fields: { ...fields, title: 'edited' }, savedAt: 2, baseUpdatedAt: 'u' });
    clearDraft(storage, null);
    expect(loadDraft(storage, null)).toBeNull();
    expect(loadDraft(storage, 'id-1')).not.toBeNull();
  });
  it('ignores malformed drafts instead of crashing', () => {
    const storage = memoryStorage();
    storage.setItem('pileup.draft.new', '{not json');
    expect(loadDraft(storage, null)).toBeNull();
    storage.setItem('pileup.draft.new', JSON.stringify({ fields: { title: 1 }, savedAt: 1 }));
    expect(loadDraft(storage, null)).toBeNull();
  });
  it('drops unknown pillars from a stored draft', () => {
    const storage = memoryStorage();
    storage.setItem('pileup.draft.new', JSON.stringify({ fields: { ...fields, pillars: ['bogus', 'sharing'] }, savedAt: 1 }));
    expect(loadDraft(storage, null)?.fields.pillars).toEqual(['sharing']);
  });
});

describe('tags', () => {
  it('splits typed text, drops a leading # and duplicates (case-insensitive)', () => {
    expect(splitTags(' k8s, #배포 ,, CI ')).toEqual(['k8s', '배포', 'CI']);
    expect(addTags(['K8s'], ['k8s', 'ci'])).toEqual(['K8s', 'ci']);
  });
  it('turns the pending tag text into tags on save', () => {
    expect(toEntryDraft(fields).tags).toEqual(['k8s', '배포']);
  });
});
