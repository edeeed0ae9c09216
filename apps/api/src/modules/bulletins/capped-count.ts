import { type Cursor, toConnection } from '@api/graphql/pagination';
import type { CappedCount } from './bulletins-read.repository';
import type { Bulletin, BulletinPage } from './models/bulletin.model';

/**
 * A page whose count runs only if `totalCount` or `totalCountIsExact` is selected, once for both.
 */
export function withCappedCount(
  rows: readonly Bulletin[],
  first: number,
  count: () => Promise<CappedCount>,
  cursorOf: (row: Bulletin) => Cursor,
): BulletinPage {
  let counted: Promise<CappedCount> | null = null;
  const once = () => (counted ??= count());
  const { edges, pageInfo } = toConnection(rows, first, 0, cursorOf);
  return {
    edges,
    pageInfo,
    get totalCount() {
      return once().then((total) => total.count);
    },
    get totalCountIsExact() {
      return once().then((total) => total.exact);
    },
  };
}
