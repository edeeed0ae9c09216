import { describe, expect, it } from 'vitest';
import { returnedRows } from './sql-results';

describe('returnedRows', () => {
  it('unwraps the [rows, count] TypeORM gives for UPDATE and DELETE, and passes INSERT rows through', () => {
    expect(returnedRows([[{ id: 1 }], 1])).toEqual([{ id: 1 }]);
    expect(returnedRows([[], 0])).toEqual([]);
    expect(returnedRows([{ id: 2 }])).toEqual([{ id: 2 }]);
  });
});
