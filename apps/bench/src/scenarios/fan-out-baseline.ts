import { join } from 'node:path';
import { TIERS_IN_ORDER } from '@bulwark/domain';
import type { BenchContext } from '../bench-context';
import { processUsage, startProcess, stopProcess } from '../server-process';
import { ClientProcess } from './fan-out-client-process';
import { now, SUBSCRIPTION } from './fan-out.scenario';

export interface BareFanOutRun {
  sockets: number;
  connected: number;
  latencies: number[];
  delivered: number;
  expected: number;
  cpuMsPerEvent: number;
  rssKbPerSocket: number;
}

/** The same N sockets on a bare `ws` server that writes one pre-serialised frame (the API's own event) to each. */
export async function fanOutBare(ctx: BenchContext, count: number, sample: string | null): Promise<BareFanOutRun> {
  const server = await startProcess(ctx.root, join(ctx.root, 'dist/apps/bench/src/bare-ws-server.js'), {});
  const clients = ClientProcess.start(ctx.root);
  const pid = server.child.pid as number;
  try {
    const before = processUsage(pid);
    const connected = await clients.request(
      {
        cmd: 'connect',
        url: `${server.url.replace('http', 'ws')}/graphql`,
        tokens: [],
        socketTokens: Array.from({ length: count }, () => -1),
        query: SUBSCRIPTION,
        variables: {},
        parallel: 50,
        offset: 0,
      },
      'connected',
    );
    const template = JSON.parse(
      sample ?? '{"id":"1","type":"next","payload":{"data":{"bulletinEvents":{"bulletin":{"id":""}}}}}',
    ) as { payload: { data: { bulletinEvents: { bulletin: { id: string } } } } };
    const latencies: number[] = [];
    let delivered = 0;
    let cpuBefore = 0;
    const rounds = TIERS_IN_ORDER.length + 1;
    for (let round = 0; round < rounds; round++) {
      if (round === 1) cpuBefore = processUsage(pid).cpuMs; // round 0 is the warm-up
      const id = `bare-${round}`;
      template.payload.data.bulletinEvents.bulletin.id = id;
      const t0 = now();
      await fetch(`${server.url}/broadcast`, { method: 'POST', body: JSON.stringify(template) });
      const seen = await clients.request(
        { cmd: 'await', id, expected: connected.open, timeoutMs: 30_000, graceMs: 50 },
        'awaited',
      );
      if (round > 0) delivered += seen.count;
      if (round === 0) continue;
      const report = await clients.request({ cmd: 'report' }, 'report');
      for (const [, deliveredId, at] of report.deliveries) if (deliveredId === id) latencies.push(at - t0);
    }
    const after = processUsage(pid);
    ctx.log(`fan-out ${count} bare ws: ${delivered} deliveries of ${connected.open * (rounds - 1)}`);
    return {
      sockets: count,
      connected: connected.open,
      latencies,
      delivered,
      expected: connected.open * (rounds - 1),
      cpuMsPerEvent: Math.round((after.cpuMs - cpuBefore) / (rounds - 1)),
      rssKbPerSocket: Math.round(((after.rssKb - before.rssKb) / count) * 10) / 10,
    };
  } finally {
    await clients.stop();
    await stopProcess(server);
  }
}
