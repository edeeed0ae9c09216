import type { BulletinFilter, BulwarkClient, IndicatorType } from '@bulwark/client';
import { pageSizeFor, take } from '../bulletins/take';
import {
  bulletinsWithIndicators,
  type BulletinsWithIndicatorsPage,
  type BulletinsWithIndicatorsVariables,
  type RequestPage,
} from './bulletin-indicator-pages';
import { ExportProgress } from './export-progress';
import { indicatorCsvHeader, indicatorCsvRows } from './indicator-csv';

export interface IndicatorExportOptions {
  filter: BulletinFilter;
  /** At most this many bulletins (retracted ones included), as for the other formats. */
  limit?: number;
  /** Only indicators of these types; all without. */
  types?: readonly IndicatorType[];
}

export interface IndicatorExportCount {
  bulletins: number;
  indicators: number;
}

/** The indicators CSV: a header, then one row per indicator of each bulletin the filter matches. */
export async function exportIndicators(
  client: BulwarkClient,
  options: IndicatorExportOptions,
  write: (text: string) => Promise<void>,
): Promise<IndicatorExportCount> {
  const progress = new ExportProgress();
  const matching = process.stderr.isTTY ? (await client.countBulletins(options.filter)).totalCount : undefined;
  const total = matching !== undefined && options.limit ? Math.min(matching, options.limit) : matching;
  const types = options.types?.length ? new Set(options.types) : undefined;
  const request: RequestPage = (query, variables) =>
    client.request<BulletinsWithIndicatorsPage, BulletinsWithIndicatorsVariables>(query, variables);
  const bulletins = take(bulletinsWithIndicators(request, options.filter, pageSizeFor(options.limit)), options.limit);
  const count: IndicatorExportCount = { bulletins: 0, indicators: 0 };
  await write(indicatorCsvHeader());
  for await (const bulletin of bulletins) {
    const rows = indicatorCsvRows(bulletin, types);
    if (rows.length) await write(rows.join(''));
    count.bulletins += 1;
    count.indicators += rows.length;
    progress.update(count.bulletins, total);
  }
  progress.finish(count.bulletins);
  return count;
}
