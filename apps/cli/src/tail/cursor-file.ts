import { readFileSync } from 'node:fs';
import { usageError } from '../cli-error';
import { writeFileAtomic } from '../io/atomic-write';

/**
 * The last event sequence a `tail` printed, kept in a file of one number so that a restarted `tail` resumes right
 * after it. Rewritten whole (temporary file, then rename) after each event.
 */
export class CursorFile {
  constructor(readonly path: string) {}

  /** Undefined when the file does not exist yet; a file that is not one sequence number is a usage error. */
  read(): number | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw usageError(`--cursor-file: cannot read ${this.path}`);
    }
    const trimmed = text.trim();
    const sequence = Number(trimmed);
    if (!/^\d+$/.test(trimmed) || !Number.isSafeInteger(sequence))
      throw usageError(`--cursor-file: ${this.path} does not hold an event sequence number`);
    return sequence;
  }

  write(sequence: number): void {
    writeFileAtomic(this.path, `${sequence}\n`);
  }
}
