// The worker thread of prepare-in-background.ts: prepares each chunk of
// documents it is sent and posts it back packed as UTF-8, in the same order.
// A chunk it cannot prepare is answered with null: the rest is then
// prepared on the importing thread.
import { Buffer } from 'node:buffer';
import { workerData } from 'node:worker_threads';
import { prepareDoc, type IndexableText } from './prepare';
import { FIELDS, type PackedChunk, type PrepareWorkerData } from './prepare-protocol';

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

const { port } = workerData as PrepareWorkerData;
port.on('message', (docs: IndexableText[]) => {
  try {
    const chunk = pack(docs);
    port.postMessage(chunk, [chunk.bytes.buffer, chunk.ends.buffer]);
  } catch {
    port.postMessage(null);
    port.close();
  }
});
