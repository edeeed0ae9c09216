import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

/** A TCP proxy in front of a test server that a test can cut, as a dropped network or a restarted server would. */
export interface CuttableTcpProxy {
  /** `http://127.0.0.1:<proxy port>`: a client's base URL, its WebSocket going through the proxy too. */
  readonly url: string;
  /** `ws://127.0.0.1:<proxy port>/graphql`. */
  readonly wsUrl: string;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** When each connection was accepted (performance.now()), HTTP and WebSocket alike. */
  readonly acceptedAt: readonly number[];
  /** Connections open now. */
  readonly open: number;
  /** Destroys every open connection on both sides, without a close frame; returns how many it cut. */
  cut(): number;
  /** Stops forwarding on every open connection, leaving it open: a connection that died silently. */
  freeze(): number;
  close(): Promise<void>;
}

interface Connection {
  readonly client: Socket;
  readonly upstream: Socket;
}

/** Starts a proxy on a free loopback port that forwards every connection to `targetUrl`'s host and port. */
export async function startCuttableTcpProxy(targetUrl: string): Promise<CuttableTcpProxy> {
  const target = new URL(targetUrl);
  const connections = new Set<Connection>();
  const acceptedAt: number[] = [];
  const server = createServer((client) => {
    acceptedAt.push(performance.now());
    const upstream = connect(Number(target.port), target.hostname);
    const connection = { client, upstream };
    connections.add(connection);
    const drop = () => {
      connections.delete(connection);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const cut = () => {
    const open = [...connections];
    for (const { client, upstream } of open) {
      client.destroy();
      upstream.destroy();
    }
    connections.clear();
    return open.length;
  };
  const freeze = () => {
    for (const { client, upstream } of connections) {
      client.unpipe(upstream).pause();
      upstream.unpipe(client).pause();
    }
    return connections.size;
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    get accepted() {
      return acceptedAt.length;
    },
    acceptedAt,
    get open() {
      return connections.size;
    },
    cut,
    freeze,
    async close() {
      cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
