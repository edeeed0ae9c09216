import type { TestApp } from './test-app';

export interface Counted<T> {
  result: T;
  statements: string[];
}

/**
 * Runs `work` and returns every SQL statement the app's DataSource ran meanwhile. TypeORM reports each one to
 * `logger.logQuery()` unconditionally (logging options only decide whether it prints), on PGlite and PostgreSQL
 * alike, inside transactions too.
 */
export async function countStatements<T>(t: TestApp, work: () => Promise<T>): Promise<Counted<T>> {
  const logger = t.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, queryRunner): void => {
    statements.push(query.replace(/\s+/g, ' ').trim());
    original(query, parameters, queryRunner);
  };
  try {
    return { result: await work(), statements };
  } finally {
    logger.logQuery = original;
  }
}
