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
  return { title: text(doc.title), body: text(doc.body), tags: text(doc.tags), meta: text(doc.meta), cho: text(doc.cho) };
};

describe('prepareDoc', () => {
  it('writes each field as the bigrams of its normalized text, the last character paired with the gap mark', () => {
    const doc = prepareDoc({ title: 'Zb 캐', body: 'a1  A\n캐시', tags: ['K8s', 'ci cd'], pillars: ['culture', 'sharing'] });
    expect(doc.title).toBe('zb b\u0001 \u0001캐 캐\u0001');
    expect(doc.body).toBe('a1 1\u0001 \u0001a a\u0001 \u0001캐 캐시 시\u0001');
    expect(doc.tags).toBe('\nk k8 8s s\n \nc ci i\u0001 \u0001c cd d\n \n\u0001');
    expect(doc.meta).toBe('\u0002e \u0002p0 \u0002p3 \u00031 \u00038 \u0003a \u0003b \u0003c \u0003d \u0003i \u0003k \u0003s \u0003z');
  });

  it('removes the spaces between Hangul syllables, and keeps them beside other text', () => {
    const doc = prepareDoc({ title: '배포 자동화 v2', body: '', tags: [], pillars: [] });
    expect(doc.title).toBe('배포 포자 자동 동화 화\u0001 \u0001v v2 2\u0001');
    expect(doc.body).toBe('');
    expect(doc.meta).toBe('\u0002e \u00032 \u0003v');
  });

  it('writes the initial consonants of each run of two or more syllables, in conjoining jamo', () => {
    const doc = prepareDoc({ title: '카나리 배포', body: '롤 a 알림', tags: [], pillars: [] });
    // 카나리배포 is one run (its space removed); 롤 alone is too short to be looked for.
    expect(doc.cho).toBe('ᄏᄂ ᄂᄅ ᄅᄇ ᄇᄑ ᄑ\u0001 ᄋᄅ ᄅ\u0001');
  });

  it('counts an astral character as one', () => {
    expect(prepareDoc({ title: 'a🚀b', body: '', tags: [], pillars: [] }).title).toBe('a🚀 🚀b b\u0001');
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
