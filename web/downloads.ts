// Files the browser host made for the browser to download (a streamed
// export). An <a download> click cannot send the token header, so the
// download's address is its own credential: an unguessable id, handed only to
// a caller that had the token, good for one fetch and for a short while.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { safeMarkdownFileName } from '../db/files';
import { SECURITY_HEADERS } from './security';

/** A download not fetched within this long after it was offered is removed. */
export const DOWNLOAD_KEEP_MS = 60_000;

export interface ReservedDownload {
  /** Where to write the file. */
  path: string;
  /** The file is written: makes it fetchable once, for `keepMs`, and returns its id. */
  offer(): string;
  /** The file will not be offered (the export failed or was cancelled): removes it. */
  discard(): void;
}

export interface Downloads {
  reserve(): ReservedDownload;
  /** Sends download `id` as an attachment named `name`; the id is spent as soon as the fetch starts. */
  send(req: http.IncomingMessage, res: http.ServerResponse, id: string, name: string | null): void;
  close(): void;
}

export function createDownloads(dir: string, keepMs: number = DOWNLOAD_KEEP_MS): Downloads {
  const offered = new Map<string, { path: string; timer: NodeJS.Timeout }>();
  const removeFile = (file: string): void => fs.rmSync(file, { force: true });
  /** Takes an offer back (fetched, expired or shutting down); its file is the caller's to remove. */
  const take = (id: string): string | null => {
    const entry = offered.get(id);
    if (!entry) return null;
    offered.delete(id);
    clearTimeout(entry.timer);
    return entry.path;
  };
  return {
    reserve() {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      const id = randomBytes(24).toString('base64url');
      const file = path.join(dir, `${id}.md`);
      return {
        path: file,
        offer() {
          const timer = setTimeout(() => {
            const expired = take(id);
            if (expired) removeFile(expired);
          }, keepMs);
          timer.unref();
          offered.set(id, { path: file, timer });
          return id;
        },
        discard: () => removeFile(file),
      };
    },
    send(req, res, id, name) {
      const file = req.method === 'GET' ? take(id) : null;
      if (file === null || !fs.existsSync(file)) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
        res.end('This download is gone: export again.\n');
        return;
      }
      const fileName = safeMarkdownFileName(name ?? 'pileup.md');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/markdown; charset=utf-8',
        'content-length': String(fs.statSync(file).size),
        'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      });
      fs.createReadStream(file).pipe(res);
      res.on('close', () => removeFile(file));
    },
    close() {
      for (const id of [...offered.keys()]) take(id);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
