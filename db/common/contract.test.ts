import { describe, expect, it } from 'vitest';
import { codePointCount, entryDraftSchema, isWellFormedText, LIMITS, listFilterSchema, tagsSchema } from './contract';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

const LONE_HIGH = '\ud83d';
const LONE_LOW = '\ude80';

describe('tags are at most 64 characters, counted as people count them', () => {
  it('accepts 64 characters of any script, refuses 65', () => {
    for (const ch of ['a', '배', '🚀']) {
      expect(tagsSchema.safeParse([ch.repeat(LIMITS.tagChars)]).success, ch).toBe(true);
      const tooLong = tagsSchema.safeParse([ch.repeat(LIMITS.tagChars + 1)]);
      expect(messages(tooLong), ch).toEqual(['A tag may have at most 64 characters']);
    }
    expect(tagsSchema.safeParse(['x'.repeat(256)]).success).toBe(false);
  });

  it('counts code points', () => {
    expect(codePointCount('🚀 launch')).toBe(8);
    expect(codePointCount('배포')).toBe(2);
    expect(codePointCount(`a${LONE_HIGH}`)).toBe(2);
  });
});

describe('text fields refuse lone surrogates instead of letting SQLite turn them into U+FFFD', () => {
  it('finds lone high and low surrogates anywhere, and accepts pairs', () => {
    expect(isWellFormedText('배포 🚀 ok')).toBe(true);
    expect(isWellFormedText('')).toBe(true);
    for (const bad of [LONE_HIGH, LONE_LOW, `a${LONE_HIGH}`, `${LONE_LOW}a`, `${LONE_HIGH}${LONE_HIGH}\ude80`, `🚀${LONE_LOW}`]) {
      expect(isWellFormedText(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('agrees with encodeURIComponent, which throws on exactly the lone surrogates', () => {
    const units = ['a', LONE_HIGH, LONE_LOW, '\udbff', '\udc00', '배'];
    let state = 7;
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let i = 0; i < n % 7; i++) {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        text += units[state % units.length];
      }
      let encodable = true;
      try {
        encodeURIComponent(text);
      } catch {
        encodable = false;
      }
      expect(isWellFormedText(text), JSON.stringify(text)).toBe(encodable);
    }
  });

  it('in the title, the body, tags and the search', () => {
    const draft = { title: 'ok', body: 'ok', pillars: ['culture'], tags: ['ok'] };
    expect(entryDraftSchema.safeParse(draft).success).toBe(true);
    expect(messages(entryDraftSchema.safeParse({ ...draft, title: `배포${LONE_HIGH}` }))).toEqual([
      'The title holds a broken character (a lone UTF-16 surrogate); remove it or type the character again',
    ]);
    expect(messages(entryDraftSchema.safeParse({ ...draft, body: `${LONE_LOW}body` }))).toEqual([
      'The body holds a broken character (a lone UTF-16 surrogate); remove it or type the character again',
    ]);
    expect(messages(entryDraftSchema.safeParse({ ...draft, tags: [`k8s${LONE_HIGH}`] }))).toEqual([
      'A tag holds a broken character (a lone UTF-16 surrogate); remove it or type the character again',
    ]);
    expect(messages(listFilterSchema.safeParse({ query: `배포 ${LONE_LOW}` }))).toEqual([
      'The search holds a broken character (a lone UTF-16 surrogate); remove it or type the character again',
    ]);
    expect(listFilterSchema.safeParse({ query: '배포 🚀', tags: ['🚀'] }).success).toBe(true);
  });
});
