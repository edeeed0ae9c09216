import type { TestProject } from 'vitest/node';
import { discardPreparedDatabase, prepareDatabase, type PreparedDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    preparedDatabase: PreparedDatabase;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const prepared = await prepareDatabase(process.env['TEST_DATABASE_URL'] || undefined);
  project.provide('preparedDatabase', prepared);
  return () => discardPreparedDatabase(prepared);
}
