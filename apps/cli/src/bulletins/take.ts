/** The first `limit` items of an async iteration (all without a limit); stopping early ends the paging. */
export async function* take<T>(items: AsyncIterable<T>, limit: number | undefined): AsyncGenerator<T> {
  if (limit !== undefined && limit <= 0) return;
  let count = 0;
  for await (const item of items) {
    yield item;
    count += 1;
    if (limit !== undefined && count >= limit) return;
  }
}

export const MAX_PAGE_SIZE = 100;

export function pageSizeFor(limit: number | undefined): number {
  return Math.min(limit ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
}
