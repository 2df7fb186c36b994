// Files the browser host made for the browser to download (a streamed
// export): kept in a folder of this run under an unguessable name, sent
// once, then removed; the folder goes when the host stops.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { safeMarkdownFileName } from '../db/files';
import { SECURITY_HEADERS } from './security';

/** A download not fetched within this long is removed. */
const KEEP_MS = 10 * 60_000;

export interface Downloads {
  /** A new file path to write; `id` names it in the download address. */
  reserve(): { id: string; path: string; discard(): void };
  /** Sends download `id` as an attachment named `name`, then removes it. */
  send(req: http.IncomingMessage, res: http.ServerResponse, id: string, name: string | null): void;
  close(): void;
}

export function createDownloads(dir: string): Downloads {
  const files = new Map<string, { path: string; timer: NodeJS.Timeout }>();
  const remove = (id: string): void => {
    const file = files.get(id);
    if (!file) return;
    files.delete(id);
    clearTimeout(file.timer);
    fs.rmSync(file.path, { force: true });
  };
  return {
    reserve() {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const id = randomBytes(24).toString('base64url');
      const file = path.join(dir, `${id}.md`);
      const timer = setTimeout(() => remove(id), KEEP_MS);
      timer.unref();
      files.set(id, { path: file, timer });
      return { id, path: file, discard: () => remove(id) };
    },
    send(req, res, id, name) {
      const file = files.get(id);
      if (req.method !== 'GET' || !file || !fs.existsSync(file.path)) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end('This download is gone: export again.\n');
        return;
      }
      const fileName = safeMarkdownFileName(name ?? 'pileup.md');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/markdown; charset=utf-8',
        'content-length': String(fs.statSync(file.path).size),
        'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      });
      const stream = fs.createReadStream(file.path);
      stream.pipe(res);
      res.on('close', () => remove(id));
    },
    close() {
      for (const id of [...files.keys()]) remove(id);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
