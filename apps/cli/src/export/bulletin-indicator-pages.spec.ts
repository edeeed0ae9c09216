import { BulwarkError } from '@bulwark/client';
import { describe, expect, it } from 'vitest';
import {
  type BulletinsWithIndicatorsPage,
  type BulletinsWithIndicatorsVariables,
  bulletinsWithIndicators,
} from './bulletin-indicator-pages';
import type { BulletinWithIndicators } from './indicator-csv';

function node(id: string): BulletinWithIndicators {
  return {
    id,
    reference: null,
    status: 'PUBLISHED',
    revision: 1,
    tier: 'GREEN',
    severity: 'LOW',
    category: 'GENERAL',
    title: id,
    publishedAt: null,
    firstPublishedAt: null,
    expiresAt: null,
    jurisdictions: [],
    originators: [],
    indicators: [],
  };
}

/** A connection of `ids`, paged by an opaque cursor, refusing pages larger than `maxFirst` as the server's cost limit. */
function connection(ids: string[], maxFirst: number) {
  const asked: BulletinsWithIndicatorsVariables[] = [];
  const request = (_query: string, variables: BulletinsWithIndicatorsVariables) => {
    asked.push(variables);
    if (variables.first > maxFirst)
      return Promise.reject(new BulwarkError('QUERY_TOO_COMPLEX', 'The query could fetch too many objects.'));
    const start = variables.after === null ? 0 : Number(variables.after);
    const end = Math.min(start + variables.first, ids.length);
    const page: BulletinsWithIndicatorsPage = {
      bulletins: {
        pageInfo: { hasNextPage: end < ids.length, endCursor: String(end) },
        edges: ids.slice(start, end).map((id) => ({ node: node(id) })),
      },
    };
    return Promise.resolve(page);
  };
  return { request, asked };
}

async function all(iterable: AsyncIterable<BulletinWithIndicators>): Promise<string[]> {
  const ids: string[] = [];
  for await (const bulletin of iterable) ids.push(bulletin.id);
  return ids;
}

describe('bulletinsWithIndicators', () => {
  const ids = Array.from({ length: 7 }, (_, i) => `b${i}`);

  it('pages through every bulletin with the filter and page size given', async () => {
    const { request, asked } = connection(ids, 100);
    expect(await all(bulletinsWithIndicators(request, { tags: ['x'] }, 3))).toEqual(ids);
    expect(asked).toEqual([
      { first: 3, after: null, filter: { tags: ['x'] } },
      { first: 3, after: '3', filter: { tags: ['x'] } },
      { first: 3, after: '6', filter: { tags: ['x'] } },
    ]);
  });

  it('halves the page size while the server finds the page too costly, and keeps the smaller size', async () => {
    const { request, asked } = connection(ids, 2);
    expect(await all(bulletinsWithIndicators(request, {}, 8))).toEqual(ids);
    expect(asked.map((variables) => variables.first)).toEqual([8, 4, 2, 2, 2, 2]);
  });

  it('gives up with the server’s error when even one bulletin is too costly, and passes other errors on', async () => {
    await expect(all(bulletinsWithIndicators(connection(ids, 0).request, {}, 4))).rejects.toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
    });
    const forbidden = () => Promise.reject(new BulwarkError('FORBIDDEN', 'no'));
    await expect(all(bulletinsWithIndicators(forbidden, {}, 4))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
