import { readFileSync } from 'node:fs';
import { usageError } from '../cli-error';

/** The whole of standard input (for --password-stdin and piped files). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** A file the user named, as bytes; `-` is standard input. A missing file is a usage error naming the flag. */
export async function readInputFile(path: string, what: string): Promise<Buffer> {
  if (path === '-') return Buffer.from(await readStdin(), 'utf8');
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot read it';
    throw usageError(`${what}: ${reason}: ${path}`);
  }
}
