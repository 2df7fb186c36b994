import { describe, expect, it } from 'vitest';
import { koreanStems } from './particles';

describe('koreanStems', () => {
  it('strips a particle when the stem keeps two syllables', () => {
    expect(koreanStems('알림을')).toEqual(['알림']);
    expect(koreanStems('장애를')).toEqual(['장애']);
    expect(koreanStems('배포는')).toEqual(['배포']);
    expect(koreanStems('파이프라인이')).toEqual(['파이프라인']);
    expect(koreanStems('회고가')).toEqual(['회고']);
    expect(koreanStems('서버에')).toEqual(['서버']);
    expect(koreanStems('운영과')).toEqual(['운영']);
    expect(koreanStems('개발자와')).toEqual(['개발자']);
    expect(koreanStems('장애도')).toEqual(['장애']);
    expect(koreanStems('팀의')).toEqual([]);
    expect(koreanStems('우리팀의')).toEqual(['우리팀']);
    expect(koreanStems('배포만')).toEqual(['배포']);
  });

  it('prefers the longer ending: 에서 over 에, 으로 over 로', () => {
    expect(koreanStems('회의에서')).toEqual(['회의']);
    expect(koreanStems('방법으로')).toEqual(['방법']);
    expect(koreanStems('서버로')).toEqual(['서버']);
    expect(koreanStems('운영팀에게')).toEqual(['운영팀']);
    expect(koreanStems('금요일까지')).toEqual(['금요일']);
    expect(koreanStems('월요일부터')).toEqual(['월요일']);
    expect(koreanStems('스테이징에서는')).toEqual(['스테이징']);
  });

  it('strips the 하다 endings of a verbal noun', () => {
    expect(koreanStems('배포했다')).toEqual(['배포']);
    expect(koreanStems('배포하다')).toEqual(['배포']);
    expect(koreanStems('점검했고')).toEqual(['점검']);
  });

  it('keeps words whose stem would be shorter than two syllables', () => {
    expect(koreanStems('이를')).toEqual([]);
    expect(koreanStems('나는')).toEqual([]);
    expect(koreanStems('도로')).toEqual([]);
    expect(koreanStems('을')).toEqual([]);
  });

  it('gives nothing for words without an ending, English words and phrases', () => {
    expect(koreanStems('회고')).toEqual([]);
    expect(koreanStems('deploy')).toEqual([]);
    expect(koreanStems('')).toEqual([]);
    expect(koreanStems('알림을 끄다')).toEqual([]);
  });

  it('strips a particle after Latin text or digits', () => {
    expect(koreanStems('k8s를')).toEqual(['k8s']);
    expect(koreanStems('api는')).toEqual(['api']);
    expect(koreanStems('v2로')).toEqual(['v2']);
  });
});
