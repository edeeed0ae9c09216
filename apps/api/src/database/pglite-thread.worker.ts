// The worker thread of pglite-thread.ts: opens the data directory, then answers wire-protocol requests one by one.
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { openPglite } from './pglite';
import type { PgliteSource } from './pglite-source';
import type { ThreadReply, ThreadRequest } from './pglite-thread';

const port = parentPort;
if (!port) throw new Error('pglite-thread.worker runs as a worker thread');

const opening = openPglite(workerData as PgliteSource);
opening.then(
  () => port.postMessage({ id: 0 } satisfies ThreadReply),
  (error: unknown) => port.postMessage({ id: 0, error: describe(error) } satisfies ThreadReply),
);

function describe(error: unknown): { message: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as Error & { code?: unknown }).code;
  return { message: error.message, ...(typeof code === 'string' && { code }) };
}

async function answer(pglite: PGlite, request: ThreadRequest): Promise<ThreadReply> {
  if (request.kind === 'close') {
    await pglite.close();
    return { id: request.id };
  }
  const data = await pglite.execProtocolRaw(request.message);
  return { id: request.id, data };
}

// One request at a time, in order: PGlite is one session, and the client side queues as a connection would.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: ThreadRequest) => {
  queue = queue.then(async () => {
    try {
      const reply = await answer(await opening, request);
      port.postMessage(reply, reply.data ? [reply.data.buffer as ArrayBuffer] : []);
    } catch (error) {
      port.postMessage({ id: request.id, error: describe(error) } satisfies ThreadReply);
    }
  });
  if (request.kind === 'close') void queue.then(() => port.close());
});
