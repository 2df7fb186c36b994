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
  return { text: text(doc.text), title: text(doc.title), tags: text(doc.tags) };
};

describe('prepareDoc', () => {
  it('writes English words whole and other text as pairs of characters, the last of a run with the gap mark', () => {
    const doc = prepareDoc({ title: 'Zb 캐', body: 'a1  A\n캐시', tags: ['K8s', 'ci cd'], pillars: ['culture', 'sharing'] });
    expect(doc.title).toBe('zb 캐\u0001');
    // The marks (every entry, the pillars, the letters and digits that begin a word), the body, and the 초성 of 캐시, the one run of two syllables.
    expect(doc.text).toBe('\u0002e \u0002p0 \u0002p3 \u0003a \u0003c \u0003k \u0003z a1 a 캐시 시\u0001 ᄏᄉ ᄉ\u0001');
    // Each tag between line breaks, which are tokens of their own.
    expect(doc.tags).toBe('\n k8s \n ci cd \n');
  });

  it('removes the spaces between Hangul syllables, and keeps them beside other text', () => {
    const doc = prepareDoc({ title: '배포 자동화 v2', body: '', tags: [], pillars: [] });
    expect(doc.title).toBe('배포 포자 자동 동화 화\u0001 v2');
    expect(doc.text).toBe('\u0002e \u0003v ᄇᄑ ᄑᄌ ᄌᄃ ᄃᄒ ᄒ\u0001');
  });

  it('ends a run of other characters at a word, and keeps punctuation as pairs', () => {
    expect(prepareDoc({ title: 'ci/cd 배포api를', body: '', tags: [], pillars: [] }).title).toBe('ci /\u0001 cd 배포 포\u0001 api 를\u0001');
  });

  it('writes the initial consonants of each run of two or more syllables, in conjoining jamo', () => {
    const doc = prepareDoc({ title: '카나리 배포', body: '롤 a 알림', tags: [], pillars: [] });
    // 카나리배포 is one run (its space removed); 롤 alone is too short to be looked for.
    expect(doc.text.split('림\u0001 ')[1]).toBe('ᄏᄂ ᄂᄅ ᄅᄇ ᄇᄑ ᄑ\u0001 ᄋᄅ ᄅ\u0001');
  });

  it('counts an astral character as one', () => {
    expect(prepareDoc({ title: 'a🚀b', body: '', tags: [], pillars: [] }).title).toBe('a 🚀\u0001 b');
    expect(prepareDoc({ title: '🚀🚀', body: '', tags: [], pillars: [] }).title).toBe('🚀🚀 🚀\u0001');
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
      expect(chunk.at(-1)?.text).toBeInstanceOf(Uint8Array);
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
