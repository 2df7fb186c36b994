// Parses markdown sections off the main thread: micromark is the slow part of
// rendering a big body. Same-origin module worker, so the CSP's 'self' covers it.
import { markdownToHast } from './pipeline';
import type { ParseReply, ParseRequest } from './markdownWorkerProtocol';

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, source } = event.data;
  let reply: ParseReply;
  try {
    reply = { id, ok: true, tree: markdownToHast(source) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
