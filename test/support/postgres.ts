import { Client } from 'pg';

/** Runs one administrative statement (CREATE/DROP DATABASE …) on the PostgreSQL server at `serverUrl`. */
export async function onPostgres(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
