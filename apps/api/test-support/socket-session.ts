import type { ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from './test-app';

/**
 * One graphql-ws connection that stays open between operations (not lazy), so a test can prove that a change
 * reaches a socket that is already open. `connections` counts how often the client (re)connected.
 */
export interface SocketSession {
  readonly connections: number;
  /** How the server last closed the socket (code and reason), or null while it is open. */
  readonly closedWith: { code: number; reason: string } | null;
  /** Runs one operation (graphql-ws runs queries too) and resolves with its first result. */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<T>>;
  close(): Promise<void>;
}

/** A client that connects at once and never retries: what the server does with the connection is the test's. */
function eagerClient(t: TestApp, connectionParams: Record<string, unknown>): Client {
  return createClient({
    url: `${t.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
  });
}

export async function openSocketSession(t: TestApp, connectionParams: Record<string, unknown>): Promise<SocketSession> {
  let connections = 0;
  const client = eagerClient(t, connectionParams);
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => {
      connections++;
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`socket closed before connecting: ${JSON.stringify(event)}`)));
  });
  let closedWith: { code: number; reason: string } | null = null;
  client.on('closed', (event) => {
    const { code, reason } = event as { code: number; reason: string };
    closedWith = { code, reason };
  });
  return {
    get connections() {
      return connections;
    },
    get closedWith() {
      return closedWith;
    },
    run<T>(query: string, variables: Record<string, unknown> = {}) {
      return new Promise<ExecutionResult<T>>((resolve, reject) => {
        client.subscribe<T>(
          { query, variables },
          {
            next: (result) => resolve(result as ExecutionResult<T>),
            error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
            complete: () => undefined,
          },
        );
      });
    },
    async close() {
      await client.dispose();
    },
  };
}

/** A connection attempt: 'connected', or the code the server closed the socket with (4429, 4403 …). */
export interface SocketAttempt {
  readonly outcome: number | 'connected';
  /** Closes the socket, then waits `settleMs` so the server has seen it go. */
  close(): Promise<void>;
}

/** Opens a graphql-ws connection and resolves once the server has accepted or refused it. */
export function attemptSocket(
  t: TestApp,
  connectionParams: Record<string, unknown>,
  settleMs = 50,
): Promise<SocketAttempt> {
  return new Promise((resolve) => {
    const client = eagerClient(t, connectionParams);
    const close = async () => {
      await client.dispose();
      await new Promise((settled) => setTimeout(settled, settleMs));
    };
    client.on('connected', () => resolve({ outcome: 'connected', close }));
    client.on('closed', (event) => resolve({ outcome: (event as { code: number }).code, close }));
  });
}
