import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../db/test-support/temp';
import { fdWriter, writesDirectly, type WriterSystem } from './fd-writer';

function failure(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** A system whose writeSync answers from `script` (bytes taken, or an error code), then takes everything. */
function scripted(script: (number | string)[]): WriterSystem & { direct: Buffer[]; streamed: Buffer[]; closed: number } {
  const system = {
    direct: [] as Buffer[],
    streamed: [] as Buffer[],
    closed: 0,
    writeSync(_fd: number, bytes: Uint8Array): number {
      const step = script.shift();
      if (typeof step === 'string') throw failure(step);
      const taken = Math.min(step ?? bytes.length, bytes.length);
      system.direct.push(Buffer.from(bytes.subarray(0, taken)));
      return taken;
    },
    stream: () => ({ write: (chunk: string | Uint8Array) => void system.streamed.push(Buffer.from(chunk)) }),
    onClosed: () => void system.closed++,
  };
  return system;
}

describe('fdWriter', () => {
  it('writes all of the text when the system takes it in pieces, a Korean syllable split between them', () => {
    const system = scripted([2, 1, 3]);
    fdWriter(1, system)('배포 done\n');
    expect(Buffer.concat(system.direct).toString('utf8')).toBe('배포 done\n');
    expect(system.direct.length).toBeGreaterThan(3);
    expect(system.streamed).toEqual([]);
  });

  it('hands the rest and every later write to the stream after EAGAIN, in order and byte for byte', () => {
    const system = scripted([4, 'EAGAIN']);
    const write = fdWriter(1, system);
    write('회고 notes\n');
    write('second\n');
    expect(Buffer.concat([...system.direct, ...system.streamed]).toString('utf8')).toBe('회고 notes\nsecond\n');
    // The stream gets bytes, so the syllable cut after its first byte arrives whole.
    expect(Buffer.concat(system.direct).length).toBe(4);
    expect(system.streamed.length).toBe(2);
  });

  it('stops at EPIPE and says the reader went away', () => {
    const system = scripted(['EPIPE']);
    fdWriter(1, system)('lost\n');
    expect(system.closed).toBe(1);
    expect(system.direct).toEqual([]);
  });

  it('throws any other error', () => {
    expect(() => fdWriter(1, scripted(['EIO']))('x')).toThrow('EIO');
  });
});

describe('writesDirectly', () => {
  it('is true for a file and false for a descriptor that is not open', () => {
    const dir = tempDir();
    try {
      const fd = fs.openSync(dir.file('out.txt'), 'w');
      try {
        expect(writesDirectly(fd)).toBe(true);
      } finally {
        fs.closeSync(fd);
      }
      expect(writesDirectly(fd)).toBe(false);
    } finally {
      dir.cleanup();
    }
  });
});
