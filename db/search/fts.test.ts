import { describe, expect, it } from 'vitest';
import { literalExpression, phraseExpression, termExpression } from './fts';
import { queryTokens } from './text';

describe('query tokens', () => {
  it('leaves a final English word open as a prefix and keeps the words before it whole', () => {
    expect(queryTokens('canary analysis')).toEqual({ tokens: ['canary', 'analysis'], prefix: true });
    expect(queryTokens('k8s의')).toEqual({ tokens: ['k8s', '의'], prefix: true });
  });

  it('drops the last character of a final Korean run, covered by the pair before it', () => {
    expect(queryTokens('배포')).toEqual({ tokens: ['배포'], prefix: false });
    expect(queryTokens('배포 api')).toEqual({ tokens: ['배포', '포\u0001', 'api'], prefix: true });
    expect(queryTokens('캐')).toEqual({ tokens: ['캐'], prefix: true });
  });

  it('keeps every token of a whole tag line', () => {
    expect(queryTokens('\n배포\n', true)).toEqual({ tokens: ['\n', '배포', '포\u0001', '\n'], prefix: false });
  });
});

describe('term expressions', () => {
  it('quotes every piece of typed text, so no input is read as FTS5 syntax', () => {
    expect(literalExpression('a"b or c')).toBe('"a ""\u0001 b or c"*');
    expect(literalExpression('k')).toBe('"\u0003k"');
  });

  it('leaves out a synonym that a word of the group already finds as a prefix', () => {
    expect(termExpression('deploy', ['배포', 'deployment'])).toBe('("deploy"* OR "배포")');
    expect(termExpression('deployment', ['deploy'])).toBe('("deployment"* OR "deploy"*)');
  });

  it('leaves the 초성 reading out of what a title or tag must hold', () => {
    expect(termExpression('ㅂㅍ')).toBe('("ㅂㅍ" OR "ᄇᄑ")');
    expect(termExpression('ㅂㅍ', [], { choseong: false })).toBe('"ㅂㅍ"');
  });

  it('writes a final English prefix as the phrases of the index words it begins', () => {
    const index = ['redeploy', 'release', 'retro', 'rollback'];
    const words = (prefix: string): readonly string[] | null => (/^[a-z0-9]+$/.test(prefix) ? index.filter((w) => w.startsWith(prefix)) : null);
    expect(phraseExpression('rollback re', false, words)).toBe('("rollback redeploy" OR "rollback release" OR "rollback retro")');
    expect(phraseExpression('rol', false, words)).toBe('"rollback"');
    expect(phraseExpression('rollback re', false, () => null)).toBe('"rollback re"*');
    expect(phraseExpression('rollback zz', false, words)).toBe('"rollback zz"*');
    expect(termExpression('re', ['회고'], { words })).toBe('(("redeploy" OR "release" OR "retro") OR "회고")');
  });
});
