import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, basename } from 'node:path';
import { once } from 'node:events';
import type { BulwarkClient, BulletinSummary, IndicatorType } from '@bulwark/client';
import { Command, Option } from 'commander';
import { withContext } from '../cli-context';
import { usageError } from '../cli-error';
import { INDICATOR_TYPES } from '../bulletins/bulletin-enums';
import { addListFilterOptions, bulletinFilter, type ListFilterOptions } from '../bulletins/filter-options';
import { pageSizeFor, take } from '../bulletins/take';
import { bulletinCsvHeader, bulletinCsvRow } from '../export/bulletin-csv';
import { exportIndicators } from '../export/export-indicators';
import { ExportProgress } from '../export/export-progress';
import { collectIndicatorTypes } from '../export/indicator-type-option';

interface ExportOptions extends ListFilterOptions {
  format: 'csv' | 'stix' | 'indicators';
  indicatorType?: IndicatorType[];
  output?: string;
}

export function exportCommand(): Command {
  return addListFilterOptions(
    new Command('export')
      .description(
        'every bulletin matching the filters, as CSV or as STIX 2.1 bundles (one JSON bundle per line), ' +
          "or their indicators as CSV (one row per indicator, with its bulletin's tier)",
      )
      .addOption(
        new Option('--format <format>', 'csv, stix or indicators')
          .choices(['csv', 'stix', 'indicators'])
          .default('csv'),
      )
      .option(
        '--indicator-type <type>',
        `with --format indicators: only these types (${INDICATOR_TYPES.join(', ')}); repeat or separate with commas`,
        collectIndicatorTypes,
      )
      .option('--output <file>', 'write to this file (replaced only when the export is complete) instead of stdout'),
  ).action(async (options: ExportOptions, command: Command) => {
    if (options.indicatorType && options.format !== 'indicators')
      throw usageError('--indicator-type: only with --format indicators');
    await withContext(command, async ({ client }) => {
      const sink = openSink(options.output);
      try {
        const write = (text: string) => sink.write(text);
        const done =
          options.format === 'indicators'
            ? await indicatorsTo(client, options, write)
            : await exportTo(client, options, write);
        await sink.commit();
        if (options.output) process.stderr.write(`exported ${done} to ${options.output}\n`);
      } catch (error) {
        sink.abandon();
        throw error;
      }
    });
  });
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** What was written, for the closing line: `3 bulletins`. */
async function exportTo(
  client: BulwarkClient,
  options: ExportOptions,
  write: (text: string) => Promise<void>,
): Promise<string> {
  const filter = bulletinFilter(options);
  const progress = new ExportProgress();
  const total = process.stderr.isTTY ? (await client.countBulletins(filter)).totalCount : undefined;
  const bulletins: AsyncIterable<BulletinSummary> = take(
    client.bulletins({ filter, pageSize: pageSizeFor(options.limit) }),
    options.limit,
  );
  let count = 0;
  if (options.format === 'csv') await write(bulletinCsvHeader());
  for await (const bulletin of bulletins) {
    if (options.format === 'csv') await write(bulletinCsvRow(bulletin));
    // The API's own bundle, re-serialised on one line: NDJSON, one bundle per bulletin.
    else await write(`${JSON.stringify(JSON.parse(await client.stixBundle(bulletin.id)))}\n`);
    count += 1;
    progress.update(count, total && options.limit ? Math.min(total, options.limit) : total);
  }
  progress.finish(count);
  return counted(count, 'bulletin');
}

async function indicatorsTo(
  client: BulwarkClient,
  options: ExportOptions,
  write: (text: string) => Promise<void>,
): Promise<string> {
  const filter = bulletinFilter(options);
  const count = await exportIndicators(client, { filter, limit: options.limit, types: options.indicatorType }, write);
  return `${counted(count.indicators, 'indicator')} of ${counted(count.bulletins, 'bulletin')}`;
}

interface Sink {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abandon(): void;
}

/** Stdout, or a temporary file renamed over `path` once everything is written: a failed export leaves no half file. */
function openSink(path: string | undefined): Sink {
  const stream = path
    ? createWriteStream(join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`))
    : process.stdout;
  const temporary = path ? (stream as ReturnType<typeof createWriteStream>).path.toString() : undefined;
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async commit() {
      if (!path || !temporary) return;
      stream.end();
      await once(stream, 'finish');
      renameSync(temporary, path);
    },
    abandon() {
      if (!temporary) return;
      stream.destroy();
      rmSync(temporary, { force: true });
    },
  };
}
