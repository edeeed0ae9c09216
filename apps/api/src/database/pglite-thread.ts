import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { type PgliteSource, pgliteCreation } from './pglite-source';

export type ThreadRequest = { id: number; kind: 'exec'; message: Uint8Array } | { id: number; kind: 'close' };
export interface ThreadReply {
  id: number;
  data?: Uint8Array;
  error?: { message: string; code?: string };
}

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];

const WORKER_FILE = join(__dirname, 'pglite-thread.worker.js');

/** A data directory's PGlite runs on a worker thread when the worker is built (dist); from sources, in-process. */
export function pgliteThreadAvailable(): boolean {
  return existsSync(WORKER_FILE);
}

/**
 * PGlite on a worker thread, seen through the part of its interface the node-postgres adapter uses
 * (`waitReady`, `execProtocolStream`). Opening it (WebAssembly compile, PostgreSQL's start) overlaps with the
 * loading of the server's code, on the other core, and its queries run beside the server's JavaScript. The wire
 * protocol crosses the thread as bytes and is parsed here, as PGlite itself parses it.
 */
export class PgliteThread {
  readonly waitReady: Promise<void>;
  /** How the database came to be: it existed, from the built template, or by initdb (decided at start). */
  readonly creation: ReturnType<typeof pgliteCreation>;
  closed = false;
  private readonly worker: Worker;
  /** Loaded at the first query, not before the thread starts: the start is waiting for it. */
  private parser: InstanceType<typeof import('@electric-sql/pglite').protocol.Parser> | null = null;
  private readonly pending = new Map<number, { resolve(reply: ThreadReply): void; reject(error: Error): void }>();
  private nextId = 1;

  /** `workerFile`: the built worker; tests, which run from sources, pass the one in dist. */
  constructor(
    readonly source: PgliteSource & { dataDir: string },
    workerFile = WORKER_FILE,
  ) {
    this.creation = pgliteCreation(source);
    this.worker = new Worker(workerFile, { workerData: source });
    this.worker.on('message', (reply: ThreadReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('the database thread has stopped')));
    this.waitReady = new Promise<ThreadReply>((resolve, reject) => this.pending.set(0, { resolve, reject })).then(
      (reply) => {
        if (reply.error) throw threadError(reply.error);
      },
    );
    // Until someone waits for it: a failed open is reported by whoever opens the database.
    this.waitReady.catch(() => undefined);
  }

  async execProtocolStream(message: Uint8Array): Promise<BackendMessage[]> {
    // A copy: the bytes are moved to the thread, and the caller's buffer may be shared.
    const reply = await this.request({ id: this.nextId++, kind: 'exec', message: message.slice() });
    const messages: BackendMessage[] = [];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see `parser`
    this.parser ??= new (require('@electric-sql/pglite') as typeof import('@electric-sql/pglite')).protocol.Parser();
    if (reply.data) this.parser.parse(reply.data, (parsed) => messages.push(parsed));
    return messages;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.waitReady.catch(() => undefined);
    await this.request({ id: this.nextId++, kind: 'close' }).catch(() => undefined);
    this.closed = true;
    await this.worker.terminate();
  }

  private async request(request: ThreadRequest): Promise<ThreadReply> {
    if (this.closed) throw new Error('the database is closed');
    const reply = await new Promise<ThreadReply>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request, request.kind === 'exec' ? [request.message.buffer as ArrayBuffer] : []);
    });
    if (reply.error) throw threadError(reply.error);
    return reply;
  }

  private settle(reply: ThreadReply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    waiting?.resolve(reply);
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id);
      waiting.reject(error);
    }
  }
}

function threadError({ message, code }: { message: string; code?: string }): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}
