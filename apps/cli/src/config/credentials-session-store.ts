import { join } from 'node:path';
import type { SessionStore, StoredSession } from '@bulwark/client';
import type { CredentialsStore } from './credentials-store';
import { FileLock } from './file-lock';

/**
 * The session in the credentials file, shared by every `bulwark` process of the user (a `tail` running while
 * `publish` is used, a script running commands in a loop). The client renews under the lock file with the newest
 * refresh token in the file, and takes the access token saved there while it has time left: a refresh token works
 * once, and refreshSession counts against the sign-in budget (docs/api.md "Refresh the session", "Limits").
 */
export class CredentialsSessionStore implements SessionStore {
  private readonly lock: FileLock;

  constructor(
    private readonly credentials: CredentialsStore,
    private readonly url: string,
    private readonly email: string,
  ) {
    this.lock = new FileLock(join(credentials.directory, 'credentials.lock'));
  }

  /** The file's session while it belongs to this server; a broken file counts as none. */
  load(): Promise<StoredSession | null> {
    const stored = this.credentials.readIfValid();
    if (!stored || stored.url !== this.url) return Promise.resolve(null);
    const { refreshToken, refreshTokenExpiresAt, accessToken, accessTokenExpiresAt } = stored;
    return Promise.resolve({ refreshToken, refreshTokenExpiresAt, accessToken, accessTokenExpiresAt });
  }

  save(session: StoredSession | null): Promise<void> {
    if (session) this.credentials.write({ url: this.url, email: this.email, ...session });
    else this.credentials.remove();
    return Promise.resolve();
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    this.credentials.makeDirectory(); // the lock file's, at the first sign-in
    await this.lock.acquire();
    try {
      return await work();
    } finally {
      this.lock.release();
    }
  }
}
