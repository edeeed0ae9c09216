/**
 * `npm run bench` / `npm run bench:quick`: starts the built API and a bare baseline as child processes, loads a
 * generated community, runs the scenarios, stops everything, prints one table and writes bench-results/<ts>.json.
 * Never part of `npm test`.
 */
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { viewerFromRow } from '@api/auth/viewer-factory';
import { ViewerRepository } from '@api/auth/viewer.repository';
import { BulletinsReadRepository } from '@api/modules/bulletins/bulletins-read.repository';
import autocannon from 'autocannon';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { BENCH_PASSWORD, type Community, FULL_SIZE, generateCommunity, QUICK_SIZE } from './generate';

const root = resolve(__dirname, '../../../..');
const quick = process.argv.includes('--quick');
const jwtSecret = randomBytes(48).toString('base64url');
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

interface Row {
  scenario: string;
  target: string;
  reqPerSec?: number;
  p50Ms?: number;
  p99Ms?: number;
  errors?: number;
  non2xx?: number;
  note?: string;
}
const rows: Row[] = [];

const FEED_QUERY = `query Feed { bulletins(first: 20) { totalCount edges { cursor node {
  id reference tier status title severity category publishedAt jurisdictions } } pageInfo { hasNextPage endCursor } } }`;

function freePort(): number {
  return 20000 + Math.floor(Math.random() * 20000);
}

interface Server {
  child: ChildProcess;
  url: string;
  startMs: number;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${url} not ready in ${timeoutMs} ms`);
}

async function startProcess(script: string, env: Record<string, string>): Promise<Server> {
  const port = freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return { child, url, startMs: Math.round(performance.now() - started) };
}

function apiEnv(db: DbTarget): Record<string, string> {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: jwtSecret,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    // The benchmark is one client hammering one account: the per-viewer and per-address limits would answer 429.
    RATE_LIMIT_PER_VIEWER: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
    SIGN_IN_LIMIT_PER_ADDRESS: '0',
    SIGN_IN_LIMIT_PER_EMAIL: '0',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ...db.env,
  };
}

async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

interface Runner {
  exec(sql: string): Promise<unknown>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

interface DbTarget {
  kind: 'postgres' | 'pglite';
  description: string;
  env: Record<string, string>;
  /** Opens a connection for the generator and the plans, then closes it. */
  withRunner<T>(work: (db: Runner) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
}

async function openTarget(): Promise<DbTarget> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `bulwark_bench_${Date.now()}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      description: `PostgreSQL ${url.host}/${name} (created for this run, dropped after)`,
      env: { DATABASE_URL: url.toString() },
      async withRunner(work) {
        const client = new Client({ connectionString: url.toString() });
        await client.connect();
        try {
          return await work({
            exec: (sql) => client.query(sql),
            query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
          });
        } finally {
          await client.end();
        }
      },
      async cleanup() {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-'));
  const dataDir = join(dir, 'pglite');
  return {
    kind: 'pglite',
    description: `PGlite data directory ${dataDir} (temporary)`,
    env: { BULWARK_DATA_DIR: dataDir, DATABASE_URL: '' },
    async withRunner(work) {
      const db = new PGlite(dataDir);
      await db.waitReady;
      try {
        return await work({
          exec: (sql) => db.exec(sql),
          query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows,
        });
      } finally {
        await db.close();
      }
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function graphql(url: string, query: string, variables?: unknown, token?: string): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(url: string, email: string): Promise<string> {
  const data = (await graphql(url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email, password: BENCH_PASSWORD },
  })) as { login: { accessToken: string } };
  return data.login.accessToken;
}

/** Median of sequential single requests: the latency floor without queueing. */
async function single(url: string, token: string, count = 10): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: FEED_QUERY }),
    });
    await res.text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Math.round((times[Math.floor(times.length / 2)] ?? 0) * 10) / 10;
}

async function load(url: string, token: string, seconds: number, connections: number) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query: FEED_QUERY }),
  });
  log(
    `  ${url}: ${result.requests.total} responses in ${result.duration} s, codes ${JSON.stringify(result.statusCodeStats)}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  return {
    reqPerSec: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function checkSameAnswer(api: string, bare: string, token: string): Promise<boolean> {
  const ask = async (url: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: FEED_QUERY }),
    });
    return JSON.stringify(await res.json());
  };
  return (await ask(api)) === (await ask(bare));
}

/**
 * The statements one feed read runs, captured from the API's own repositories for the clerk, each timed with
 * EXPLAIN ANALYZE on the loaded database (best of three): how much of a request is the database's.
 */
async function explainFeed(db: Runner, userId: string): Promise<{ statement: string; ms: number; plan: string }[]> {
  const captured: { sql: string; params: unknown[] }[] = [];
  const recording = {
    query: async (sql: string, params: unknown[] = []) => {
      captured.push({ sql, params });
      return db.query(sql, params);
    },
  } as unknown as DataSource;
  const row = await new ViewerRepository(recording).forUser(userId);
  if (!row) throw new Error('the clerk is missing');
  await new BulletinsReadRepository(recording).page(viewerFromRow(row, 'USER', null), {}, null, null, 20);
  const names = ['viewer', 'count', 'page'];
  const results: { statement: string; ms: number; plan: string }[] = [];
  for (const [index, { sql, params }] of captured.entries()) {
    let best = Number.POSITIVE_INFINITY;
    let plan = '';
    for (let round = 0; round < 3; round++) {
      const out = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      const raw = Object.values(out[0] ?? {})[0];
      const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
        'Execution Time': number;
        Plan: PlanNode;
      }[];
      const top = parsed[0];
      if (top && top['Execution Time'] < best) {
        best = top['Execution Time'];
        plan = describePlan(top.Plan);
      }
    }
    results.push({ statement: names[index] ?? `statement ${index + 1}`, ms: Math.round(best * 100) / 100, plan });
  }
  return results;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** The plan's scans, e.g. "Seq Scan bulletin_revisions, Index Scan bulletins_pkey". */
function describePlan(node: PlanNode): string {
  const scans: string[] = [];
  const walk = (n: PlanNode) => {
    if (n['Node Type'].includes('Scan'))
      scans.push(`${n['Node Type']} ${n['Index Name'] ?? n['Relation Name'] ?? ''}`.trim());
    n.Plans?.forEach(walk);
  };
  walk(node);
  return scans.join(', ');
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageBefore = loadavg();
  const size = quick ? QUICK_SIZE : FULL_SIZE;
  const seconds = quick ? 8 : 15;
  const connections = 50;
  const apiScript = join(root, 'dist/apps/api/src/main.js');
  const bareScript = join(root, 'dist/apps/bench/src/bare-server.js');

  const target = await openTarget();
  log(`database: ${target.description}`);
  const servers: Server[] = [];
  let community: Community | undefined;
  try {
    // 1. Migrate: start the API once and stop it (PGlite: one process per data directory).
    const migrating = await startProcess(apiScript, apiEnv(target));
    log(`API started on an empty database (migrations run) in ${migrating.startMs} ms`);
    rows.push({
      scenario: 'cold start, empty database + migrations',
      target: 'Bulwark',
      note: `${migrating.startMs} ms`,
    });
    await stop(migrating);

    // 2. Data.
    const loaded = await target.withRunner(async (db) => {
      const generated = await generateCommunity(db, size);
      return { generated, plans: await explainFeed(db, generated.clerkId) };
    });
    community = loaded.generated;
    log(`loaded ${JSON.stringify(community.counts)} in ${community.loadMs} ms`);
    rows.push({ scenario: 'data load (generator, SQL batches)', target: target.kind, note: `${community.loadMs} ms` });
    for (const plan of loaded.plans) {
      log(`feed read SQL: ${plan.statement}: ${plan.ms} ms (${plan.plan})`);
      rows.push({
        scenario: `feed read SQL alone: ${plan.statement}`,
        target: target.kind,
        p50Ms: plan.ms,
        note: plan.plan,
      });
    }

    // 3. Cold start on the loaded database.
    const api = await startProcess(apiScript, apiEnv(target));
    servers.push(api);
    log(`API cold start to /health/ready on the loaded database: ${api.startMs} ms`);
    rows.push({ scenario: 'cold start, loaded database', target: 'Bulwark', note: `${api.startMs} ms` });

    const token = await signIn(api.url, community.clerkEmail);
    const apiSingle = await single(api.url, token);
    log(`Bulwark single request median: ${apiSingle} ms`);
    rows.push({ scenario: 'feed read, one request at a time (median of 10)', target: 'Bulwark', p50Ms: apiSingle });
    // Warm up, then measure.
    await load(api.url, token, 2, connections);
    await single(api.url, token, 1); // queues behind the warm-up's leftovers: returns once they are done
    const bulwark = await load(api.url, token, seconds, connections);
    rows.push({ scenario: `feed read (${connections} conns, ${seconds} s)`, target: 'Bulwark', ...bulwark });
    log(`Bulwark feed read: ${JSON.stringify(bulwark)}`);

    // PGlite: one process per directory, so the bare server runs after the API has stopped.
    let sameAnswer: boolean | null = null;
    if (target.kind === 'pglite') {
      await stop(api);
      servers.pop();
    }
    const bare = await startProcess(bareScript, { JWT_SECRET: jwtSecret, ...target.env });
    servers.push(bare);
    if (target.kind === 'postgres') sameAnswer = await checkSameAnswer(api.url, bare.url, token);
    const bareSingle = await single(bare.url, token);
    log(`bare single request median: ${bareSingle} ms`);
    rows.push({
      scenario: 'feed read, one request at a time (median of 10)',
      target: 'bare node:http + pg',
      p50Ms: bareSingle,
    });
    await load(bare.url, token, 2, connections);
    await single(bare.url, token, 1);
    const baseline = await load(bare.url, token, seconds, connections);
    rows.push({
      scenario: `feed read (${connections} conns, ${seconds} s)`,
      target: 'bare node:http + pg',
      ...baseline,
    });
    log(`bare feed read: ${JSON.stringify(baseline)}`);
    const ratio =
      baseline.reqPerSec > 0
        ? `${((bulwark.reqPerSec / baseline.reqPerSec) * 100).toFixed(0)}% (target ≥ 60%)`
        : 'not measurable: the baseline answered nothing inside the window';
    rows.push({
      scenario: 'feed read ratio',
      target: 'Bulwark ÷ bare',
      note: `${ratio}; ${bulwark.reqPerSec > 0 ? `Bulwark p99 ${bulwark.p99Ms} ms` : 'Bulwark: no responses in the window'} (p99 target < 50 ms)${sameAnswer === null ? '' : sameAnswer ? '; same JSON' : '; JSON DIFFERS'}`,
    });
  } finally {
    for (const server of servers) await stop(server);
    await target.cleanup();
  }

  const table = render(rows);
  log(
    `load average (1, 5, 15 min) before ${loadAverageBefore.map((n) => n.toFixed(1)).join(', ')}, after ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')}`,
  );
  process.stdout.write(`\n${table}\n`);
  const machine = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeGb: Math.round(freemem() / 2 ** 30),
    node: process.version,
    // Other work on the machine skews every figure: recorded so a reader can tell a quiet run from a busy one.
    loadAverageBefore: loadAverageBefore.map((n) => Math.round(n * 10) / 10),
    loadAverageAfter: loadavg().map((n) => Math.round(n * 10) / 10),
  };
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { startedAt, mode: quick ? 'quick' : 'full', database: target.kind, machine, data: community, rows, table },
      null,
      2,
    ),
  );
  log(`machine: ${JSON.stringify(machine)}; results written to ${file}`);
}

function render(table: Row[]): string {
  const header = ['scenario', 'target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'note'];
  const lines = table.map((r) => [
    r.scenario,
    r.target,
    r.reqPerSec?.toString() ?? '',
    r.p50Ms?.toString() ?? '',
    r.p99Ms?.toString() ?? '',
    r.errors?.toString() ?? '',
    r.non2xx?.toString() ?? '',
    r.note ?? '',
  ]);
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
