/**
 * `npm run bench` / `npm run bench:quick`: starts the built API and the baselines as child processes, loads a
 * generated community, runs the scenarios (feed read, search, publish, fan-out, cold start), stops everything,
 * prints one table and writes bench-results/<ts>.json. Never part of `npm test`.
 *
 * Flags: --quick; --only=feed,search,publish,fan-out,cold-start (a subset); --profile=<phase> (a V8 CPU profile
 * of the API during one phase: feed, search-text, search-ip, search-domain, publish, fan-out, fan-out-10000);
 * --fan-out-users=N (how many signed-in users hold the fan-out's sockets; 32, full 96).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { apiEnv, type BenchContext } from './bench-context';
import { openTarget } from './database-target';
import { type Community, FULL_SIZE, generateCommunity, QUICK_SIZE } from './generate';
import { signIn } from './graphql-client';
import { answer } from './http-load';
import { checkPublishRecords } from './publish-records';
import { renderTable, type ResultRow } from './results-table';
import { InspectorProfiler } from './inspector-profiler';
import { freePort, type ServerProcess, startProcess, stopProcess } from './server-process';
import { sourceTree } from './source-tree';
import { coldStart } from './scenarios/cold-start.scenario';
import { type BareFanOutRun, fanOutBare } from './scenarios/fan-out-baseline';
import { reportFanOut } from './scenarios/fan-out-report';
import { type FanOutRun, fanOutApi, prepareFanOut } from './scenarios/fan-out.scenario';
import { explainRead, FEED_CASE, type StatementTiming } from './scenarios/feed-read.scenario';
import { type PublishMeasure, publishBare, publishThroughApi, reportPublish } from './scenarios/publish.scenario';
import { measureReads, type ReadCase, type ReadMeasure, reportReads } from './scenarios/read-load';
import { searchCases } from './scenarios/search.scenario';

const root = resolve(__dirname, '../../../..');
const quick = process.argv.includes('--quick');
const profilePhase = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length) ?? null;
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (scenario: string) => !only || only.includes(scenario);
const fanOutUsers = Number(process.argv.find((arg) => arg.startsWith('--fan-out-users='))?.split('=')[1] ?? NaN);
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageBefore = loadavg();
  const size = quick ? QUICK_SIZE : FULL_SIZE;
  const fanOutSizes = quick ? [1000] : [1000, 10000];
  const apiScript = join(root, 'dist/apps/api/src/main.js');
  const bareScript = join(root, 'dist/apps/bench/src/bare-server.js');
  const jwtSecret = randomBytes(48).toString('base64url');
  const rows: ResultRow[] = [];
  const failures: string[] = [];

  const tree = sourceTree(root);
  log(`source: commit ${tree.commit}, ${tree.uncommittedFiles} tracked files with uncommitted changes`);
  const target = await openTarget();
  log(`database: ${target.description}`);
  const servers: ServerProcess[] = [];
  const stop = async (server: ServerProcess) => {
    await stopProcess(server);
    servers.splice(servers.indexOf(server), 1);
  };
  let community: Community | undefined;
  try {
    // 1. Migrate: start the API once and stop it (PGlite: one process per data directory).
    const migrating = await startProcess(root, apiScript, apiEnv(jwtSecret, target));
    log(`API started on an empty database (migrations run) in ${migrating.startMs} ms`);
    rows.push({
      scenario: 'cold start, empty database + migrations',
      target: 'Bulwark',
      note: `${migrating.startMs} ms`,
    });
    await stopProcess(migrating);

    // 2. Data, and the read statements' plans on it.
    const loaded = await target.withRunner(async (db) => {
      const generated = await generateCommunity(db, size);
      const plans: [string, StatementTiming[]][] = [
        ['feed read', await explainRead(db, generated.clerkId)],
        ['search, full text', await explainRead(db, generated.clerkId, { search: 'ransomware phishing' })],
        [
          'search, indicator IPv4',
          await explainRead(
            db,
            generated.clerkId,
            {},
            {
              value: generated.sampleIndicators.ipv4,
              network: generated.sampleIndicators.ipv4,
            },
          ),
        ],
      ];
      return { generated, plans };
    });
    community = loaded.generated;
    log(`loaded ${JSON.stringify(community.counts)} in ${community.loadMs} ms`);
    rows.push({ scenario: 'data load (generator, SQL batches)', target: target.kind, note: `${community.loadMs} ms` });
    for (const [read, plans] of loaded.plans) {
      for (const plan of plans) {
        log(`${read} SQL: ${plan.statement}: ${plan.ms} ms (${plan.plan})`);
        rows.push({
          scenario: `${read} SQL alone: ${plan.statement}`,
          target: target.kind,
          p50Ms: plan.ms,
          note: plan.plan,
        });
      }
    }

    const ctx: BenchContext = {
      root,
      quick,
      jwtSecret,
      target,
      community,
      rows,
      log,
      seconds: quick ? 4 : 15,
      warmupSeconds: quick ? 1 : 2,
      // PGlite is one session: at 50 connections the bare server answered 0–1 requests in a 4 s window (docs/benchmarks.md).
      connections: target.kind === 'pglite' ? 8 : 50,
      profile: profilePhase ? { phase: profilePhase, profiler: null } : null,
      fanOutUsers: Number.isInteger(fanOutUsers) && fanOutUsers > 0 ? fanOutUsers : quick ? 32 : 96,
    };
    const reads: ReadCase[] = [
      ...(runs('feed') ? [FEED_CASE] : []),
      ...(runs('search') ? searchCases(community, quick) : []),
    ];

    // 3. The API on the loaded database: reads, publish, fan-out.
    const inspectPort = await freePort();
    const profileArgs = ctx.profile ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
    const api = await startProcess(root, apiScript, apiEnv(jwtSecret, target), profileArgs);
    servers.push(api);
    if (ctx.profile) ctx.profile.profiler = await InspectorProfiler.attach(inspectPort, api.child.pid as number);
    log(`API cold start to /health/ready on the loaded database: ${api.startMs} ms`);
    rows.push({ scenario: 'cold start, loaded database', target: 'Bulwark', note: `${api.startMs} ms` });
    const clerkToken = await signIn(api.url, community.clerkEmail);
    const publisherToken = await signIn(api.url, community.publisherEmail);

    // PostgreSQL: both servers up before anything is published, to compare their answers byte for byte.
    const sameAnswer = new Map<string, boolean>();
    let bare: ServerProcess | null = null;
    if (target.kind === 'postgres' && (reads.length > 0 || runs('publish'))) {
      bare = await startProcess(root, bareScript, { JWT_SECRET: jwtSecret, ...target.env });
      servers.push(bare);
      for (const c of reads) {
        sameAnswer.set(
          c.key,
          (await answer(api.url, clerkToken, c.body)) === (await answer(bare.url, clerkToken, c.body)),
        );
      }
    }
    const bulwarkReads = await measureReads(ctx, api, clerkToken, reads, 'Bulwark');
    const bulwarkPublish = runs('publish') ? await publishThroughApi(ctx, api, publisherToken) : null;
    const fanOuts: FanOutRun[] = [];
    if (runs('fan-out')) {
      const setup = await prepareFanOut(ctx, api);
      for (const count of fanOutSizes) fanOuts.push(await fanOutApi(ctx, api, setup, count));
    }
    ctx.profile?.profiler?.close();
    await stop(api);

    // 4. The bare server: the same reads and the same writes (PGlite: only now, one process per directory).
    let bareReads = new Map<string, ReadMeasure>();
    let barePublishMeasure: PublishMeasure | null = null;
    if (reads.length > 0 || bulwarkPublish) {
      bare ??= await startProcess(root, bareScript, { JWT_SECRET: jwtSecret, ...target.env });
      if (!servers.includes(bare)) servers.push(bare);
      bareReads = await measureReads(ctx, bare, clerkToken, reads, 'bare');
      if (bulwarkPublish) barePublishMeasure = await publishBare(ctx, bare, publisherToken);
    }
    if (bare) await stop(bare);
    reportReads(ctx, reads, bulwarkReads, bareReads, sameAnswer);
    if (bulwarkPublish && barePublishMeasure) reportPublish(ctx, bulwarkPublish, barePublishMeasure);

    // 5. Fan-out baseline: a bare ws server, the same socket counts.
    for (const run of fanOuts) {
      const baseline: BareFanOutRun = await fanOutBare(ctx, run.sockets, run.sample);
      failures.push(...reportFanOut(ctx, run, baseline));
    }

    // 6. Cold start, repeated, against a bare process that opens the same database.
    if (runs('cold-start')) await coldStart(ctx, [api.startMs]);

    // 7. Every publication has its event and its audit records.
    if (bulwarkPublish) {
      const problems = await target.withRunner((db) => checkPublishRecords(db, rows));
      failures.push(...problems);
    }
  } finally {
    for (const server of [...servers]) await stopProcess(server);
    await target.cleanup();
  }

  const table = renderTable(rows);
  log(
    `load average (1, 5, 15 min) before ${loadAverageBefore.map((n) => n.toFixed(1)).join(', ')}, after ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')}`,
  );
  process.stdout.write(`\n${table}\n`);
  log(`database ${target.kind}; source commit ${tree.commit} with ${tree.uncommittedFiles} uncommitted files`);
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
  const data = community && {
    counts: community.counts,
    loadMs: community.loadMs,
    sampleIndicators: community.sampleIndicators,
  };
  const results = {
    startedAt,
    mode: quick ? 'quick' : 'full',
    database: target.kind,
    tree,
    machine,
    data,
    rows,
    failures,
    table,
  };
  writeFileSync(file, JSON.stringify(results, null, 2));
  log(`machine: ${JSON.stringify(machine)}; results written to ${file}`);
  if (failures.length > 0) {
    process.stderr.write(`\n*** BENCH FAILED ***\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    process.exit(2);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
