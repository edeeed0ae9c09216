import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredSession } from '@bulwark/client';
import { CliError } from '../cli-error';
import { ExitCode } from '../exit-codes';
import { writeFileAtomic } from '../io/atomic-write';
import { configDirectory } from './config-dir';

export interface StoredCredentials extends StoredSession {
  url: string;
  email: string;
}

/** Only the user may read the refresh token: the file 0600, its directory 0700. */
const FILE_MODE = 0o600;
const DIRECTORY_MODE = 0o700;

/**
 * `credentials.json` in the config directory: the server, who signed in, the refresh token to resume with and the
 * last access token, reused by the next commands instead of a renewal each (credentials-session-store.ts).
 */
export class CredentialsStore {
  readonly directory: string;
  readonly path: string;

  constructor(directory: string = configDirectory()) {
    this.directory = directory;
    this.path = join(directory, 'credentials.json');
  }

  /** Like read, but a broken file counts as none (it is about to be replaced). */
  readIfValid(): StoredCredentials | undefined {
    try {
      return this.read();
    } catch {
      return undefined;
    }
  }

  read(): StoredCredentials | undefined {
    if (!existsSync(this.path)) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      throw new CliError(`${this.path} is not valid JSON: remove it and sign in again`, ExitCode.UNAUTHENTICATED);
    }
    if (!isStoredCredentials(parsed))
      throw new CliError(
        `${this.path} is not a credentials file: remove it and sign in again`,
        ExitCode.UNAUTHENTICATED,
      );
    return parsed;
  }

  write(credentials: StoredCredentials): void {
    this.makeDirectory();
    const { url, email, refreshToken, refreshTokenExpiresAt, accessToken, accessTokenExpiresAt } = credentials;
    const fields = { url, email, refreshToken, refreshTokenExpiresAt, accessToken, accessTokenExpiresAt };
    const content = `${JSON.stringify(fields, null, 2)}\n`;
    writeFileAtomic(this.path, content, { mode: FILE_MODE, directoryMode: DIRECTORY_MODE });
  }

  /** The config directory, 0700 (where the credentials file and its lock live). */
  makeDirectory(): void {
    mkdirSync(this.directory, { recursive: true, mode: DIRECTORY_MODE });
    // A directory made earlier by someone else's umask is tightened too: the token is a password.
    chmodSync(this.directory, DIRECTORY_MODE);
  }

  remove(): boolean {
    if (!existsSync(this.path)) return false;
    rmSync(this.path, { force: true });
    return true;
  }
}

function isStoredCredentials(value: unknown): value is StoredCredentials {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['url', 'email', 'refreshToken', 'refreshTokenExpiresAt'].every((key) => typeof record[key] === 'string');
}
