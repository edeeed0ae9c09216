/**
 * TypeORM's raw `query()` answers UPDATE and DELETE with `[rows, affectedCount]` (and INSERT with the rows):
 * this gives the RETURNING rows of either.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
