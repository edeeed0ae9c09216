/** True when `error` is PostgreSQL's unique_violation, optionally on a named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  const { code, constraint: name } = (candidate ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || name === constraint);
}

/**
 * True when PostgreSQL cancelled the statement (query_canceled): past statement_timeout, or pg_cancel_backend.
 * TypeORM's QueryFailedError carries the code too; the driver's error is looked at first.
 */
export function isQueryCanceled(error: unknown): boolean {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  return (candidate as { code?: unknown } | null | undefined)?.code === '57014';
}

/** LIKE pattern for a user's search text: their % and _ are literal. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
