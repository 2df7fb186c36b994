// The worker thread of prepare-in-background.ts: prepares each chunk of
// documents it is sent, posts it back packed as UTF-8 and counts it in
// `state`, which the importing thread waits on (it is inside a transaction and
// cannot take events).
import { Buffer } from 'node:buffer';
import { workerData } from 'node:worker_threads';
import { prepareDoc, type IndexableText } from './prepare';
import { CHUNKS_DONE, FAILED, FIELDS, type PackedChunk, type PrepareWorkerData } from './prepare-protocol';

function pack(docs: readonly IndexableText[]): PackedChunk {
  const values = docs.flatMap((doc) => {
    const prepared = prepareDoc(doc);
    return FIELDS.map((field) => prepared[field]);
  });
  const bytes = Buffer.alloc(values.reduce((n, v) => n + Buffer.byteLength(v), 0));
  const ends = new Uint32Array(values.length);
  let at = 0;
  values.forEach((value, i) => {
    at += bytes.write(value, at);
    ends[i] = at;
  });
  return { bytes, ends };
}

const { port, state } = workerData as PrepareWorkerData;
port.on('message', (docs: IndexableText[]) => {
  try {
    const chunk = pack(docs);
    port.postMessage(chunk, [chunk.bytes.buffer, chunk.ends.buffer]);
    Atomics.add(state, CHUNKS_DONE, 1);
  } catch {
    Atomics.store(state, FAILED, 1);
    port.close();
  }
  Atomics.notify(state, CHUNKS_DONE);
});
