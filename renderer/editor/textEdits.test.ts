import { describe, expect, it } from 'vitest';
import { applyEdit, continueList, insertBlock, toggleLink, toggleWrap, type TextEdit, type TextState } from './textEdits';

/** A state written with [ and ] (or one |) marking the selection. */
function state(marked: string): TextState {
  const caret = marked.indexOf('|');
  if (caret >= 0) return { text: marked.replace('|', ''), start: caret, end: caret };
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  return { text: marked.replace('⟦', '').replace('⟧', ''), start, end };
}

function show(s: TextState): string {
  if (s.start === s.end) return s.text.slice(0, s.start) + '|' + s.text.slice(s.start);
  return s.text.slice(0, s.start) + '⟦' + s.text.slice(s.start, s.end) + '⟧' + s.text.slice(s.end);
}

function run(marked: string, edit: (s: TextState) => TextEdit | null): string | null {
  const s = state(marked);
  const e = edit(s);
  return e ? show(applyEdit(s.text, e)) : null;
}

describe('bold and italic', () => {
  it('wrap the selection and keep it selected', () => {
    expect(run('deploy ⟦on Friday⟧ again', (s) => toggleWrap(s, '**'))).toBe('deploy **⟦on Friday⟧** again');
    expect(run('⟦배포 자동화⟧', (s) => toggleWrap(s, '_'))).toBe('_⟦배포 자동화⟧_');
  });

  it('unwrap on a second press, whether the markers are outside or inside the selection', () => {
    const once = run('deploy ⟦on Friday⟧ again', (s) => toggleWrap(s, '**')) ?? '';
    expect(run(once, (s) => toggleWrap(s, '**'))).toBe('deploy ⟦on Friday⟧ again');
    expect(run('⟦**bold**⟧', (s) => toggleWrap(s, '**'))).toBe('⟦bold⟧');
    expect(run('_⟦x⟧_', (s) => toggleWrap(s, '_'))).toBe('⟦x⟧');
  });

  it('keep spaces of the selection outside the markers', () => {
    expect(run('a⟦ word ⟧b', (s) => toggleWrap(s, '**'))).toBe('a **⟦word⟧** b');
  });

  it('insert a pair around the caret, and take an empty pair away again', () => {
    expect(run('see |', (s) => toggleWrap(s, '**'))).toBe('see **|**');
    expect(run('see **|**', (s) => toggleWrap(s, '**'))).toBe('see |');
  });
});

describe('links', () => {
  it('wrap the selection and select the url to type over', () => {
    expect(run('read ⟦the runbook⟧ first', toggleLink)).toBe('read [the runbook](⟦url⟧) first');
  });

  it('turn a selected address into a link with its text selected', () => {
    expect(run('⟦https://example.com/a⟧', toggleLink)).toBe('[⟦text⟧](https://example.com/a)');
  });

  it('at a caret insert a link with its text selected', () => {
    expect(run('x |', toggleLink)).toBe('x [⟦text⟧](url)');
  });

  it('unwrap on a second press', () => {
    const once = run('read ⟦the runbook⟧ first', toggleLink) ?? '';
    expect(run(once, toggleLink)).toBe('read ⟦the runbook⟧ first');
    expect(run('read [⟦the runbook⟧](url) first', toggleLink)).toBe('read ⟦the runbook⟧ first');
    expect(run('⟦[장애 회고](https://wiki/x)⟧', toggleLink)).toBe('⟦장애 회고⟧');
  });
});

describe('lists on Enter', () => {
  it('continue a bullet, a star, a number and a task', () => {
    expect(run('- first|', continueList)).toBe('- first\n- |');
    expect(run('  * nested|\nafter', continueList)).toBe('  * nested\n  * |\nafter');
    expect(run('1. 배포|', continueList)).toBe('1. 배포\n2. |');
    expect(run('9) nine|', continueList)).toBe('9) nine\n10) |');
    expect(run('- [x] done|', continueList)).toBe('- [x] done\n- [ ] |');
  });

  it('end the list on an empty item', () => {
    expect(run('- first\n- |', continueList)).toBe('- first\n|');
    expect(run('- first\n- [ ] |', continueList)).toBe('- first\n|');
    expect(run('1. a\n2. |\nmore', continueList)).toBe('1. a\n|\nmore');
  });

  it('leave Enter alone elsewhere: mid-item, with a selection, outside a list', () => {
    expect(run('- fi|rst', continueList)).toBeNull();
    expect(run('- ⟦first⟧', continueList)).toBeNull();
    expect(run('plain text|', continueList)).toBeNull();
    expect(run('-no space|', continueList)).toBeNull();
    expect(run('2026. was a year|', continueList)).toBe('2026. was a year\n2027. |');
  });
});

describe('inserting an image', () => {
  it('goes on a line of its own, caret after it', () => {
    expect(run('before|after', (s) => insertBlock(s, '![x](pileup-image:a.png)'))).toBe('before\n![x](pileup-image:a.png)|\nafter');
    expect(run('|', (s) => insertBlock(s, '![x](y)'))).toBe('![x](y)|');
    expect(run('line\n|', (s) => insertBlock(s, '![x](y)'))).toBe('line\n![x](y)|');
  });
});
