import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Permission bits of the file (the temporary file is created with them, so it is never readable by others). */
  mode?: number;
  /** Permission bits of the directory when it has to be created. */
  directoryMode?: number;
}

/**
 * Replaces `path` with `content` so that a reader (or a process killed half-way) sees the old file or the new one,
 * never a part: written to a temporary file beside it, flushed, then renamed over it. Synchronous on purpose: a
 * signal arriving meanwhile is handled only after the rename.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const directory = dirname(path);
  mkdirSync(directory, { recursive: true, mode: options.directoryMode ?? 0o755 });
  const temporary = join(directory, `.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, 'wx', options.mode ?? 0o644);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
