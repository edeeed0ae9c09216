import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A lock held longer than this is taken to be left by a process that died holding it. */
const STALE_AFTER_MS = 30_000;
const POLL_MS = 25;

/**
 * A lock between processes of the same user: a file created exclusively, removed on release (and at exit, should the
 * holder end first). Held for milliseconds, around one refresh of the shared session.
 */
export class FileLock {
  private held = false;
  private readonly releaseAtExit = () => this.release();

  constructor(readonly path: string) {}

  async acquire(timeoutMs = STALE_AFTER_MS + 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const fd = openSync(this.path, 'wx', 0o600);
        writeSync(fd, `${process.pid}\n`);
        closeSync(fd);
        this.held = true;
        process.once('exit', this.releaseAtExit);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (this.isStale()) rmSync(this.path, { force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${this.path}`);
      else await sleep(POLL_MS);
    }
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    process.off('exit', this.releaseAtExit);
    rmSync(this.path, { force: true });
  }

  private isStale(): boolean {
    try {
      return Date.now() - statSync(this.path).mtimeMs > STALE_AFTER_MS;
    } catch {
      return false; // gone meanwhile: try again
    }
  }
}
