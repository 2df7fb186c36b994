import { describe, expect, it } from 'vitest';
import { PileupError } from '../common/errors';
import { MAX_SLOWDOWN, slowdown } from '../test-support/slowdown';
import { MAX_QUERY_TERMS, parseQuery } from './query';

function invalid(query: string): PileupError {
  try {
    parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(PileupError);
    expect((error as PileupError).code).toBe('invalid_input');
    return error as PileupError;
  }
  throw new Error(`expected ${query} to be rejected`);
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

  it('rejects dates that are not real days with a message that says how to write one', () => {
    expect(invalid('배포 from:2026-02-30').message).toMatch(/from:2026-02-30 is not a date.*YYYY-MM-DD/);
    invalid('to:2026-13');
    invalid('on:2026-1-2-3');
    invalid('from:20260101');
  });

  it('rejects an unknown pillar and lists the four', () => {
    expect(invalid('pillar:devops').message).toMatch(/culture, automation, measurement, sharing/);
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

  it('limits the number of words', () => {
    invalid(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '));
  });

  it('takes time linear in the query, however many distinct words or tags it holds', () => {
    const count = 30_000; // about 300 KB of query
    const distinct = Array.from({ length: count }, (_, i) => `w${i.toString(36).padStart(6, '0')}`);
    const repeated = Array.from({ length: count }, () => 'w0000000');
    const attempt = (query: string) => () => {
      try {
        parseQuery(query);
      } catch {
        // too many words: the message is checked below
      }
    };
    expect(slowdown(attempt(repeated.join(' ')), attempt(distinct.join(' ')))).toBeLessThan(MAX_SLOWDOWN);
    expect(invalid(distinct.join(' ')).message).toBe(`A search may hold at most ${MAX_QUERY_TERMS} words; this one has ${count}.`);
    const distinctTags = distinct.map((t) => `tag:${t}`).join(' ');
    expect(slowdown(() => parseQuery(repeated.map((t) => `tag:${t}`).join(' ')), () => parseQuery(distinctTags))).toBeLessThan(MAX_SLOWDOWN);
    expect(parseQuery(distinctTags).tags).toHaveLength(count);
    const quotes = '"a" -"b c" tag:"d e" '.repeat(15_000);
    expect(slowdown(() => parseQuery('a b c d e f g h i j '.repeat(quotes.length / 20)), () => parseQuery(quotes))).toBeLessThan(MAX_SLOWDOWN);
  });
});
