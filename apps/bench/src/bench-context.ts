import { join } from 'node:path';
import type { DbTarget } from './database-target';
import type { InspectorProfiler } from './inspector-profiler';
import type { Community } from './generate';
import type { ResultRow } from './results-table';

/** What every scenario gets: the run's settings, the database, the generated community and the table. */
export interface BenchContext {
  root: string;
  quick: boolean;
  jwtSecret: string;
  target: DbTarget;
  community: Community;
  rows: ResultRow[];
  log: (line: string) => void;
  /** Seconds of the publish window. */
  seconds: number;
  /** Read windows: `rounds` per server and case, `roundSeconds` each, after `warmupSeconds` of warm-up. */
  rounds: number;
  roundSeconds: number;
  warmupSeconds: number;
  connections: number;
  /** Offered loads (requests per second) for the open-loop runs, each `rateSeconds` long. */
  rates: number[];
  rateSeconds: number;
  /** The offered load of the data-size table's open-loop runs. */
  sizeRate: number;
  /** `--profile=<phase>`: the phase to profile on the API, and the profiler attached to it. */
  profile: { phase: string; profiler: InspectorProfiler | null } | null;
  /** How many signed-in users hold the fan-out's sockets (each signs in once; its sockets share the token). */
  fanOutUsers: number;
}

/** Runs `work`, with the API's CPU profiled around it when `phase` is the one asked for and `pid` is the API's. */
export async function profiled<T>(ctx: BenchContext, phase: string, pid: number | undefined, work: () => Promise<T>) {
  const profiler = ctx.profile?.phase === phase ? ctx.profile.profiler : null;
  if (!profiler || profiler.pid !== pid) return work();
  await profiler.start();
  const result = await work();
  const file = join(ctx.root, 'bench-results', `profile-${phase}-${Date.now()}.cpuprofile`);
  await profiler.stop(file);
  ctx.log(`CPU profile of the API during ${phase}: ${file}`);
  return result;
}

/** The API's environment for every run: production mode, the bench's secret, no limiter in the way. */
/** The API as `npm start` runs it: the production bundle through its code-cache loader (the first start writes the cache). */
export const API_ENTRY = 'dist/apps/api/src/bundle-loader.js';

export function apiEnv(jwtSecret: string, target: DbTarget): Record<string, string> {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: jwtSecret,
    PUBLIC_URL: 'http://localhost',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    // One client hammering a few accounts: the per-viewer and per-address limits would answer 429.
    RATE_LIMIT_PER_VIEWER: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
    SIGN_IN_LIMIT_PER_ADDRESS: '0',
    SIGN_IN_LIMIT_PER_EMAIL: '0',
    // Fan-out opens up to 10,000 sockets, all from 127.0.0.1. MAX_SOCKETS_PER_VIEWER keeps its shipped default
    // (10): the fan-out spreads its sockets over enough users to stay under it.
    MAX_SOCKETS_PER_ADDRESS: '100000',
    ACCESS_TOKEN_TTL_SECONDS: '3600',
    ...target.env,
  };
}
