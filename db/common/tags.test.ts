import { describe, expect, it } from 'vitest';
import { normalizeTags, tagPrefix } from './tags';

describe('normalizeTags', () => {
  it('trims, drops # and empties, lowers case, folds spaces and keeps the first of duplicates', () => {
    expect(normalizeTags(['  #Kubernetes ', '##배포', '', '   ', 'kubernetes', 'Code  Review'])).toEqual(['kubernetes', '배포', 'code review']);
  });

  it('composes Hangul typed as separate jamo (NFD) into syllables (NFC)', () => {
    expect(normalizeTags(['\u1107\u1162\u1111\u1169'])).toEqual(['배포']);
  });
});

describe('tagPrefix', () => {
  it('is the stored spelling a typed text stands for', () => {
    expect(tagPrefix('#Kub')).toBe('kub');
    expect(tagPrefix('  ')).toBe('');
    expect(tagPrefix('#')).toBe('');
  });
});
