import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@bulwark/testing';

const SCHEMA_FILE = join(__dirname, '../../schema.gql');

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the code generates (run `npm run schema:update` after changing the API)', () => {
    const generated = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
