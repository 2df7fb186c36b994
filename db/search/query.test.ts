import { describe, expect, it } from 'vitest';
import type { QueryWarning } from '../common/model';
import { MAX_SLOWDOWN, slowdown } from '../test-support/slowdown';
import { layoutCorrection, MAX_QUERY_TERMS, parseQuery } from './query';

function warnings(query: string): QueryWarning[] {
  return parseQuery(query).warnings;
}

describe('parseQuery', () => {
  it('splits words, phrases and exclusions', () => {
    const q = parseQuery('배포 "k8s 배포  자동화" -롤백 -"hot fix" Deploy');
    expect(q.include).toEqual(['배포', 'k8s 배포 자동화', 'deploy']);
    expect(q.exclude).toEqual(['롤백', 'hot fix']);
    expect(q.terms).toEqual(['배포', 'k8s 배포 자동화', 'Deploy']);
  });

  it('reads pillar, tag and date tokens', () => {
    const q = parseQuery('pillar:automation pillar:자동화 PILLAR:meas tag:K8s tag:"ci cd" -tag:old -pillar:culture from:2026-01-05 to:2026-02');
    expect(q.pillars).toEqual(['automation', 'measurement']);
    expect(q.excludePillars).toEqual(['culture']);
    expect(q.tags).toEqual(['k8s', 'ci cd']);
    expect(q.excludeTags).toEqual(['old']);
    expect(q.from).toBe('2026-01-05');
    expect(q.to).toBe('2026-02-28');
    expect(q.include).toEqual([]);
  });

  it('on: covers a day, a month or a year and narrows other dates', () => {
    expect(parseQuery('on:2026-03-04')).toMatchObject({ from: '2026-03-04', to: '2026-03-04' });
    expect(parseQuery('on:2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(parseQuery('on:2025')).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(parseQuery('from:2025-01-01 on:2025-06 to:2025-06-10')).toMatchObject({ from: '2025-06-01', to: '2025-06-10' });
  });

  it('ignores dates that are not real days and says which piece it ignored', () => {
    const q = parseQuery('배포 from:2026-02-30 to:2026-03');
    expect(q).toMatchObject({ include: ['배포'], to: '2026-03-31', warnings: [{ piece: 'from:2026-02-30', reason: 'not_a_date' }] });
    expect(q.from).toBeUndefined();
    for (const piece of ['to:2026-13', 'on:2026-1-2-3', 'from:20260101', 'from:2025-0', 'from:2', 'from:2025-01-0']) {
      expect(warnings(`회고 ${piece}`), piece).toEqual([{ piece, reason: 'not_a_date' }]);
    }
  });

  it('never fails on a query typed one key at a time', () => {
    const full = 'pillar:sharing from:2025-01-01 "배포 자동화" -tag:old';
    for (let i = 1; i <= full.length; i++) {
      const q = parseQuery(full.slice(0, i));
      for (const w of q.warnings) expect(full.slice(0, i)).toContain(w.piece);
    }
    expect(parseQuery(full)).toMatchObject({ pillars: ['sharing'], from: '2025-01-01', include: ['배포 자동화'], excludeTags: ['old'], warnings: [] });
    expect(parseQuery('pillar:sharing from:2025-0')).toMatchObject({ pillars: ['sharing'], warnings: [{ piece: 'from:2025-0', reason: 'not_a_date' }] });
  });

  it('ignores an unknown pillar and keeps the rest', () => {
    expect(parseQuery('배포 pillar:devops -pillar:foo pillar:cul')).toMatchObject({
      include: ['배포'],
      pillars: ['culture'],
      excludePillars: [],
      warnings: [
        { piece: 'pillar:devops', reason: 'unknown_pillar' },
        { piece: '-pillar:foo', reason: 'unknown_pillar' },
      ],
    });
  });

  it('marks a lone operator and an empty key as ignored', () => {
    expect(parseQuery('배포 - tag:')).toMatchObject({
      include: ['배포'],
      warnings: [
        { piece: '-', reason: 'lone_minus' },
        { piece: 'tag:', reason: 'empty_value' },
      ],
    });
  });

  it('keeps key-like text that is not a date as literal text', () => {
    expect(parseQuery('on:click').include).toEqual(['on:click']);
    expect(parseQuery('"to:2026-99-99"').include).toEqual(['to:2026-99-99']);
    expect(parseQuery('http://example.com').include).toEqual(['http://example.com']);
  });

  it('treats an unclosed quote as a phrase running to the end', () => {
    expect(parseQuery('회고 "배포 자동').include).toEqual(['회고', '배포 자동']);
    expect(parseQuery('"').include).toEqual([]);
  });

  it('ignores a lone minus and empty keys while typing', () => {
    expect(parseQuery('배포 - tag: from:')).toMatchObject({ include: ['배포'], exclude: [], tags: [] });
  });

  it('takes FTS5 and SQL syntax as literal text', () => {
    expect(parseQuery('NEAR(a b) OR AND * ^ : ; \' () 👍').include).toEqual([
      'near(a',
      'b)',
      'or',
      'and',
      '*',
      '^',
      ':',
      ';',
      "'",
      '()',
      '👍',
    ]);
  });

  it('normalizes decomposed Hangul (NFD) to NFC', () => {
    expect(parseQuery('회고'.normalize('NFD')).include).toEqual(['회고']);
  });

  it('searches the first MAX_QUERY_TERMS words and says where it stopped', () => {
    const q = parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + ' pillar:culture w0');
    expect(q.include).toHaveLength(MAX_QUERY_TERMS);
    expect(q.include.at(-1)).toBe(`w${MAX_QUERY_TERMS - 1}`);
    expect(q.pillars).toEqual(['culture']);
    expect(q.warnings).toEqual([{ piece: `w${MAX_QUERY_TERMS}`, reason: 'too_many_words' }]);
  });

  it('takes time linear in the query, however many distinct words or tags it holds', () => {
    const count = 30_000; // about 300 KB of query
    const distinct = Array.from({ length: count }, (_, i) => `w${i.toString(36).padStart(6, '0')}`);
    const repeated = Array.from({ length: count }, () => 'w0000000');
    const attempt = (query: string) => () => parseQuery(query);
    expect(slowdown(attempt(repeated.join(' ')), attempt(distinct.join(' ')))).toBeLessThan(MAX_SLOWDOWN);
    expect(warnings(distinct.join(' '))).toHaveLength(1);
    const distinctTags = distinct.map((t) => `tag:${t}`).join(' ');
    expect(slowdown(() => parseQuery(repeated.map((t) => `tag:${t}`).join(' ')), () => parseQuery(distinctTags))).toBeLessThan(MAX_SLOWDOWN);
    expect(parseQuery(distinctTags).tags).toHaveLength(count);
    const quotes = '"a" -"b c" tag:"d e" '.repeat(15_000);
    expect(slowdown(() => parseQuery('a b c d e f g h i j '.repeat(quotes.length / 20)), () => parseQuery(quotes))).toBeLessThan(MAX_SLOWDOWN);
  });
});

describe('alternatives', () => {
  const synonyms = (word: string): string[] => ({ 배포: ['deploy'], deploy: ['배포'], 알림: ['alert'] })[word] ?? [];

  it('adds the stem of a word ending in a Korean particle', () => {
    expect(parseQuery('알림을 장애를 배포에서 회고').alternatives).toEqual([['알림'], ['장애'], ['배포'], []]);
    // The stem must keep two syllables: 도 or 이가 alone are not cut.
    expect(parseQuery('이가 물도').alternatives).toEqual([[], []]);
  });

  it('adds glossary synonyms of the word and of its stem, and lists them once in also', () => {
    const q = parseQuery('Deploy 배포를 알림', { synonyms });
    expect(q.include).toEqual(['deploy', '배포를', '알림']);
    expect(q.alternatives).toEqual([['배포'], ['배포', 'deploy'], ['alert']]);
    expect(q.also).toEqual(['배포', 'deploy', 'alert']);
  });

  it('searches a quoted term exactly', () => {
    const q = parseQuery('"deploy" "알림을"', { synonyms });
    expect(q.alternatives).toEqual([[], []]);
    expect(q.also).toEqual([]);
  });
});

describe('layoutCorrection', () => {
  it('reads Latin words as typed on a Korean keyboard', () => {
    expect(layoutCorrection('qovh')).toBe('배포');
    expect(layoutCorrection('pillar:sharing qovh  -ghlrh')).toBe('pillar:sharing 배포  -회고');
  });

  it('leaves words that do not read as whole syllables, quoted text and keys alone', () => {
    expect(layoutCorrection('deploy')).toBeNull();
    expect(layoutCorrection('"qovh"')).toBeNull();
    expect(layoutCorrection('"a b" qovh "c d"')).toBe('"a b" 배포 "c d"');
    expect(layoutCorrection('tag:qovh 배포')).toBeNull();
  });
});
