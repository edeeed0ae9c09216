import type { BulletinSummary } from '@bulwark/client';
import { writeJsonLine } from '../io/output';
import { styleFor } from '../io/terminal-style';
import { bulletinTable } from './bulletin-format';

/** NDJSON as the pages arrive with `--json`; else a table once every row is in (its columns need them all). */
export async function printBulletins(bulletins: AsyncIterable<BulletinSummary>, json: boolean): Promise<number> {
  let count = 0;
  if (json) {
    for await (const bulletin of bulletins) {
      writeJsonLine(bulletin);
      count += 1;
    }
    return count;
  }
  const rows: BulletinSummary[] = [];
  for await (const bulletin of bulletins) rows.push(bulletin);
  if (rows.length === 0) {
    process.stderr.write('no bulletins match\n');
    return 0;
  }
  const stdout = process.stdout;
  process.stdout.write(bulletinTable(rows, styleFor(stdout), stdout.isTTY ? stdout.columns : undefined));
  return rows.length;
}
