import { Tier, TIERS_IN_ORDER } from '@bulwark/domain';
import { createHmac } from 'node:crypto';
import { type BenchContext, profiled } from '../bench-context';
import { graphql, signInAll } from '../graphql-client';
import { processUsage, type ServerProcess } from '../server-process';
import { type Audience, chooseAudience, eligibleSockets, publishedMarking, socketsFor } from './fan-out-audience';
import { ClientProcess } from './fan-out-client-process';

export const SUBSCRIPTION = `subscription Events($since: Float) { bulletinEvents(since: $since) { sequence type occurredAt
  bulletin { id reference tier status title summary severity category publishedAt jurisdictions } } }`;
const CREATE = `mutation Create($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }`;
const SUBMIT = `mutation Submit($input: SubmitBulletinInput!) { submitBulletin(input: $input) { id } }`;
const PUBLISH = `mutation Publish($input: BulletinRefInput!) { publishBulletin(input: $input) { id } }`;
const TWO_PERSON: readonly Tier[] = [Tier.AMBER_STRICT, Tier.RED];
const GRACE_MS = 300;
export const now = () => performance.timeOrigin + performance.now();

interface Person {
  id: string;
  orgId: string;
  token: string;
}

export interface FanOutSetup {
  audience: Audience;
  /** Token index per subscriber (same order as audience.subscribers). */
  tokens: string[];
  author: Person;
  approver: Person;
}

export interface DeliveryCheck {
  label: string;
  expected: number;
  delivered: number;
  leaks: number;
  misses: number;
  duplicates: number;
  latencies: number[];
}

export interface FanOutRun {
  sockets: number;
  connected: number;
  connectMs: number;
  failures: Record<string, number>;
  checks: DeliveryCheck[];
  /** Server CPU over the measured publications, per publication. */
  cpuMsPerEvent: number;
  cpuUsPerDelivery: number;
  rssKbPerSocket: number;
  rssMb: [number, number];
  errors: string[];
  dropped: number;
  sample: string | null;
}

/** Users signed in through `login` even when the rest are given sessions directly. */
const SIGNED_IN_THROUGH_LOGIN = 16;

/**
 * On PostgreSQL, sessions for users beyond the first few are written straight into the run's database and their
 * access tokens signed with the run's secret, exactly as `login` would (claims `sub` and `sid`, HS256, issuer
 * `bulwark`, audience `bulwark-api`): argon2id at 2,000 sign-ins took 3 minutes of two cores, and sign-in is not
 * what the fan-out measures. PGlite is one process's: there every user signs in through `login`.
 */
async function mintSessions(ctx: BenchContext, emails: readonly string[]): Promise<Map<string, string>> {
  const ttlSeconds = 3600;
  const idByEmail = new Map(ctx.community.users.map((user) => [user.email, user.id]));
  const userIds = emails.map((email) => {
    const id = idByEmail.get(email);
    if (!id) throw new Error(`no user ${email}`);
    return id;
  });
  const rows = await ctx.target.withRunner((db) =>
    db.query(
      `INSERT INTO sessions (user_id, expires_at)
       SELECT u, now() + make_interval(secs => $2) FROM unnest($1::uuid[]) WITH ORDINALITY AS t(u, n) ORDER BY n
       RETURNING id, user_id`,
      [userIds, ttlSeconds],
    ),
  );
  const sessionByUser = new Map(rows.map((row) => [String(row['user_id']), String(row['id'])]));
  const tokens = new Map<string, string>();
  const iat = Math.floor(Date.now() / 1000);
  emails.forEach((email, index) => {
    const sub = userIds[index];
    const sid = sessionByUser.get(sub);
    if (!sid) throw new Error(`no session minted for ${email}`);
    tokens.set(
      email,
      signHs256({ sid, sub, iss: 'bulwark', aud: 'bulwark-api', iat, exp: iat + ttlSeconds }, ctx.jwtSecret),
    );
  });
  return tokens;
}

/** A JWT as jsonwebtoken signs one with HS256. */
function signHs256(claims: Record<string, unknown>, secret: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/**
 * Signs in the audience's users once; their tokens are reused by every socket of that user. The first few (and
 * the publishers) through `login`; on PostgreSQL the rest are given sessions directly (mintSessions).
 */
export async function prepareFanOut(ctx: BenchContext, api: ServerProcess): Promise<FanOutSetup> {
  const audience = chooseAudience(ctx.community, ctx.fanOutUsers);
  const emails = audience.subscribers.map((s) => s.email as string);
  const started = performance.now();
  const publishers = new Set([ctx.community.publisherEmail, ctx.community.approverEmail]);
  const minted =
    ctx.target.kind === 'postgres' ? emails.slice(SIGNED_IN_THROUGH_LOGIN).filter((e) => !publishers.has(e)) : [];
  const mintedSet = new Set(minted);
  const throughLogin = emails.filter((email) => !mintedSet.has(email));
  const byEmail = await signInAll(api.url, throughLogin, 8);
  for (const [email, token] of await mintSessions(ctx, minted)) byEmail.set(email, token);
  ctx.log(
    `fan-out: ${throughLogin.length} users signed in, ${minted.length} given sessions directly, in ${Math.round(performance.now() - started)} ms`,
  );
  const person = (email: string): Person => {
    const user = ctx.community.users.find((u) => u.email === email);
    if (!user) throw new Error(`no user ${email}`);
    return { id: user.id, orgId: user.orgId, token: byEmail.get(email) as string };
  };
  return {
    audience,
    tokens: emails.map((email) => byEmail.get(email) as string),
    author: person(ctx.community.publisherEmail),
    approver: person(ctx.community.approverEmail),
  };
}

/** Creates a bulletin of `tier` addressed to the audience and publishes it; t0 is taken just before the publish. */
async function publishTier(
  url: string,
  setup: FanOutSetup,
  tier: Tier,
  label: string,
): Promise<{ id: string; t0: number; publisherId: string }> {
  const { audience, author, approver } = setup;
  const input = {
    tier,
    title: `Fan-out ${label}: ${tier} advisory on election night reporting portal`,
    summary: 'A denial-of-service campaign is expected against election night reporting sites.',
    body: 'Enable upstream filtering and coordinate with your provider before polls close.',
    category: 'CYBER_THREAT',
    severity: 'HIGH',
    ...(tier === Tier.AMBER ? { recipientOrganizationIds: audience.amberOrgIds } : {}),
    ...(tier === Tier.AMBER_STRICT ? { recipientOrganizationIds: audience.strictOrgIds } : {}),
    ...(tier === Tier.RED ? { recipientUserIds: audience.redUserIds } : {}),
  };
  const created = await graphql<{ createBulletin: { id: string } }>(url, CREATE, { input }, author.token);
  const id = created.createBulletin.id;
  if (tier === Tier.RED) await graphql(url, SUBMIT, { input: { id, approverUserId: approver.id } }, author.token);
  const publisher = TWO_PERSON.includes(tier) ? approver : author;
  const t0 = now();
  await graphql(url, PUBLISH, { input: { id } }, publisher.token);
  return { id, t0, publisherId: publisher.id };
}

/**
 * One anonymous probe socket learns the current event sequence from a CLEAR probe bulletin, so the N sockets can
 * subscribe with `since` and none can miss an event by subscribing late.
 */
async function probeSequence(clients: ClientProcess, api: ServerProcess, setup: FanOutSetup): Promise<number> {
  const connected = await clients.request(
    {
      cmd: 'connect',
      url: `${api.url.replace('http', 'ws')}/graphql`,
      tokens: [],
      socketTokens: [-1],
      query: SUBSCRIPTION,
      variables: {},
      parallel: 1,
      offset: 0,
    },
    'connected',
  );
  if (connected.open !== 1) throw new Error(`fan-out probe could not subscribe: ${JSON.stringify(connected.failures)}`);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await new Promise((r) => setTimeout(r, 300));
    const probe = await publishTier(api.url, setup, Tier.CLEAR, `probe ${attempt}`);
    const seen = await clients.request(
      { cmd: 'await', id: probe.id, expected: 1, timeoutMs: 3000, graceMs: 0 },
      'awaited',
    );
    if (seen.sequence !== null) {
      clients.send({ cmd: 'terminate', index: 0 });
      return seen.sequence;
    }
  }
  throw new Error('fan-out probe never received its bulletin');
}

/** Compares who got a bulletin with who may read it (libs/policy), socket by socket. */
function check(label: string, eligible: Set<number>, arrivals: Map<number, number[]>, t0: number): DeliveryCheck {
  let leaks = 0;
  let duplicates = 0;
  let delivered = 0;
  const latencies: number[] = [];
  for (const [socket, times] of arrivals) {
    if (!eligible.has(socket)) leaks += times.length;
    else {
      delivered++;
      duplicates += times.length - 1;
      latencies.push(Math.min(...times) - t0);
    }
  }
  const misses = [...eligible].filter((socket) => !arrivals.has(socket)).length;
  return { label, expected: eligible.size, delivered, leaks, misses, duplicates, latencies };
}

/** N subscribers on the API: a CLEAR warm-up that every socket must get, then one bulletin of each tier. */
export async function fanOutApi(
  ctx: BenchContext,
  api: ServerProcess,
  setup: FanOutSetup,
  count: number,
): Promise<FanOutRun> {
  const clients = ClientProcess.start(ctx.root);
  const pid = api.child.pid as number;
  const timeoutMs = count > 2000 ? 120_000 : 30_000;
  try {
    const since = await probeSequence(clients, api, setup);
    const sockets = socketsFor(setup.audience, count);
    const before = processUsage(pid);
    const connected = await clients.request(
      {
        cmd: 'connect',
        url: `${api.url.replace('http', 'ws')}/graphql`,
        tokens: setup.tokens,
        socketTokens: sockets,
        query: SUBSCRIPTION,
        variables: { since },
        parallel: 50,
        offset: 1,
      },
      'connected',
    );
    ctx.log(
      `fan-out ${count}: ${connected.open} subscribed in ${connected.ms} ms ${JSON.stringify(connected.failures)}`,
    );
    const published: { label: string; id: string; t0: number; eligible: Set<number> }[] = [];
    const publishAndWait = async (tier: Tier, label: string) => {
      const { id, t0, publisherId } = await publishTier(api.url, setup, tier, label);
      const marking = publishedMarking(tier, setup.audience, setup.author.orgId, setup.author.id, publisherId);
      // Socket k of the batch is index k + 1 in the subscriber process (0 was the probe).
      const eligible = new Set([...eligibleSockets(setup.audience, sockets, marking)].map((s) => s + 1));
      const seen = await clients.request(
        { cmd: 'await', id, expected: eligible.size, timeoutMs, graceMs: GRACE_MS },
        'awaited',
      );
      ctx.log(`fan-out ${count}: ${label} ${tier}: ${seen.count} deliveries, ${eligible.size} expected`);
      published.push({ label, id, t0, eligible });
    };
    await publishAndWait(Tier.CLEAR, 'warm-up');
    const afterWarmup = processUsage(pid);
    await profiled(ctx, count > 1000 ? 'fan-out-10000' : 'fan-out', pid, async () => {
      for (const tier of TIERS_IN_ORDER) await publishAndWait(tier, 'measured');
    });
    const after = processUsage(pid);
    const report = await clients.request({ cmd: 'report' }, 'report');
    const byBulletin = new Map<string, Map<number, number[]>>();
    for (const [socket, id, at] of report.deliveries) {
      if (socket === 0) continue;
      const arrivals = byBulletin.get(id) ?? new Map<number, number[]>();
      arrivals.set(socket, [...(arrivals.get(socket) ?? []), at]);
      byBulletin.set(id, arrivals);
    }
    const known = new Set(published.map((p) => p.id));
    const strays = [...byBulletin.entries()].filter(([id]) => !known.has(id));
    const checks = published.map((p, i) =>
      check(
        i === 0 ? 'warm-up CLEAR' : (TIERS_IN_ORDER[i - 1] as string),
        p.eligible,
        byBulletin.get(p.id) ?? new Map<number, number[]>(),
        p.t0,
      ),
    );
    if (strays.length > 0) {
      const leaked = strays.reduce((n, [, arrivals]) => n + arrivals.size, 0);
      checks.push({
        label: 'other events',
        expected: 0,
        delivered: 0,
        leaks: leaked,
        misses: 0,
        duplicates: 0,
        latencies: [],
      });
    }
    const measured = checks.slice(1, 1 + TIERS_IN_ORDER.length);
    const deliveries = measured.reduce((n, c) => n + c.delivered + c.duplicates + c.leaks, 0);
    const cpuMs = after.cpuMs - afterWarmup.cpuMs;
    return {
      sockets: count,
      connected: connected.open,
      connectMs: connected.ms,
      failures: connected.failures,
      checks,
      cpuMsPerEvent: Math.round(cpuMs / TIERS_IN_ORDER.length),
      cpuUsPerDelivery: deliveries > 0 ? Math.round((cpuMs * 1000) / deliveries) : 0,
      rssKbPerSocket: Math.round(((afterWarmup.rssKb - before.rssKb) / count) * 10) / 10,
      rssMb: [Math.round(before.rssKb / 1024), Math.round(afterWarmup.rssKb / 1024)],
      errors: report.errors,
      dropped: report.dropped,
      sample: report.sample,
    };
  } finally {
    await clients.stop();
  }
}
