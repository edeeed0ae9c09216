import { BulwarkError } from '@bulwark/client';
import { Command, InvalidArgumentError } from 'commander';
import { CliError } from '../cli-error';
import { ExitCode } from '../exit-codes';
import { withContext } from '../cli-context';
import { addEventFilterOptions, eventFilter, type EventFilterOptions } from '../bulletins/filter-options';
import { writeJsonLine } from '../io/output';
import { CursorFile } from '../tail/cursor-file';

interface TailOptions extends EventFilterOptions {
  feed?: string;
  since?: number;
  cursorFile?: string;
}

function sequenceNumber(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value))
    throw new InvalidArgumentError('expected an event sequence number.');
  return value;
}

export function tailCommand(): Command {
  return addEventFilterOptions(
    new Command('tail')
      .description('print bulletin events as they happen, one JSON object per line, until interrupted')
      .option('--feed <id>', 'the events of one of your saved feeds')
      .option('--since <seq>', 'start after this event sequence (events missed meanwhile come first)', sequenceNumber)
      .option(
        '--cursor-file <path>',
        'resume after the sequence in this file, and rewrite it after each event: a restarted tail prints each event once',
      ),
  ).action(async (options: TailOptions, command: Command) => {
    const cursor = options.cursorFile ? new CursorFile(options.cursorFile) : undefined;
    await withContext(command, async ({ client }) => {
      let since = cursor?.read() ?? options.since;
      if (cursor && since === undefined) {
        // Written now, not at the first event: a tail stopped before any event resumes from here, missing nothing.
        since = await client.latestEventSequence();
        cursor.write(since);
      }
      const stream = client.events({ feedId: options.feed, filter: eventFilter(options), since });
      let stopped = false;
      const end = () => {
        stopped = true;
        void stream.close();
      };
      process.once('SIGINT', end);
      process.once('SIGTERM', end);
      try {
        for await (const event of stream) {
          if (since !== undefined && event.sequence <= since) continue; // never twice, whatever the server resends
          // Printed, then recorded, in one synchronous step: a signal cannot fall between the two.
          writeJsonLine(event);
          cursor?.write(event.sequence);
          since = event.sequence;
          if (stopped) break;
        }
      } catch (error) {
        if (stopped) return; // interrupted: a clean end, whatever the closing stream reported
        throw explainSinceExpired(error, options.cursorFile);
      } finally {
        process.off('SIGINT', end);
        process.off('SIGTERM', end);
        await stream.close();
      }
    });
  });
}

/** A resume point older than the event log keeps: say what to do instead of the API's bare refusal. */
function explainSinceExpired(error: unknown, cursorFile: string | undefined): unknown {
  if (!(error instanceof BulwarkError) || error.extensions['reason'] !== 'SINCE_EXPIRED') return error;
  const oldest = error.extensions['oldestSequence'];
  const start = cursorFile ? `the sequence in ${cursorFile}` : '--since';
  return new CliError(
    `${start} is older than the event log keeps${typeof oldest === 'number' ? ` (oldest ${oldest})` : ''}: ` +
      `catch up with bulwark bulletins list, then start again without it`,
    ExitCode.USAGE,
  );
}
