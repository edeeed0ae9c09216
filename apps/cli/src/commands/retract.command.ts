import { Command } from 'commander';
import { usageError } from '../cli-error';
import { withContext } from '../cli-context';
import { writeJsonLine } from '../io/output';
import { findBulletin } from './bulletins.command';

interface RetractOptions {
  reason?: string;
  json?: boolean;
}

export function retractCommand(): Command {
  return new Command('retract')
    .description(
      'retract a published bulletin: its reference and your reason stay, its text goes; readers are told, and those it was e-mailed to get a retraction',
    )
    .argument('<ref>', 'the bulletin’s reference (CISA-2026-0002) or id')
    .option('--reason <text>', 'why it is withdrawn, shown to every reader (required)')
    .option('--json', 'print the bulletin as JSON')
    .action(async (ref: string, options: RetractOptions, command: Command) => {
      const reason = options.reason?.trim();
      if (!reason) throw usageError('retract: --reason is required: readers are told why the bulletin is withdrawn');
      const retracted = await withContext(command, async ({ client }) => {
        const bulletin = await findBulletin(client, ref);
        // Under the version read: a change made meanwhile (an amendment) is a conflict, not silently withdrawn.
        return client.retract({ id: bulletin.id, reason, expectedVersion: bulletin.version });
      });
      if (options.json) writeJsonLine(retracted);
      else process.stdout.write(`${retracted.reference ?? retracted.id} ${retracted.status}\n`);
    });
}
