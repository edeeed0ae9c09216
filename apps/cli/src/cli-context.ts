import { BulwarkClient, type BulwarkClientOptions, type StoredSession } from '@bulwark/client';
import type { Command } from 'commander';
import WebSocket from 'ws';
import { CliError } from './cli-error';
import { CredentialsStore, type StoredCredentials } from './config/credentials-store';
import { CredentialsSessionStore } from './config/credentials-session-store';
import { ExitCode } from './exit-codes';
import { CLI_VERSION } from './version';

export const DEFAULT_URL = 'http://127.0.0.1:3000';

export interface GlobalOptions {
  url?: string;
}

/** What every command that talks to the server starts from. */
export interface CliContext {
  readonly url: string;
  readonly store: CredentialsStore;
  readonly client: BulwarkClient;
  /** How the client is signed in. */
  readonly auth: 'api-key' | 'session' | 'none';
}

function globalOptions(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

/** `--url`, else `$BULWARK_URL`, else the server of the stored sign-in, else the local default. */
export function serverUrl(command: Command, stored?: StoredCredentials): string {
  const url = globalOptions(command).url ?? process.env['BULWARK_URL'] ?? stored?.url ?? DEFAULT_URL;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new CliError(`--url: not an http(s) URL: ${url}`, ExitCode.USAGE);
  }
  return url.replace(/\/+$/, '');
}

function baseOptions(url: string): BulwarkClientOptions {
  return { url, webSocketImpl: WebSocket, userAgent: `bulwark-cli/${CLI_VERSION}` };
}

/**
 * Writes a sign-in to the credentials file (login). Its refresh token only: the first command renews it, so a
 * session the server cannot renew shows at once rather than after the access token's 15 minutes.
 */
export function persistSession(store: CredentialsStore, url: string, email: string) {
  const sessions = new CredentialsSessionStore(store, url, email);
  // Under the lock other processes renew under: a renewal of the previous session cannot overwrite this one.
  return (session: StoredSession | null): Promise<void> =>
    sessions.exclusive(() =>
      sessions.save(
        session && { refreshToken: session.refreshToken, refreshTokenExpiresAt: session.refreshTokenExpiresAt },
      ),
    );
}

/**
 * A client as the user is signed in: with `$BULWARK_API_KEY` the key (stored credentials ignored), else the stored
 * session when it belongs to this server.
 */
export interface ContextOptions {
  /** False: commands that also work anonymously. */
  requireSignIn?: boolean;
  /** False: the stored session even when `$BULWARK_API_KEY` is set (logout). */
  useApiKey?: boolean;
}

export function openContext(command: Command, options: ContextOptions = {}): CliContext {
  const store = new CredentialsStore();
  const apiKey = (options.useApiKey ?? true) ? process.env['BULWARK_API_KEY'] : undefined;
  if (apiKey) {
    const url = serverUrl(command);
    return { url, store, auth: 'api-key', client: new BulwarkClient({ ...baseOptions(url), apiKey }) };
  }
  const stored = store.read();
  const url = serverUrl(command, stored);
  if (stored && stored.url === url) {
    const sessionStore = new CredentialsSessionStore(store, url, stored.email);
    const client = new BulwarkClient({ ...baseOptions(url), sessionStore });
    return { url, store, auth: 'session', client };
  }
  if (options.requireSignIn ?? true) {
    const hint = stored ? ` (signed in to ${stored.url}, not ${url})` : '';
    throw new CliError(`not signed in${hint}: run bulwark login, or set BULWARK_API_KEY`, ExitCode.UNAUTHENTICATED);
  }
  return { url, store, auth: 'none', client: new BulwarkClient(baseOptions(url)) };
}

/** Runs `work` with a context and always closes the client's sockets and timers. */
export async function withContext<T>(
  command: Command,
  work: (context: CliContext) => Promise<T>,
  options: ContextOptions = {},
): Promise<T> {
  const context = openContext(command, options);
  try {
    return await work(context);
  } finally {
    await context.client.close();
  }
}
