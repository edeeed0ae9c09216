import type { Bulletin, BulwarkClient } from '@bulwark/client';
import { Command } from 'commander';
import { CliError } from '../cli-error';
import { withContext } from '../cli-context';
import { ExitCode } from '../exit-codes';
import { describeBulletin } from '../bulletins/bulletin-format';
import { addListFilterOptions, bulletinFilter, type ListFilterOptions } from '../bulletins/filter-options';
import { printBulletins } from '../bulletins/print-bulletins';
import { pageSizeFor, take } from '../bulletins/take';
import { writeJsonLine } from '../io/output';
import { styleFor } from '../io/terminal-style';

export const DEFAULT_LIST_LIMIT = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function bulletinsCommand(): Command {
  const list = addListFilterOptions(
    new Command('list')
      .description('bulletins you may read, newest first')
      .option('--json', 'one JSON bulletin per line'),
    DEFAULT_LIST_LIMIT,
  ).action(async (options: ListFilterOptions & { json?: boolean }, command: Command) => {
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    await withContext(command, async ({ client }) => {
      const bulletins = client.bulletins({ filter: bulletinFilter(options), pageSize: pageSizeFor(limit) });
      await printBulletins(take(bulletins, limit), options.json ?? false);
    });
  });

  const show = new Command('show')
    .description('one bulletin, by reference (CISA-2026-0002) or id')
    .argument('<ref>', 'the reference or id')
    .option('--json', 'the bulletin as JSON')
    .action(async (ref: string, options: { json?: boolean }, command: Command) => {
      const bulletin = await withContext(command, ({ client }) => findBulletin(client, ref));
      if (options.json) writeJsonLine(bulletin);
      else process.stdout.write(describeBulletin(bulletin, styleFor(process.stdout)));
    });

  return new Command('bulletins').description('list and read bulletins').addCommand(list).addCommand(show);
}

export async function findBulletin(client: BulwarkClient, ref: string): Promise<Bulletin> {
  const trimmed = ref.trim();
  const bulletin = UUID.test(trimmed)
    ? await client.bulletin(trimmed)
    : await client.bulletinByReference(trimmed.toUpperCase());
  if (!bulletin) throw new CliError(`no bulletin ${trimmed} that you may read`, ExitCode.NOT_FOUND);
  return bulletin;
}
