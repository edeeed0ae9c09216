import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { onPostgres } from './support/postgres';
import { freePort, graphql, runServer, type ServerProcess, signIn } from './support/server-process';

const serverUrl = process.env['TEST_DATABASE_URL'];

const admin = (sql: string) => onPostgres(serverUrl as string, sql);

// Runs in the PostgreSQL pass of the suite (TEST_DATABASE_URL set), where a server is there to use.
describe.runIf(serverUrl)('the built server on PostgreSQL', () => {
  const database = `bulwark_e2e_${randomBytes(4).toString('hex')}`;
  const running: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop('SIGKILL')));
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('lets two instances start together on one empty database: they take turns migrating and seeding, then both serve', async () => {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${database}`;
    const env = { DATABASE_URL: url.toString(), LOG_LEVEL: 'warn' };
    const [a, b] = [runServer(env, await freePort()), runServer(env, await freePort())];
    running.push(a, b);
    await Promise.all([a.waitUntilReady(), b.waitUntilReady()]);
    expect(a.output()).toContain('PostgreSQL (127.0.0.1:5432/');
    // One of them wrote the demo content; the other found it written.
    const [seeded] = await onPostgres(
      url.toString(),
      `SELECT (SELECT count(*) FROM bulletins)::int AS bulletins,
              (SELECT count(DISTINCT title) FROM bulletin_revisions WHERE is_current)::int AS titles,
              (SELECT count(*) FROM incident_reports)::int AS reports,
              (SELECT count(DISTINCT title) FROM incident_reports)::int AS "reportTitles"`,
    );
    expect(seeded['bulletins']).toBeGreaterThan(0);
    expect(seeded['reports']).toBeGreaterThan(0);
    expect(seeded['titles']).toBe(seeded['bulletins']);
    expect(seeded['reportTitles']).toBe(seeded['reports']);
    const tokenFromA = await signIn(a.url, 'official@ga.demo', 'demo-password');
    const viewerOnB = await graphql(
      b.url,
      '{ viewer { user { email } } }',
      {},
      { authorization: `Bearer ${tokenFromA}` },
    );
    expect(viewerOnB.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED'); // each process signs with its own random dev secret
    expect(await signIn(b.url, 'official@ga.demo', 'demo-password')).toBeTruthy();
  });
});
