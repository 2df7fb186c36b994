import { describe, expect, it } from 'vitest';
import { capturePillars, parseCapture, splitTitle } from './capture';

describe('parseCapture', () => {
  it('reads Korean text with an English pillar and a tag', () => {
    expect(parseCapture('배포 자동화 끝 #automation #k8s')).toEqual({ title: '배포 자동화 끝', body: '', pillars: ['automation'], tags: ['k8s'] });
  });

  it('knows the Korean pillar names and keeps pillars in pillar order', () => {
    expect(parseCapture('#공유 팀 회고 정리 #문화 #회고')).toEqual({ title: '팀 회고 정리', body: '', pillars: ['culture', 'sharing'], tags: ['회고'] });
  });

  it('reads English, case-insensitively, tags lower-cased once each', () => {
    expect(parseCapture('Dashboards for p99 latency #Measurement #Grafana #grafana.')).toEqual({
      title: 'Dashboards for p99 latency',
      body: '',
      pillars: ['measurement'],
      tags: ['grafana'],
    });
  });

  it('leaves a # inside a word or before a space as text', () => {
    const parsed = parseCapture('Learned C# records, see issue#12 and # notes');
    expect(parsed.title).toBe('Learned C# records, see issue#12 and # notes');
    expect(parsed.tags).toEqual([]);
    expect(parsed.pillars).toEqual([]);
  });

  it('keeps tags with dots, slashes and dashes', () => {
    expect(parseCapture('pipeline #ci/cd #node.js #blue-green').tags).toEqual(['ci/cd', 'node.js', 'blue-green']);
  });

  it('moves the rest of a long line to the body, cut at a word boundary', () => {
    const line = 'Rolled out the new canary pipeline for the payments service and wrote down every step we took today #automation';
    const parsed = parseCapture(line);
    expect([...parsed.title].length).toBeLessThanOrEqual(80);
    expect(parsed.title).toBe('Rolled out the new canary pipeline for the payments service and wrote down every');
    expect(parsed.body).toBe('step we took today');
  });

  it('cuts a long unspaced Korean run at the limit', () => {
    const run = '가'.repeat(100);
    const { title, body } = splitTitle(run);
    expect(title).toBe('가'.repeat(80));
    expect(body).toBe('가'.repeat(20));
  });

  it('gives an empty title when the line is only tags', () => {
    expect(parseCapture('#k8s #측정')).toEqual({ title: '', body: '', pillars: ['measurement'], tags: ['k8s'] });
  });
});

describe('capturePillars', () => {
  it('prefers named pillars, then the last used, then the most used', () => {
    expect(capturePillars({ pillars: ['sharing'] }, ['culture'], 'automation')).toEqual(['sharing']);
    expect(capturePillars({ pillars: [] }, ['culture', 'sharing'], 'automation')).toEqual(['culture', 'sharing']);
    expect(capturePillars({ pillars: [] }, null, 'measurement')).toEqual(['measurement']);
    expect(capturePillars({ pillars: [] }, null, null)).toEqual(['automation']);
  });
});
