/**
 * The cold-start baseline: a bare node process that opens the same database (PGlite directory or PostgreSQL),
 * answers one query, and then says it is ready. Nothing else is loaded.
 */
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  let count: unknown;
  let close: () => Promise<void>;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    count = (await client.query('SELECT count(*) AS n FROM bulletins')).rows[0];
    close = () => client.end();
  } else {
    const db = new PGlite(process.env['BULWARK_DATA_DIR'] ?? '');
    count = (await db.query('SELECT count(*) AS n FROM bulletins')).rows[0];
    close = () => db.close();
  }
  const body = JSON.stringify(count);
  const server = createServer((_req, res) => res.writeHead(200).end(body));
  server.listen(Number(process.env['PORT'] ?? 0), '127.0.0.1');
  const stop = () => {
    server.close();
    void close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
