import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, graphql, MAIN, runServer, type ServerProcess, signIn, tempDataDir } from './support/server-process';

describe('the built server, as an operator runs it', () => {
  const running: ServerProcess[] = [];
  const dirs: { remove(): void }[] = [];
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('build first: npm run build');
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((server) => server.stop('SIGKILL')));
    dirs.splice(0).forEach((dir) => dir.remove());
  });

  async function start(env: Record<string, string>): Promise<ServerProcess> {
    const server = runServer(env, await freePort());
    running.push(server);
    await server.waitUntilReady();
    return server;
  }

  it('starts on a PGlite data directory, answers, and stops cleanly on SIGTERM', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const server = await start({ BULWARK_DATA_DIR: dir.path, LOG_LEVEL: 'info' });
    expect((await graphql(server.url, '{ serverInfo { apiVersion } }')).data).toEqual({
      serverInfo: { apiVersion: '1' },
    });
    expect(server.output()).toContain(`PGlite (data directory ${dir.path})`);
    expect(server.output()).toContain('"msg":"listening"');
    expect(await server.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('"msg":"stopped"');
  });

  it('keeps its data across a clean restart and after kill -9', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const first = await start({ BULWARK_DATA_DIR: dir.path });
    const admin = await signIn(first.url, 'admin@ga.demo', 'demo-password');
    const created = await graphql(
      first.url,
      `
        mutation ($input: CreateUserInput!) {
          createUser(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          email: 'poll.worker@ga.demo',
          displayName: 'Poll Worker',
          roles: ['VIEWER'],
          clearance: 'GREEN',
          initialPassword: 'a-long-enough-password',
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(created.errors).toBeUndefined();
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const second = await start({ BULWARK_DATA_DIR: dir.path });
    expect(await signIn(second.url, 'poll.worker@ga.demo', 'a-long-enough-password')).toBeTruthy();
    await second.stop('SIGKILL');

    const third = await start({ BULWARK_DATA_DIR: dir.path });
    expect(await signIn(third.url, 'poll.worker@ga.demo', 'a-long-enough-password')).toBeTruthy();
  });

  it('runs in production: no demo accounts, the first administrator made by admin:create, introspection off', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const env = {
      NODE_ENV: 'production',
      JWT_SECRET: 'p'.repeat(40),
      PUBLIC_URL: 'http://localhost',
      BULWARK_DATA_DIR: dir.path,
    };
    const created = spawnSync(
      process.execPath,
      [resolve('dist/apps/api/src/database/cli/create-platform-admin.js'), 'ops@agency.gov', 'Ops Lead'],
      {
        env: { PATH: process.env['PATH'] ?? '', ...env, BULWARK_ADMIN_PASSWORD: 'correct-horse-battery' },
        encoding: 'utf8',
      },
    );
    expect(created.status).toBe(0);
    const server = await start(env);
    const demo = await graphql(
      server.url,
      'mutation { login(input: { email: "admin@platform.demo", password: "demo-password" }) { accessToken } }',
    );
    expect(demo.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await signIn(server.url, 'ops@agency.gov', 'correct-horse-battery')).toBeTruthy();
    const introspection = await graphql(server.url, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(server.output()).not.toContain('demo-password');
  });

  it.each([
    [{ PORT: 'abc' }, /^bulwark: Invalid configuration: PORT must be an integer from 0 to 65535 \(got "abc"\)\n$/],
    [
      { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nothing' },
      /^bulwark: Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nothing: ECONNREFUSED\n$/,
    ],
    [
      { DATABASE_URL: 'mysql://localhost/x' },
      /^bulwark: Invalid configuration: DATABASE_URL must be postgres:\/\/.*\n$/,
    ],
    [{ NODE_ENV: 'production' }, /^bulwark: Invalid configuration: JWT_SECRET must be set .*\n$/],
    [
      { REDIS_URL: 'redis://:hunter2-secret@127.0.0.1:1', DATABASE_URL: 'memory://', LOG_LEVEL: 'error' },
      /^bulwark: Cannot start: Cannot connect to Redis at 127\.0\.0\.1:1: [^\n]*\n$/,
    ],
  ])('refuses a bad configuration %o with one line and a non-zero exit', async (env, expected) => {
    const server = runServer({ ...env, DATABASE_CONNECT_TIMEOUT_MS: '2000' }, await freePort());
    expect((await server.exited).code).toBe(1);
    expect(server.output()).toMatch(expected);
    expect(server.output()).not.toContain('hunter2'); // a password in a URL is never echoed
  });
});
