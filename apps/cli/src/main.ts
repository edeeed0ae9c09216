import { CommanderError } from 'commander';
import { describeFailure } from './cli-error';
import { ExitCode } from './exit-codes';
import { buildProgram } from './program';

/** Exits once what was written to stdout is out (a pipe may still hold it), whatever sockets are left open. */
function exit(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.exit(code));
}

async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`bulwark bulletins list --json | head -1`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.OK);
  });
  try {
    await buildProgram().parseAsync([...argv]);
    exit(ExitCode.OK);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own line (help, version, or the bad flag).
      exit(error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE);
      return;
    }
    const failure = describeFailure(error);
    if (failure.message) process.stderr.write(`bulwark: ${failure.message}\n`);
    if (process.env['BULWARK_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
    exit(failure.exitCode);
  }
}

void main(process.argv);
