/** True when `error` is PostgreSQL's unique_violation, optionally on a named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = (error as { driverError?: unknown })?.driverError ?? error;
  const { code, constraint: name } = (candidate ?? {}) as { code?: string; constraint?: string };
  return code === '23505' && (constraint === undefined || name === constraint);
}

/** LIKE pattern for a user's search text: their % and _ are literal. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
