import { Client } from 'pg';

/** Runs one statement (CREATE/DROP DATABASE …, or a check) on the PostgreSQL server at `serverUrl`; its rows. */
export async function onPostgres(serverUrl: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}
