import { Command } from 'commander';
import { usageError } from '../cli-error';
import { withContext } from '../cli-context';
import { addListFilterOptions, bulletinFilter, type ListFilterOptions } from '../bulletins/filter-options';
import { printBulletins } from '../bulletins/print-bulletins';
import { pageSizeFor, take } from '../bulletins/take';
import { DEFAULT_LIST_LIMIT } from './bulletins.command';

export function searchCommand(): Command {
  return addListFilterOptions(
    new Command('search')
      .description('bulletins matching words, most relevant first (web-search syntax: OR, "a phrase", -word)')
      .argument('<text...>', 'the words to find')
      .option('--json', 'one JSON bulletin per line'),
    DEFAULT_LIST_LIMIT,
  ).action(async (words: string[], options: ListFilterOptions & { json?: boolean }, command: Command) => {
    const text = words.join(' ').trim();
    if (!text) throw usageError('search: give some words to find');
    if (text.length > 200) throw usageError('search: at most 200 characters');
    const limit = options.limit ?? DEFAULT_LIST_LIMIT;
    await withContext(command, async ({ client }) => {
      const found = client.search(text, { filter: bulletinFilter(options), pageSize: pageSizeFor(limit) });
      await printBulletins(take(found, limit), options.json ?? false);
    });
  });
}
