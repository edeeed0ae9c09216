/**
 * The fan-out scenario's subscribers, in their own process (forked with IPC) so their CPU is not the server's.
 * Speaks graphql-transport-ws on plain `ws` sockets and does as little as it can per message: a timestamp and
 * the raw frame; frames are parsed later, while waiting, off the receiving path.
 */
import WebSocket, { type RawData } from 'ws';
import { frameText } from './ws-frame';

export type ClientCommand =
  | {
      cmd: 'connect';
      url: string;
      /** Bearer tokens; each socket names one by index, or -1 for an anonymous socket. */
      tokens: string[];
      socketTokens: number[];
      query: string;
      variables: Record<string, unknown>;
      parallel: number;
      /** Index of the first socket: a later batch continues the numbering. */
      offset: number;
    }
  | { cmd: 'terminate'; index: number }
  | { cmd: 'await'; id: string; expected: number; timeoutMs: number; graceMs: number }
  | { cmd: 'report' }
  | { cmd: 'close' };

export type ClientReply =
  | { type: 'connected'; open: number; failed: number; failures: Record<string, number>; ms: number }
  | { type: 'awaited'; id: string; count: number; sequence: number | null }
  | {
      type: 'report';
      deliveries: [number, string, number][];
      errors: string[];
      sample: string | null;
      dropped: number;
    };

interface Delivery {
  socket: number;
  at: number;
  data: RawData;
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const sockets: WebSocket[] = [];
const pending: Delivery[] = [];
const deliveries: [number, string, number][] = [];
const counts = new Map<string, number>();
const sequences = new Map<string, number>();
const errors: string[] = [];
let sample: string | null = null;
let dropped = 0;
let closing = false;

function send(reply: ClientReply): void {
  process.send?.(reply);
}

function open(index: number, url: string, token: string | null, query: string, variables: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    let acked = false;
    ws.on('open', () =>
      ws.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })),
    );
    ws.on('message', (data) => {
      if (acked) {
        pending.push({ socket: index, at: now(), data });
        return;
      }
      const message = JSON.parse(frameText(data)) as { type: string };
      if (message.type !== 'connection_ack') return;
      acked = true;
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
      sockets[index] = ws;
      resolve();
    });
    ws.on('close', (code) => {
      if (acked && !closing) dropped++;
      else reject(new Error(`closed ${code}`));
    });
    ws.on('error', (error) => {
      if (!acked) reject(error);
    });
  });
}

/** Parses what arrived since the last call. */
function drain(): void {
  for (const { socket, at, data } of pending.splice(0)) {
    const text = frameText(data);
    const message = JSON.parse(text) as {
      type: string;
      payload?: { data?: { bulletinEvents?: { sequence?: number; bulletin?: { id?: string } } }; errors?: unknown };
    };
    const event = message.payload?.data?.bulletinEvents;
    const id = event?.bulletin?.id;
    if (message.type === 'next' && id) {
      sample ??= text;
      deliveries.push([socket, id, at]);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (event.sequence !== undefined) sequences.set(id, event.sequence);
    } else if (errors.length < 20) {
      errors.push(text.slice(0, 300));
    }
  }
}

async function connect(command: Extract<ClientCommand, { cmd: 'connect' }>): Promise<void> {
  const started = performance.now();
  const failures: Record<string, number> = {};
  let next = 0;
  let opened = 0;
  const worker = async () => {
    while (next < command.socketTokens.length) {
      const position = next++;
      const tokenIndex = command.socketTokens[position] ?? -1;
      try {
        await open(
          command.offset + position,
          command.url,
          command.tokens[tokenIndex] ?? null,
          command.query,
          command.variables,
        );
        opened++;
      } catch (error) {
        const key = error instanceof Error ? error.message : String(error);
        failures[key] = (failures[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: command.parallel }, worker));
  send({
    type: 'connected',
    open: opened,
    failed: command.socketTokens.length - opened,
    failures,
    ms: Math.round(performance.now() - started),
  });
}

async function awaitDeliveries(command: Extract<ClientCommand, { cmd: 'await' }>): Promise<void> {
  const until = Date.now() + command.timeoutMs;
  for (;;) {
    drain();
    if ((counts.get(command.id) ?? 0) >= command.expected || Date.now() > until) break;
    await sleep(2);
  }
  // Anything beyond the expected count (a leak or a duplicate) has this long to show up.
  await sleep(command.graceMs);
  drain();
  send({
    type: 'awaited',
    id: command.id,
    count: counts.get(command.id) ?? 0,
    sequence: sequences.get(command.id) ?? null,
  });
}

process.on('message', (command: ClientCommand) => {
  switch (command.cmd) {
    case 'connect':
      void connect(command);
      break;
    case 'await':
      void awaitDeliveries(command);
      break;
    case 'terminate':
      sockets[command.index]?.removeAllListeners('close');
      sockets[command.index]?.terminate();
      break;
    case 'report':
      drain();
      send({ type: 'report', deliveries, errors, sample, dropped });
      break;
    case 'close':
      closing = true;
      for (const ws of sockets) ws?.terminate();
      setTimeout(() => process.exit(0), 50);
      break;
  }
});
