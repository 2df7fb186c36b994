import { describe, expect, it } from 'vitest';
import { JournalReads } from './journal-reads';
import { tempJournal } from './test-support/journal';

function journalWithTags() {
  const { journal } = tempJournal();
  journal.createEntry({ day: '2026-11-01', title: '배포 회고', pillars: ['culture'], tags: ['k8s', '회고'] });
  journal.createEntry({ day: '2026-11-02', title: 'helm rollout', pillars: ['automation'], tags: ['k8s', 'helm'] });
  journal.createEntry({ day: '2026-11-03', title: 'dashboards', pillars: ['measurement'], tags: ['grafana', 'k8s'] });
  const gone = journal.createEntry({ day: '2026-11-04', title: 'trashed', pillars: ['automation'], tags: ['helm', 'old'] });
  journal.deleteEntry(gone.id);
  return { journal, reads: new JournalReads(journal.db) };
}

describe('listTags', () => {
  it('counts live entries per tag, most used first, by prefix', () => {
    const { reads } = journalWithTags();
    expect(reads.listTags()).toEqual([
      { tag: 'k8s', count: 3 },
      { tag: 'grafana', count: 1 },
      { tag: 'helm', count: 1 },
      { tag: '회고', count: 1 },
    ]);
    expect(reads.listTags('H')).toEqual([{ tag: 'helm', count: 1 }]);
    expect(reads.listTags('', 1)).toEqual([{ tag: 'k8s', count: 3 }]);
  });

  it('counts only the entries a filter shows, so no offered tag leads to nothing', () => {
    const { reads } = journalWithTags();
    expect(reads.listTags('', 50, { pillars: ['automation'] })).toEqual([
      { tag: 'helm', count: 1 },
      { tag: 'k8s', count: 1 },
    ]);
    expect(reads.listTags('', 50, { tags: ['grafana'] })).toEqual([
      { tag: 'grafana', count: 1 },
      { tag: 'k8s', count: 1 },
    ]);
    expect(reads.listTags('', 50, { from: '2026-11-02', to: '2026-11-02' })).toEqual([
      { tag: 'helm', count: 1 },
      { tag: 'k8s', count: 1 },
    ]);
    expect(reads.listTags('회', 50, { query: '배포' })).toEqual([{ tag: '회고', count: 1 }]);
    expect(reads.listTags('', 50, { trash: true })).toEqual([
      { tag: 'helm', count: 1 },
      { tag: 'old', count: 1 },
    ]);
    expect(reads.listTags('', 50, { trash: true, query: 'trashed' })).toEqual([
      { tag: 'helm', count: 1 },
      { tag: 'old', count: 1 },
    ]);
    expect(reads.listTags('', 50, { query: 'nothingmatchesthis' })).toEqual([]);
  });

  it('answers again from its cache only until the journal changes', () => {
    const { journal, reads } = journalWithTags();
    expect(reads.listTags('gr')).toEqual([{ tag: 'grafana', count: 1 }]);
    journal.createEntry({ day: '2026-11-05', title: 'more graphs', pillars: ['measurement'], tags: ['grafana'] });
    expect(reads.listTags('gr')).toEqual([{ tag: 'grafana', count: 2 }]);
  });
});
