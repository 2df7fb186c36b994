import { describe, expect, it } from 'vitest';
import { inPageTarget } from './inPageLinks';

describe('inPageTarget', () => {
  it('names the target of footnote and other same-page links', () => {
    expect(inPageTarget('#user-content-fn-1')).toBe('user-content-fn-1');
    expect(inPageTarget('#user-content-fnref-%EB%B0%B0%ED%8F%AC')).toBe('user-content-fnref-배포');
    expect(inPageTarget('#%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('leaves every other link alone', () => {
    expect(inPageTarget('https://example.com/#x')).toBeNull();
    expect(inPageTarget('#')).toBeNull();
    expect(inPageTarget(undefined)).toBeNull();
    expect(inPageTarget('notes.md')).toBeNull();
  });
});
