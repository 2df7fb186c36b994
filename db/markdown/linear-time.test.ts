// Every parser of user text runs in time linear in its input: pathological
// lines of 256 KB–1 MB take at most MAX_SLOWDOWN times as long as benign text
// of the same size, and give the right answer. The hand-written scanners are
// also checked against the regexes they replace, on many small random inputs.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../common/model';
import { MAX_SLOWDOWN, slowdown } from '../test-support/slowdown';
import { escapeBodyLine, unescapeBodyLine } from './format';
import { findHashtags, withoutCodeSpans } from './hashtags';
import { headingTitle, parseDailyNote } from './import-daily-notes';
import { looksLikeJrnl, parseJrnl } from './import-jrnl';
import { parsePileup } from './import-pileup';
import { renderDocument } from './export';
import { isSpaceCode } from './scan';

const KB = 1024;
const MB = 1024 * KB;

/** A small deterministic generator, so a failing random case can be replayed. */
function randomStrings(alphabet: readonly string[], count: number, maxLength: number, seed = 1): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    let s = '';
    const length = Math.floor(next() * (maxLength + 1));
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

function entry(body: string, title = 't'): Entry {
  return { id: '1', day: '2026-11-25', title, body, pillars: ['culture'], tags: [], createdAt: '', updatedAt: '', deletedAt: null };
}

/** A benign line of `size` characters: words and single spaces. */
function words(size: number): string {
  return 'deploy k8s 배포 '.repeat(Math.ceil(size / 15)).slice(0, size);
}

describe('the scanners agree with the regexes they replace', () => {
  it('isSpaceCode is exactly \\s', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it('marker escaping: /^\\\\*<!--\\s*\\/?\\s*pileup:/i', () => {
    const reference = /^\\*<!--\s*\/?\s*pileup:/i;
    const unescapeReference = /^\\(\\*<!--\s*\/?\s*pileup:)/i;
    const alphabet = ['\\', '<!--', '<!-', ' ', '\t', '\u3000', '/', 'pileup:', 'PileUp:', 'pileup', 'x', '-->'];
    for (const line of randomStrings(alphabet, 20_000, 7)) {
      expect(escapeBodyLine(line), JSON.stringify(line)).toBe(reference.test(line) ? `\\${line}` : line);
      expect(unescapeBodyLine(line), JSON.stringify(line)).toBe(line.replace(unescapeReference, '$1'));
    }
  });

  it('code spans: /(`+)[\\s\\S]*?\\1/g', () => {
    for (const line of randomStrings(['`', '`', '`', 'a', '#', ' '], 50_000, 14, 7)) {
      expect(withoutCodeSpans(line), JSON.stringify(line)).toBe(line.replace(/(`+)[\s\S]*?\1/g, ' '));
    }
  });

  it('daily-note headings: /^#\\s+(.+?)\\s*#*\\s*$/', () => {
    const reference = /^#\s+(.+?)\s*#*\s*$/;
    for (const tail of randomStrings(['#', ' ', ' ', 'a', '\t', '\r', '\u2028', 'b'], 50_000, 9, 3)) {
      const line = `#${tail}`;
      expect(headingTitle(line), JSON.stringify(line)).toBe(reference.exec(line)?.[1] ?? null);
    }
  });

  it('jrnl headers and starred titles', () => {
    const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
    const plain = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2})[ T]${TIME}(?:\s+(.*))?$`);
    const markdown = new RegExp(String.raw`^###\s+(\d{4}-\d{2}-\d{2})(?:[ T]${TIME})?(?:\s+(.*))?$`);
    const tails = randomStrings([' ', ' ', 'a', '*', '\r', 'A', 'm', '.', ':30', '5', '\t'], 20_000, 8, 11);
    for (const [prefix, reference] of [['2026-11-25 9:30', plain], ['### 2026-11-25', markdown], ['### 2026-11-25 09:30', markdown]] as const) {
      for (const tail of tails) {
        const line = `${prefix}${tail}`;
        const m = reference.exec(line);
        const expected = m ? [{ day: m[1], title: (m[2] ?? '').replace(/\s+\*$/, '').trim() }] : [];
        const parsed = parseJrnl(line);
        expect(parsed.entries.map((e) => ({ day: e.day, title: e.title })), JSON.stringify(line)).toEqual(expected);
      }
    }
  });
});

describe('pathological input takes linear time', () => {
  it('a daily note whose heading is a long run of spaces (was cubic: 4 KB took 16 s)', () => {
    for (const size of [256 * KB, 1 * MB]) {
      const spaces = ' '.repeat(size);
      const pathological = [`# a${spaces}x`, `#${spaces}`, `# a${' #'.repeat(size / 2)}\rx`, `# a${spaces}##${spaces}\u2028x`];
      for (const heading of pathological) {
        const ratio = slowdown(() => parseDailyNote(`# ${words(heading.length)}\n\nbody`, '2026-11-25.md'), () => parseDailyNote(`${heading}\n\nbody`, '2026-11-25.md'));
        expect(ratio, `${heading.slice(0, 8)}… of ${heading.length}`).toBeLessThan(MAX_SLOWDOWN);
      }
      expect(parseDailyNote(`# a${spaces}x  ##  \n\nbody`, '2026-11-25.md').entries[0]?.title).toBe(`a${spaces}x`);
    }
  });

  it('daily-note front matter and body with long space runs', () => {
    const spaces = ' '.repeat(256 * KB);
    const notes = [
      `---\ntags:${spaces}\rx\n---\nbody`,
      `---\ntags:\n-${spaces}\rx\n---\nbody`,
      `---\ntags: a\n---\nbody a${spaces}b`,
    ];
    for (const note of notes) {
      const benign = `---\ntags: a\n---\n${words(note.length)}`;
      expect(slowdown(() => parseDailyNote(benign, '2026-11-25.md'), () => parseDailyNote(note, '2026-11-25.md'))).toBeLessThan(MAX_SLOWDOWN);
    }
    expect(parseDailyNote(`---\ntags: [a, b]\n---\nbody a${spaces}b${spaces}`, '2026-11-25.md').entries[0]).toMatchObject({ tags: ['a', 'b'], body: `body a${spaces}b` });
  });

  it('an export and its import of a body line that is "<!--" and 1 MB of spaces (was quadratic: 120,000 spaces took 12 s)', () => {
    const size = 1 * MB;
    const bodies = [`<!--${' '.repeat(size)}`, `<!--${' '.repeat(size / 2)}/${' '.repeat(size / 2)}`, `\\<!--${'\t'.repeat(size)}x`];
    for (const body of bodies) {
      const benign = entry(words(body.length));
      const tricky = entry(body);
      expect(slowdown(() => renderDocument([benign], {}, '2026-11-26'), () => renderDocument([tricky], {}, '2026-11-26'))).toBeLessThan(MAX_SLOWDOWN);
      const benignDoc = renderDocument([benign], {}, '2026-11-26');
      const trickyDoc = renderDocument([tricky], {}, '2026-11-26');
      expect(slowdown(() => parsePileup(benignDoc), () => parsePileup(trickyDoc))).toBeLessThan(MAX_SLOWDOWN);
      expect(parsePileup(trickyDoc).entries.map((e) => e.body)).toEqual([body]);
    }
    // A marker-like line is still escaped, whatever the spacing.
    const marker = `<!--${' '.repeat(size)}/ PILEUP:entry -->`;
    expect(renderDocument([entry(marker)], {}, '2026-11-26')).toContain(`\n\\${marker}\n`);
    expect(parsePileup(renderDocument([entry(marker)], {}, '2026-11-26')).entries[0]?.body).toBe(marker);
  });

  it('hashtags next to long backtick runs and long dash runs', () => {
    const half = 128 * KB;
    const texts = [`x ${'`'.repeat(half)}${'a'.repeat(half)} #tag`, `#a${'-'.repeat(half * 2)}b #tag`, `${'`a'.repeat(half)} #tag`, `#a${'/-'.repeat(half)}`];
    for (const text of texts) {
      const benign = `${words(text.length)} #tag`;
      expect(slowdown(() => findHashtags(benign), () => findHashtags(text)), text.slice(0, 6)).toBeLessThan(MAX_SLOWDOWN);
    }
    expect(findHashtags(texts[0]!)).toEqual(['tag']);
    expect(findHashtags(texts[1]!)).toEqual([`a${'-'.repeat(half * 2)}b`, 'tag']);
    expect(findHashtags(texts[3]!)).toEqual(['a']);
  });

  it('jrnl headers with long space runs before a line terminator or a star', () => {
    const spaces = ' '.repeat(256 * KB);
    const texts = [
      `2026-11-25 09:30${spaces}\rx\nbody`,
      `### 2026-11-25 09:30${spaces}\u2028x\nbody`,
      `[2026-11-25 09:30] a${spaces}b\nbody`,
      `[2026-11-25 09:30] a${spaces}\r${spaces}\nbody`,
      `# 2026${spaces}x\n### 2026-11-25 a\nbody`,
    ];
    for (const text of texts) {
      const benign = `[2026-11-25 09:30] ${words(text.length)}\nbody`;
      expect(slowdown(() => parseJrnl(benign), () => parseJrnl(text)), JSON.stringify(text.slice(0, 20))).toBeLessThan(MAX_SLOWDOWN);
    }
    expect(parseJrnl(`[2026-11-25 09:30] a${spaces}b${spaces}*\nbody`).entries[0]?.title).toBe(`a${spaces}b`);
  });
});

describe('jrnl line endings', () => {
  // Lines edited on Windows and on Unix end differently in the same file.
  const mixed = '[2026-11-25 09:30] Deploy review @sharing\r\nrolled back once\nthen fine\r\n\n[2026-11-26 10:00:00 AM] Canary #automation\nit worked\r\n';

  it('a file with mixed CRLF and LF line ends is recognised and parsed without stray CRs', () => {
    expect(looksLikeJrnl(mixed)).toBe(true);
    const parsed = parseJrnl(mixed);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map(({ day, title, body, pillars }) => ({ day, title, body, pillars }))).toEqual([
      { day: '2026-11-25', title: 'Deploy review @sharing', body: 'rolled back once\nthen fine', pillars: ['sharing'] },
      { day: '2026-11-26', title: 'Canary #automation', body: 'it worked', pillars: ['automation'] },
    ]);
  });

  it('the markdown export with mixed line ends too', () => {
    const md = '# 2026\r\n## November\n### 2026-11-25 09:30 Deploy @culture\r\nbody line\r\n#### a heading\n';
    expect(looksLikeJrnl(md)).toBe(true);
    expect(parseJrnl(md).entries.map(({ title, body }) => ({ title, body }))).toEqual([{ title: 'Deploy @culture', body: 'body line\n# a heading' }]);
  });
});
