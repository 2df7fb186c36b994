import { describe, expect, it } from 'vitest';
import { Journal } from './journal';

describe('Journal', () => {
  it('creates and reads an entry', () => {
    const journal = Journal.open(':memory:');
    const entry = journal.createEntry({ title: '배포 회고', body: 'body', pillars: ['sharing'], tags: ['#K8s'] });
    expect(journal.getEntry(entry.id)).toMatchObject({ title: '배포 회고', pillars: ['sharing'], tags: ['k8s'] });
    journal.close();
  });
});
