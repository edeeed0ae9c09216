import type { BulletinSummary } from './bulwark-types';
import { BulwarkError } from './errors';

export interface BulletinPage {
  nodes: readonly BulletinSummary[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Every bulletin of a connection, page after page, fetching the next page only when the previous one is used up. */
export async function* everyBulletin(
  fetchPage: (after: string | undefined) => Promise<BulletinPage>,
): AsyncGenerator<BulletinSummary, void, undefined> {
  let after: string | undefined;
  for (;;) {
    const page = await fetchPage(after);
    yield* page.nodes;
    if (!page.hasNextPage) return;
    // A next page without a new cursor would be asked for forever.
    if (page.endCursor === null || page.endCursor === after) {
      throw new BulwarkError('INTERNAL', 'The server announced another page without a cursor to reach it.');
    }
    after = page.endCursor;
  }
}
