/**
 * `npm run bench` / `npm run bench:quick`: starts the built API and the baselines as child processes, loads a
 * generated community, runs the scenarios (feed read, search, publish, fan-out, mail fan-out, cold start) and the
 * data-size table, stops everything, prints the tables and writes bench-results/<ts>.json. Never part of `npm test`.
 *
 * Flags: --quick; --only=feed,search,taxii,publish,fan-out,mail,client,cold-start,sizes (a subset); --profile=<phase>
 * (a V8 CPU profile of the API during one phase: feed, search-text, search-ip, search-domain, publish, fan-out,
 * fan-out-10000, mail-<recipients>); --fan-out-users=N (how many signed-in users hold the fan-out's sockets; 120,
 * full 2,000); --sizes=10000,100000,1000000 (the data-size table's steps; full default 10k and 100k);
 * --mail-sizes=100,1000 (recipients of the mail fan-out, the first is its baseline; 100,300, full 100,1000,3000);
 * --rates=100,300 (offered loads of the open-loop runs; PGlite 10,50); --size-rate=N (the data-size table's).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { API_ENTRY, apiEnv, type BenchContext } from './bench-context';
import { openTarget } from './database-target';
import { type Community, createCommunity, FULL_SIZE, QUICK_SIZE } from './generate';
import { signIn } from './graphql-client';
import { answer } from './http-load';
import { checkPublishRecords } from './publish-records';
import { renderTable, type ResultRow } from './results-table';
import { InspectorProfiler } from './inspector-profiler';
import { freePort, type ServerProcess, startProcess, stopProcess } from './server-process';
import { sourceTree } from './source-tree';
import { clientLibrary } from './scenarios/client.scenario';
import { coldStart } from './scenarios/cold-start.scenario';
import { type BareFanOutRun, fanOutBare } from './scenarios/fan-out-baseline';
import { reportFanOut } from './scenarios/fan-out-report';
import { type FanOutRun, fanOutApi, prepareFanOut } from './scenarios/fan-out.scenario';
import { mailFanOut } from './scenarios/mail-fan-out.scenario';
import { measureAtSize, renderSizeTable, type SizeResult, sizeRows } from './scenarios/data-size.scenario';
import { explainReads, FEED_CASE, TAXII_PAGE } from './scenarios/feed-read.scenario';
import { type PublishMeasure, publishBare, publishThroughApi, reportPublish } from './scenarios/publish.scenario';
import {
  measureReadRound,
  measureReadsInterleaved,
  type ReadCase,
  type ReadMeasure,
  type ReadMode,
  reportReads,
} from './scenarios/read-load';
import { searchCases } from './scenarios/search.scenario';
import { taxiiPageThroughApi } from './scenarios/taxii-page.scenario';

const root = resolve(__dirname, '../../../..');
const quick = process.argv.includes('--quick');
const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const numbers = (value: string | undefined) =>
  value
    ?.split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
const profilePhase = flag('profile') ?? null;
const only = flag('only')?.split(',');
const runs = (scenario: string) => !only || only.includes(scenario);
const fanOutUsers = Number(flag('fan-out-users') ?? NaN);
const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
/** The shipped default of MAX_SOCKETS_PER_VIEWER, which the bench leaves alone. */
const SOCKETS_PER_VIEWER = 10;

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAverageBefore = loadavg();
  const size = quick ? QUICK_SIZE : FULL_SIZE;
  const fanOutSizes = quick ? [1000] : [1000, 10000];
  const apiScript = join(root, API_ENTRY);
  const jwtSecret = randomBytes(48).toString('base64url');
  const rows: ResultRow[] = [];
  const failures: string[] = [];

  const tree = sourceTree(root);
  log(`source: commit ${tree.commit}, ${tree.uncommittedFiles} tracked files with uncommitted changes`);
  const target = await openTarget();
  log(`database: ${target.description}`);
  const pglite = target.kind === 'pglite';
  // The data-size table: on request (--sizes=…), and in the full run at 10k and 100k. A million is opt-in: growing
  // from 100k to 1M took 33 minutes on this machine under load (docs/benchmarks.md, "Wall times").
  const sizes = [...new Set(numbers(flag('sizes')) ?? (quick ? [] : [10_000, 100_000]))].sort((x, y) => x - y);
  const mainScenarios = ['feed', 'search', 'taxii', 'publish', 'fan-out', 'mail', 'client', 'cold-start'].some(runs);
  const sizesRun = runs('sizes') ? sizes : [];
  const servers: ServerProcess[] = [];
  const stop = async (server: ServerProcess) => {
    await stopProcess(server);
    servers.splice(servers.indexOf(server), 1);
  };
  let community: Community | undefined;
  const sizeResults: SizeResult[] = [];
  let ctx: BenchContext | undefined;
  try {
    // 1. Migrate: start the API once and stop it (PGlite: one process per data directory).
    const migrating = await startProcess(root, apiScript, apiEnv(jwtSecret, target));
    log(`API started on an empty database (migrations run) in ${migrating.startMs} ms`);
    rows.push({
      scenario: 'cold start, empty database + migrations',
      target: 'Bulwark',
      note: `${migrating.startMs} ms (one start)`,
    });
    await stopProcess(migrating);

    // 2. The community (organizations, users); bulletins are written in steps below.
    const timeline = Math.max(size.bulletins, ...sizesRun);
    const writer = await target.withRunner((db) => createCommunity(db, size, 42, timeline));
    community = writer.community;
    const grow = async (to: number) => {
      const ms = await target.withRunner((db) => writer.grow(db, to));
      log(`bulletins grown to ${to} in ${ms} ms`);
      return ms;
    };

    ctx = {
      root,
      quick,
      jwtSecret,
      target,
      community,
      rows,
      log,
      seconds: quick ? 4 : 15,
      rounds: 5,
      roundSeconds: quick ? 2 : 3,
      warmupSeconds: quick ? 1 : 2,
      // PGlite is one session: at 50 connections the bare server answered 0–1 requests in a 4 s window (docs/benchmarks.md).
      connections: pglite ? 8 : 50,
      rates: numbers(flag('rates')) ?? (pglite ? [10, 50] : [100, 300]),
      rateSeconds: quick ? 2 : 5,
      sizeRate: numbers(flag('size-rate'))?.[0] ?? (pglite ? 10 : 50),
      profile: profilePhase ? { phase: profilePhase, profiler: null } : null,
      fanOutUsers: Number.isInteger(fanOutUsers) && fanOutUsers > 0 ? fanOutUsers : quick ? 120 : 2000,
    };
    const context = ctx;
    const perUser = Math.ceil((Math.max(...fanOutSizes) * 0.95) / ctx.fanOutUsers);
    if (runs('fan-out') && perUser > SOCKETS_PER_VIEWER) {
      log(
        `WARNING: ${ctx.fanOutUsers} users for ${Math.max(...fanOutSizes)} sockets is ${perUser} sockets per user; ` +
          `MAX_SOCKETS_PER_VIEWER is ${SOCKETS_PER_VIEWER}: sockets beyond it are refused`,
      );
    }

    // 3. The data-size table: grow, plan, measure; sizes up to the main run's before it, larger ones after it.
    const sizeStep = async (to: number) => {
      const growMs = await grow(to);
      const plans = await target.withRunner((db) => explainReads(db, writer.community));
      const result = await measureAtSize(context, to, growMs, plans, [
        FEED_CASE,
        ...searchCases(writer.community, true),
      ]);
      sizeRows(context, result);
      sizeResults.push(result);
    };
    for (const to of sizesRun.filter((n) => n <= size.bulletins)) await sizeStep(to);

    if (mainScenarios) {
      await mainRun(context, grow, size.bulletins, fanOutSizes, failures, servers, stop);
    }
    for (const to of sizesRun.filter((n) => n > size.bulletins)) await sizeStep(to);
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
  const sizeTable = ctx ? renderSizeTable(ctx, sizeResults) : '';
  if (sizeTable) process.stdout.write(`\nData sizes (${target.kind}):\n\n${sizeTable}\n`);
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
    sizes: sizeResults,
    failures,
    table,
    sizeTable,
  };
  writeFileSync(file, JSON.stringify(results, null, 2));
  log(`machine: ${JSON.stringify(machine)}; results written to ${file}`);
  if (failures.length > 0) {
    process.stderr.write(`\n*** BENCH FAILED ***\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    process.exit(2);
  }
}

/**
 * The main scenarios on the data set grown to `bulletins`: the plans, then the API and the bare server side by side
 * (reads, publish), the fan-out and its baseline, cold starts, and the records check.
 */
async function mainRun(
  ctx: BenchContext,
  grow: (to: number) => Promise<number>,
  bulletins: number,
  fanOutSizes: readonly number[],
  failures: string[],
  servers: ServerProcess[],
  stop: (server: ServerProcess) => Promise<void>,
): Promise<void> {
  const { target, community } = ctx;
  const apiScript = join(root, API_ENTRY);
  const bareScript = join(root, 'dist/apps/bench/src/bare-server.js');
  if (community.counts['bulletins'] !== bulletins) await grow(bulletins);
  log(`loaded ${JSON.stringify(community.counts)} in ${community.loadMs} ms`);
  ctx.rows.push({
    scenario: 'data load (generator, SQL batches)',
    target: target.kind,
    note: `${community.loadMs} ms`,
  });
  const plans = await target.withRunner((db) => explainReads(db, community));
  const labels: Record<string, string> = {
    feed: 'feed read',
    'search-text': 'search, full text',
    'search-ip': 'search, indicator IPv4',
    taxii: `TAXII page of ${TAXII_PAGE} objects`,
  };
  for (const [key, statements] of Object.entries(plans)) {
    for (const plan of statements) {
      log(`${labels[key]} SQL: ${plan.statement}: ${plan.ms} ms (${plan.plan})`);
      ctx.rows.push({
        scenario: `${labels[key]} SQL alone: ${plan.statement} (median of 5)`,
        target: target.kind,
        p50Ms: plan.ms,
        note: plan.plan,
      });
    }
  }

  const reads: ReadCase[] = [
    ...(runs('feed') ? [FEED_CASE] : []),
    ...(runs('search') ? searchCases(community, ctx.quick) : []),
  ];
  // Every API start goes through here: with --profile, each gets an inspector and the profiler follows it.
  const startApi = async () => {
    const inspectPort = await freePort();
    const profileArgs = ctx.profile ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
    const api = await startProcess(root, apiScript, apiEnv(ctx.jwtSecret, target), profileArgs);
    servers.push(api);
    if (ctx.profile) {
      ctx.profile.profiler?.close();
      ctx.profile.profiler = await InspectorProfiler.attach(inspectPort, api.child.pid as number);
    }
    return api;
  };
  const startBare = async () => {
    const bare = await startProcess(root, bareScript, { JWT_SECRET: ctx.jwtSecret, ...target.env });
    servers.push(bare);
    return bare;
  };

  // 4. The API on the loaded database; its first start is the first cold start after the load.
  let api = await startApi();
  const firstStartMs = api.startMs;
  log(`API cold start to /health/ready on the loaded database: ${api.startMs} ms`);
  const clerkToken = await signIn(api.url, community.clerkEmail);
  const publisherToken = await signIn(api.url, community.publisherEmail);
  if (runs('taxii')) ctx.rows.push(await taxiiPageThroughApi(api.url, clerkToken, target.kind));

  // 5. Reads, side by side. PostgreSQL: both servers up, their answers compared byte for byte, windows interleaved.
  // PGlite: one process per data directory, so each round restarts the API, then the bare server.
  const sameAnswer = new Map<string, boolean>();
  let bulwarkReads = new Map<string, ReadMeasure>();
  let bareReads = new Map<string, ReadMeasure>();
  let bare: ServerProcess | null = null;
  const mode: ReadMode = target.kind === 'postgres' ? 'interleaved' : 'alternating-processes';
  if (target.kind === 'postgres' && (reads.length > 0 || runs('publish'))) {
    bare = await startBare();
    for (const c of reads) {
      sameAnswer.set(
        c.key,
        (await answer(api.url, clerkToken, c.body)) === (await answer(bare.url, clerkToken, c.body)),
      );
    }
    ({ bulwark: bulwarkReads, bare: bareReads } = await measureReadsInterleaved(ctx, api, bare, clerkToken, reads));
  } else if (reads.length > 0) {
    for (let round = 0; round < ctx.rounds; round++) {
      if (round > 0) api = await startApi();
      await measureReadRound(ctx, api, clerkToken, reads, round, bulwarkReads, 'Bulwark');
      await stop(api);
      const roundBare = await startBare();
      await measureReadRound(ctx, roundBare, clerkToken, reads, round, bareReads, 'bare');
      await stop(roundBare);
    }
    if (runs('publish') || runs('fan-out') || runs('client')) api = await startApi();
  }
  reportReads(ctx, reads, bulwarkReads, bareReads, sameAnswer, mode);

  // 6. Publish and fan-out on the API, then publish on the bare server (PGlite: only once the API has stopped).
  const apiUp = servers.includes(api);
  const bulwarkPublish = apiUp && runs('publish') ? await publishThroughApi(ctx, api, publisherToken) : null;
  const fanOuts: FanOutRun[] = [];
  if (apiUp && runs('fan-out')) {
    const setup = await prepareFanOut(ctx, api);
    for (const count of fanOutSizes) fanOuts.push(await fanOutApi(ctx, api, setup, count));
  }
  if (apiUp && runs('client'))
    failures.push(...(await clientLibrary(ctx, api.url, clerkToken, publisherToken)).failures);
  ctx.profile?.profiler?.close();
  if (apiUp) await stop(api);
  let barePublishMeasure: PublishMeasure | null = null;
  if (bulwarkPublish) {
    bare ??= await startBare();
    barePublishMeasure = await publishBare(ctx, bare, publisherToken);
  }
  if (bare && servers.includes(bare)) await stop(bare);
  if (bulwarkPublish && barePublishMeasure) reportPublish(ctx, bulwarkPublish, barePublishMeasure);

  // 7. Fan-out baseline: a bare ws server, the same socket counts.
  for (const run of fanOuts) {
    const baseline: BareFanOutRun = await fanOutBare(ctx, run.sockets, run.sample);
    failures.push(...reportFanOut(ctx, run, baseline));
  }

  // 8. Mail fan-out: its own API processes (SMTP_URL at a local sink), one per recipient count.
  if (runs('mail')) {
    const counts = numbers(flag('mail-sizes')) ?? (ctx.quick ? [100, 300] : [100, 1000, 3000]);
    failures.push(...(await mailFanOut(ctx, publisherToken, counts)).failures);
  }

  // 9. Cold start, repeated, against a bare process that opens the same database.
  if (runs('cold-start')) await coldStart(ctx, firstStartMs);
  else
    ctx.rows.push({
      scenario: 'cold start, loaded database',
      target: 'Bulwark',
      note: `${firstStartMs} ms (one start)`,
    });

  // 10. Every publication has its event and its audit records.
  if (bulwarkPublish) {
    const problems = await target.withRunner((db) => checkPublishRecords(db, ctx.rows));
    failures.push(...problems);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
