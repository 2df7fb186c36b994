// Messages between the renderer and the markdown worker.
import type { Root } from 'hast';

export interface ParseRequest {
  id: number;
  source: string;
}

export type ParseReply = { id: number; ok: true; tree: Root } | { id: number; ok: false; message: string };
