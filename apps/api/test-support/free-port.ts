import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback port nobody listens on now, for an app whose own address must be known before it starts (its
 * PUBLIC_URL: the redirect URI an identity provider is told about).
 */
export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
