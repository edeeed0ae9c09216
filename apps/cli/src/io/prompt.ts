import { createInterface } from 'node:readline';
import { usageError } from '../cli-error';

/** A question on the terminal, the answer echoed (an email, a one-time code). */
export async function ask(question: string, flag: string): Promise<string> {
  if (!process.stdin.isTTY) throw usageError(`${flag} is required when standard input is not a terminal`);
  const reader = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return await new Promise<string>((resolve, reject) => {
      reader.once('SIGINT', () => reject(usageError('cancelled')));
      reader.question(question, (answer) => resolve(answer.trim()));
    });
  } finally {
    reader.close();
  }
}

/** A secret typed on the terminal and not shown (the password). */
export async function askSecret(question: string, flag: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) throw usageError(`${flag} is required when standard input is not a terminal`);
  process.stderr.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let secret = '';
      const onData = (chunk: string) => {
        for (const character of chunk) {
          if (character === '\r' || character === '\n' || character === '\u0004') {
            input.off('data', onData);
            resolve(secret);
            return;
          }
          if (character === '\u0003') {
            input.off('data', onData);
            reject(usageError('cancelled'));
            return;
          }
          if (character === '\u007f' || character === '\b') secret = secret.slice(0, -1);
          else if (character >= ' ') secret += character;
        }
      };
      input.on('data', onData);
    });
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
}
