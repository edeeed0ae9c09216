import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import WebSocket from 'ws';
import { frameText } from './ws-frame';

/**
 * A V8 CPU profile of the API over one phase only (not its start-up or the bench's set-up): the API runs with
 * `--inspect=127.0.0.1:<port>` and the bench drives the Chrome DevTools protocol's Profiler around the phase.
 * The file is the same .cpuprofile format `node --cpu-prof` writes.
 */
export class InspectorProfiler {
  private next = 0;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  private constructor(
    private readonly ws: WebSocket,
    readonly pid: number,
  ) {
    ws.on('message', (data) => {
      const message = JSON.parse(frameText(data)) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.waiting.get(message.id)?.(message.result);
    });
  }

  static async attach(port: number, pid: number): Promise<InspectorProfiler> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      webSocketDebuggerUrl: string;
    }[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error('no inspector target');
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    return new InspectorProfiler(ws, pid);
  }

  private call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.next;
    return new Promise((resolve) => {
      this.waiting.set(id, (result) => resolve(result as T));
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  async start(): Promise<void> {
    await this.call('Profiler.enable');
    await this.call('Profiler.setSamplingInterval', { interval: 200 });
    await this.call('Profiler.start');
  }

  async stop(file: string): Promise<void> {
    const { profile } = await this.call<{ profile: unknown }>('Profiler.stop');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
  }

  close(): void {
    this.ws.close();
  }
}
