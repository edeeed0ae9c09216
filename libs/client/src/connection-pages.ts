import { BulwarkError } from './errors';

/** One page of a GraphQL connection, as `everyNode` needs it. */
export interface ConnectionPage<T> {
  nodes: readonly T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Every node of a connection, page after page, fetching the next page only when the previous one is used up. For
 * any paged query sent with `request`, as `bulletins()` does with its own.
 */
export async function* everyNode<T>(
  fetchPage: (after: string | undefined) => Promise<ConnectionPage<T>>,
): AsyncGenerator<T, void, undefined> {
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
