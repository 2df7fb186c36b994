import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, resolveDatabasePath } from '../db/default-path';
import { Journal } from '../db/journal';
import { MAX_SLOWDOWN, slowdown } from '../db/test-support/slowdown';
import { tempDir } from '../db/test-support/temp';
import { readAll, type Io } from './io';
import { run } from './run';
import { displayWidth, renderColumns, truncate } from './table';
import { terminalText } from './terminal-text';
import { CliError, UsageError, parsePillars } from './usage';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function fakeIo(isTTY = false): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
    readStdin: async () => null,
    isTTY,
    columns: 80,
    color: false,
    env: {},
  };
  return io;
}

describe('the default journal path matches Electron userData for "Pileup"', () => {
  it('on Linux, macOS and Windows', () => {
    expect(defaultDatabasePath({ env: {}, platform: 'linux', home: '/home/kim' })).toBe('/home/kim/.config/Pileup/pileup.db');
    expect(defaultDatabasePath({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/kim' })).toBe('/xdg/Pileup/pileup.db');
    expect(defaultDatabasePath({ env: {}, platform: 'darwin', home: '/Users/kim' })).toBe('/Users/kim/Library/Application Support/Pileup/pileup.db');
    expect(defaultDatabasePath({ env: { APPDATA: 'C:\\Users\\kim\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\kim' })).toBe(
      'C:\\Users\\kim\\AppData\\Roaming\\Pileup\\pileup.db',
    );
  });

  it('--db wins over PILEUP_DB, which wins over the default', () => {
    const ctx = { env: { PILEUP_DB: '/env.db' }, platform: 'linux' as const, home: '/h' };
    expect(resolveDatabasePath('/flag.db', ctx)).toBe('/flag.db');
    expect(resolveDatabasePath(undefined, ctx)).toBe('/env.db');
    expect(resolveDatabasePath(undefined, { ...ctx, env: {} })).toBe('/h/.config/Pileup/pileup.db');
  });
});

describe('columns', () => {
  it('count Korean syllables and emoji as two cells', () => {
    expect(displayWidth('배포 ok')).toBe(7);
    expect(displayWidth('🚀')).toBe(2);
    // Combining marks, joiners and controls take no cell; a lone surrogate takes one; wide astral ranges two.
    expect(['e\u0301', '\u200d', 'a\u0007', '\ud800x', '한글 ok', '🤖🚀x', '\u{20000}', '\u{1f000}', 'ｱ①\ufe0f', 'ᄀ가\u3000'].map(displayWidth)).toEqual([
      1, 0, 1, 2, 7, 5, 2, 1, 2, 6,
    ]);
    expect(truncate('쿠버네티스 배포', 7)).toBe('쿠버네…');
    const lines = renderColumns(['DAY', 'TITLE'], [['회고', 'a'], ['x', 'b']]);
    expect(lines).toEqual(['DAY   TITLE', '회고  a', 'x     b']);
  });
});

describe('pillar arguments', () => {
  it('accept names, commas and unique prefixes in any case', () => {
    expect(parsePillars('add', ['Sharing,auto', 'm'])).toEqual(['automation', 'measurement', 'sharing']);
    expect(() => parsePillars('add', ['devops'])).toThrow(UsageError);
    expect(() => parsePillars('add', ['devops'])).toThrow(/culture, automation, measurement, sharing/);
  });
});

describe('run', () => {
  it('turns usage mistakes into exit code 2 before touching any journal', async () => {
    const io = fakeIo();
    expect(await run(['add', 'text'], io)).toBe(2);
    expect(io.stderr).toMatch(/culture, automation, measurement, sharing/);
    expect(await run(['review'], fakeIo())).toBe(2);
    expect(await run(['import'], fakeIo())).toBe(2);
    expect(await run(['list', '--limit', '0'], fakeIo())).toBe(2);
    expect(await run(['nope'], fakeIo())).toBe(2);
    expect(io.stdout).toBe('');
  });
});

describe('terminal text', () => {
  it('drops CSI, OSC (BEL or ST ended), other escapes and C0/C1 controls, keeping the text around them', () => {
    expect(terminalText('\u001b]52;c;cm0gLXJmIH4=\u0007배포 \u001b[2Jreview')).toBe('배포 review');
    expect(terminalText('a\u001b]0;title\u001b\\b')).toBe('ab');
    expect(terminalText('\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\')).toBe('click');
    expect(terminalText('\u009b2Jx\u009d0;t\u009cy\u0085z')).toBe('xyz');
    expect(terminalText('a\u001b(0b\u001bcc\u001b7d\u001b')).toBe('abcd');
    expect(terminalText('a\u0000b\rc\u0008d\u007fe')).toBe('abcde');
    expect(terminalText('🚀 ok\u001b[38;5;196mred\u001b[0m')).toBe('🚀 okred');
  });

  it('an unterminated control string loses only its introducer', () => {
    expect(terminalText('a\u001b]52;c;xyz')).toBe('a52;c;xyz');
  });

  it('keeps tabs and line feeds in documents, turns them into spaces in a line', () => {
    expect(terminalText('a\tb\nc')).toBe('a b c');
    expect(terminalText('a\tb\nc\r\n', 'lines')).toBe('a\tb\nc\n');
    const plain = '# 배포\n\n본문 text';
    expect(terminalText(plain, 'lines')).toBe(plain);
  });

  it('takes linear time on 1 MB of escape introducers', () => {
    const size = 1024 * 1024;
    const benign = '배포 text '.repeat(size / 8);
    for (const hostile of ['\u001b]'.repeat(size / 2), '\u001b['.repeat(size / 2), '\u009d'.repeat(size), '\u001b'.repeat(size)]) {
      expect(slowdown(() => terminalText(benign), () => terminalText(hostile))).toBeLessThan(MAX_SLOWDOWN);
      expect(terminalText(hostile)).not.toMatch(CONTROL);
    }
  });
});

describe('standard input', () => {
  it('is read whole up to the limit and refused past it, without reading further', async () => {
    expect(await readAll(Readable.from([Buffer.from('배'), Buffer.from('포')]), 6)).toBe('배포');
    let pulled = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      for (;;) {
        pulled++;
        yield Buffer.alloc(64 * 1024, 0x61);
      }
    }
    await expect(readAll(endless(), 1024 * 1024)).rejects.toThrow(new CliError('Standard input is too large (the limit is 1 MB).'));
    expect(pulled).toBe(17); // 16 chunks fill the limit; the 17th goes past it, and reading stops
  });
});

describe('export and review on a terminal', () => {
  it('print the document without escape sequences; piped, it stays exact', async () => {
    const dir = tempDir('pileup-tty-');
    try {
      const db = dir.file('journal.db');
      const journal = Journal.open(db);
      journal.createMany([{ day: '2026-11-25', title: 'Deploy\u001b]52;c;eA==\u0007', body: 'line\u001b[2J\n\tindented', pillars: ['sharing'], tags: [] }], { skipExisting: false });
      journal.close();
      const onTerminal = fakeIo(true);
      expect(await run(['export', '--db', db], onTerminal)).toBe(0);
      expect(onTerminal.stdout).toContain('\n### Deploy\n');
      expect(onTerminal.stdout).toContain('line\n\tindented');
      expect(onTerminal.stdout).not.toMatch(CONTROL);
      const piped = fakeIo();
      expect(await run(['export', '--db', db], piped)).toBe(0);
      expect(piped.stdout).toContain('line\u001b[2J\n\tindented');
      const review = fakeIo(true);
      expect(await run(['review', '--db', db, '--week', '2026-W48'], review)).toBe(0);
      expect(review.stdout).toContain('Deploy');
      expect(review.stdout).not.toMatch(CONTROL);
    } finally {
      dir.cleanup();
    }
  });
});
