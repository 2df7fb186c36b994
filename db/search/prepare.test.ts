import { describe, expect, it } from 'vitest';
import { PILLARS } from '../common/model';
import { prepareDoc, type IndexableText, type PreparedDoc } from './prepare';
import { BACKGROUND_MIN, PREPARE_CHUNK, prepareDocs } from './prepare-in-background';

const docs = (n: number): IndexableText[] =>
  Array.from({ length: n }, (_, i) => ({
    title: `배포 회고 ${i}`,
    body: `Rollout  of ＡＰＩ v${i}\n\n캐시를 늘렸다.\u0000 다음 단계 🚀`,
    tags: [`K8s-${i % 7}`, '#보안'],
    pillars: [PILLARS[i % 4]!],
  }));

/** A prepared document as text, whether it came as text or as UTF-8 bytes. */
const asText = (doc: PreparedDoc): Record<keyof PreparedDoc, string> => {
  const text = (v: PreparedDoc[keyof PreparedDoc]): string => (typeof v === 'string' ? v : Buffer.from(v).toString('utf8'));
  return { title: text(doc.title), body: text(doc.body), tags: text(doc.tags), meta: text(doc.meta), chars: text(doc.chars) };
};

describe('prepareDoc', () => {
  it('normalizes the fields, lists each character once and marks the ASCII letters and digits in order', () => {
    const doc = prepareDoc({ title: 'Zb 캐', body: 'a1  A\n캐시', tags: ['K8s'], pillars: ['culture', 'sharing'] });
    expect(doc.title).toBe('zb 캐  ');
    expect(doc.body).toBe('a1 a 캐시  ');
    expect(doc.tags).toBe('\nk8s\n  ');
    expect(doc.meta).toBe('\u0001e\u00010\u00013\u0001' + '\u00021\u00028\u0002a\u0002b\u0002k\u0002s\u0002z\u0002');
    expect(doc.chars.split(' ').filter(Boolean).sort()).toEqual(['1', '8', 'a', 'b', 'ee', 'k', 'p0', 'p3', 's', 'z', '시', '캐'].sort());
  });

  it('has no marks for text without ASCII letters or digits', () => {
    expect(prepareDoc({ title: '회고', body: '', tags: [], pillars: ['culture'] }).meta).toBe('\u0001e\u00010\u0001');
  });
});

describe('prepareDocs', () => {
  it('prepares a bulk import on a worker thread, exactly as on this thread', async () => {
    const many = docs(BACKGROUND_MIN * 4 + 123);
    const prepared = prepareDocs(many);
    // Taken from the third chunk on: the chunks before it are skipped.
    const lastChunk = Math.floor((many.length - 1) / PREPARE_CHUNK);
    for (let c = 2; c <= lastChunk; c++) {
      const chunk = await prepared.chunk(c);
      chunk.forEach((doc, d) => expect(asText(doc)).toEqual(prepareDoc(many[c * PREPARE_CHUNK + d]!)));
      expect(chunk.at(-1)?.body).toBeInstanceOf(Uint8Array);
    }
    expect(prepared.onWorker).toBe(true);
  });

  it('prepares a few documents on this thread', async () => {
    const few = docs(10);
    const prepared = prepareDocs(few);
    expect((await prepared.chunk(0)).map(asText)).toEqual(few.map(prepareDoc));
    expect(prepared.onWorker).toBe(false);
  });
});
