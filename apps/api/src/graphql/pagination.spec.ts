import { describe, expect, it } from 'vitest';
import { AppError } from '@api/common/app-errors';
import { decodeCursor, encodeCursor, toConnection } from './pagination';

const id = '0b0e1c2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d';

describe('cursors', () => {
  it('round-trip a position', () => {
    expect(decodeCursor(encodeCursor({ key: 'Georgia', id }))).toEqual({ key: 'Georgia', id });
    expect(decodeCursor(undefined)).toBeNull();
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x","1; DROP TABLE users"]').toString('base64url'),
  ])('refuse a forged cursor %s with BAD_USER_INPUT', (forged) => {
    expect(() => decodeCursor(forged)).toThrow(AppError);
  });

  it('build a page with hasNextPage from one extra row', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id }));
    const page = toConnection(rows, 2, 3, (row) => ({ key: String(row.n), id: row.id }));
    expect(page.edges.map((edge) => edge.node.n)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor ?? undefined)?.key).toBe('2');
  });
});
