import { lowerTier, Tier, tierCovers } from '@bulwark/domain';
import { createTransport } from 'nodemailer';
import { join } from 'node:path';
import { API_ENTRY, apiEnv, type BenchContext, profiled } from '../bench-context';
import { InspectorProfiler } from '../inspector-profiler';
import type { GeneratedUser } from '../generate';
import { graphql } from '../graphql-client';
import { percent, percentile } from '../results-table';
import { freePort, processUsage, type ServerProcess, startProcess, stopProcess } from '../server-process';
import { type ReceivedMail, SmtpSink } from '../smtp-sink';
import { now } from './fan-out.scenario';

const CREATE = `mutation Create($input: CreateBulletinInput!) { createBulletin(input: $input) { id } }`;
const PUBLISH = `mutation Publish($input: BulletinRefInput!) { publishBulletin(input: $input) { id } }`;
const FEED_NAME = 'Bench mail fan-out';
/** How often the mail worker polls; new events wake it at once anyway (EventBus). */
const POLL_MS = '50';
/** After the last expected mail, how long the sink keeps listening for duplicates. */
const GRACE_MS = 1000;

export interface MailFanOutRun {
  recipients: number;
  organizations: number;
  publishMs: number;
  /** From just before publishBulletin was sent, in ms: the first, the median and the last mail at the sink. */
  firstMs: number | null;
  halfMs: number | null;
  allMs: number | null;
  perSecond: number;
  /** From the outbox rows (database clock): the last row written by the planner, the first and last SENT. */
  plannedMs: number | null;
  firstSentMs: number | null;
  lastSentMs: number | null;
  statuses: Record<string, number>;
  received: number;
  missing: number;
  duplicates: number;
  strangers: number;
  cpuMsPerMail: number;
  bytes: number;
  baseline: { ms: number; perSecond: number } | null;
}

/** `count` users who may read a GREEN bulletin, taken organization by organization. */
function recipients(ctx: BenchContext, count: number): { ids: string[]; emails: string[]; organizations: number } {
  const vetted = new Map(ctx.community.orgs.map((org) => [org.id, org.vetted as Tier]));
  const publishers = new Set([ctx.community.publisherEmail, ctx.community.approverEmail]);
  const byOrg = new Map<string, GeneratedUser[]>();
  for (const user of ctx.community.users) {
    if (publishers.has(user.email)) continue;
    if (!tierCovers(lowerTier(user.clearance as Tier, vetted.get(user.orgId) ?? Tier.CLEAR), Tier.GREEN)) continue;
    byOrg.set(user.orgId, [...(byOrg.get(user.orgId) ?? []), user]);
  }
  // The largest organizations first: as few as the generated community allows.
  const chosen = [...byOrg.values()]
    .sort((a, b) => b.length - a.length)
    .flat()
    .slice(0, count);
  return {
    ids: chosen.map((u) => u.id),
    emails: chosen.map((u) => u.email),
    organizations: new Set(chosen.map((u) => u.orgId)).size,
  };
}

/** One saved feed per recipient, mailing immediately from LOW up, its cursor at the head of the event log. */
async function subscribe(ctx: BenchContext, userIds: readonly string[]): Promise<void> {
  await ctx.target.withRunner((db) =>
    db.query(
      `WITH f AS (
         INSERT INTO feeds (user_id, name, filter)
         SELECT u, $2, '{}'::jsonb FROM unnest($1::uuid[]) AS t(u) RETURNING id)
       INSERT INTO mail_subscriptions (feed_id, immediate_min_severity, cursor_sequence)
       SELECT f.id, 'LOW', (SELECT last_sequence FROM event_sequence WHERE id = 1) FROM f`,
      [userIds, FEED_NAME],
    ),
  );
}

const unsubscribeAll = (ctx: BenchContext) =>
  ctx.target.withRunner((db) => db.query('DELETE FROM feeds WHERE name = $1', [FEED_NAME]));

/** The outbox rows of the bulletin: statuses, Message-IDs, and the planner's and dispatcher's times (epoch ms). */
async function outbox(ctx: BenchContext, bulletinId: string) {
  return ctx.target.withRunner((db) =>
    db.query(
      `SELECT status::text AS status, message_id, to_address,
         extract(epoch FROM created_at) * 1000 AS created, extract(epoch FROM sent_at) * 1000 AS sent
       FROM mails WHERE bulletin_id = $1`,
      [bulletinId],
    ),
  );
}

/** The SMTP handoff alone: the first received message resent `count` times, one at a time on one connection. */
async function bareSends(sink: SmtpSink, count: number): Promise<{ ms: number; perSecond: number } | null> {
  if (!sink.sample) return null;
  const raw = sink.sample.toString('utf8');
  const transport = createTransport({
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    pool: true,
    maxConnections: 1,
  });
  sink.reset();
  const started = now();
  try {
    for (let i = 0; i < count; i++) {
      await transport.sendMail({
        envelope: { from: 'bulwark@localhost', to: [`bare${i}@bench.example`] },
        raw: raw.replace(/^(message-id:\s*)<[^>\r\n]+>/im, `$1<bare-${i}@bench.example>`),
      });
    }
  } finally {
    transport.close();
  }
  const ms = now() - started;
  return { ms: Math.round(ms), perSecond: Math.round((count / ms) * 1000 * 10) / 10 };
}

/** Who got what: each expected address once, each Message-ID one of the outbox's. */
function tally(received: readonly ReceivedMail[], emails: readonly string[], messageIds: ReadonlySet<string>) {
  const byAddress = new Map<string, number>();
  for (const mail of received) for (const to of mail.to) byAddress.set(to, (byAddress.get(to) ?? 0) + 1);
  const seenIds = new Set<string>();
  let duplicates = 0;
  let strangers = 0;
  for (const mail of received) {
    if (!mail.messageId || !messageIds.has(mail.messageId)) strangers++;
    else if (seenIds.has(mail.messageId)) duplicates++;
    else seenIds.add(mail.messageId);
  }
  const missing = emails.filter((email) => !byAddress.has(email)).length;
  duplicates += [...byAddress.values()].reduce((n, times) => n + Math.max(0, times - 1), 0);
  return { missing, duplicates, strangers };
}

const since = (t0: number, at: number | undefined) => (at === undefined ? null : Math.round(at - t0));

interface Published {
  bulletinId: string;
  /** Just before publishBulletin was sent (epoch ms). */
  t0: number;
  publishMs: number;
  /** The API's CPU time from the publication to the last expected mail (or the time-out). */
  cpuMs: number;
}

/** Creates the bulletin, publishes it, and waits for the sink to hold `expected` mails and a little longer. */
async function publishAndWait(api: ServerProcess, sink: SmtpSink, token: string, expected: number): Promise<Published> {
  const input = {
    tier: 'GREEN',
    title: `Mail fan-out to ${expected}: ransomware staging against county voter registration systems`,
    summary: 'Active ransomware staging was observed against several county voter registration systems.',
    body: 'Isolate exposed remote access, rotate administrator credentials and report indicators to the state.',
    category: 'CYBER_THREAT',
    severity: 'CRITICAL',
    tags: ['ransomware', 'vrdb'],
  };
  const created = await graphql<{ createBulletin: { id: string } }>(api.url, CREATE, { input }, token);
  const bulletinId = created.createBulletin.id;
  const pid = api.child.pid as number;
  const cpuBefore = processUsage(pid).cpuMs;
  const t0 = now();
  await graphql(api.url, PUBLISH, { input: { id: bulletinId } }, token);
  const publishMs = Math.round(now() - t0);
  await sink.waitFor(expected, Math.max(60_000, expected * 200));
  const cpuMs = processUsage(pid).cpuMs - cpuBefore;
  await new Promise((r) => setTimeout(r, GRACE_MS));
  return { bulletinId, t0, publishMs, cpuMs };
}

/**
 * A CISA publisher publishes one CRITICAL GREEN bulletin; `count` users each have a saved feed mailing immediately.
 * The API runs with SMTP_URL at a local sink and MAIL_POLL_MS of 50; the clock starts just before publishBulletin
 * is sent and stops when the sink has every mail (or the time runs out). The outbox rows say afterwards when each
 * mail was planned and recorded SENT. Then the same number of the same message goes straight to the sink.
 */
async function runOnce(ctx: BenchContext, sink: SmtpSink, publisherToken: string, count: number) {
  const who = recipients(ctx, count);
  if (who.ids.length < count) ctx.log(`mail fan-out: only ${who.ids.length} users may read GREEN; asked ${count}`);
  await subscribe(ctx, who.ids);
  sink.reset();
  sink.sample = null;
  const env = { ...apiEnv(ctx.jwtSecret, ctx.target), SMTP_URL: sink.url, MAIL_POLL_MS: POLL_MS };
  const expected = who.ids.length;
  let published: Published;
  let rows: Record<string, unknown>[];
  try {
    // --profile=mail-<count>: this run's API under the inspector, profiled from the publication to the last mail.
    const phase = `mail-${count}`;
    const inspectPort = await freePort();
    const profiling = ctx.profile?.phase === phase ? ctx.profile : null;
    const nodeArgs = profiling ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
    const api = await startProcess(ctx.root, join(ctx.root, API_ENTRY), env, nodeArgs);
    try {
      if (profiling) profiling.profiler = await InspectorProfiler.attach(inspectPort, api.child.pid as number);
      published = await profiled(ctx, phase, api.child.pid, () => publishAndWait(api, sink, publisherToken, expected));
    } finally {
      profiling?.profiler?.close();
      await stopProcess(api);
    }
    rows = await outbox(ctx, published.bulletinId);
  } finally {
    await unsubscribeAll(ctx);
  }
  const { t0, publishMs, cpuMs } = published;
  const received = [...sink.received];
  const statuses: Record<string, number> = {};
  for (const row of rows) statuses[String(row['status'])] = (statuses[String(row['status'])] ?? 0) + 1;
  const times = (key: string) =>
    rows
      .map((row) => row[key])
      .filter((v) => v !== null)
      .map(Number)
      .sort((a, b) => a - b);
  const created = times('created');
  const sent = times('sent');
  const arrivals = received.map((m) => m.at).sort((a, b) => a - b);
  const check = tally(received, who.emails, new Set(rows.map((row) => String(row['message_id']))));
  const allMs = received.length >= expected ? since(t0, arrivals[expected - 1]) : null;
  const run: MailFanOutRun = {
    recipients: expected,
    organizations: who.organizations,
    publishMs,
    firstMs: since(t0, arrivals[0]),
    halfMs: since(t0, arrivals[Math.ceil(expected / 2) - 1]),
    allMs,
    perSecond: allMs ? Math.round((expected / allMs) * 1000 * 10) / 10 : 0,
    plannedMs: since(t0, created.at(-1)),
    firstSentMs: since(t0, sent[0]),
    lastSentMs: since(t0, sent.at(-1)),
    statuses,
    received: received.length,
    ...check,
    cpuMsPerMail: received.length > 0 ? Math.round((cpuMs / received.length) * 10) / 10 : 0,
    bytes: percentile(
      received.map((m) => m.bytes),
      50,
    ),
    baseline: await bareSends(sink, expected),
  };
  ctx.log(`mail fan-out ${expected}: ${JSON.stringify(run)}`);
  return run;
}

/** Problems worth failing the run for: a mail missing, doubled, or not one the outbox queued. */
function problems(run: MailFanOutRun): string[] {
  const found: string[] = [];
  if (run.missing > 0) found.push(`mail fan-out ${run.recipients}: ${run.missing} recipients got no mail`);
  if (run.duplicates > 0) found.push(`mail fan-out ${run.recipients}: ${run.duplicates} mails arrived twice`);
  if (run.strangers > 0) found.push(`mail fan-out ${run.recipients}: ${run.strangers} mails with unknown Message-IDs`);
  return found;
}

/** Planning per subscription (publication to the last outbox row) and sending per mail (first to last SENT). */
function perMail(run: MailFanOutRun): string {
  const { plannedMs, firstSentMs, lastSentMs, recipients } = run;
  if (plannedMs === null || firstSentMs === null || lastSentMs === null || recipients < 2) return 'n/a';
  const planning = (plannedMs / recipients).toFixed(1);
  const sending = ((lastSentMs - firstSentMs) / (recipients - 1)).toFixed(1);
  return `${planning} ms a subscription planning, ${sending} ms a mail sending`;
}

export async function mailFanOut(
  ctx: BenchContext,
  publisherToken: string,
  counts: readonly number[],
): Promise<{ runs: MailFanOutRun[]; failures: string[] }> {
  const sink = await SmtpSink.start();
  const runs: MailFanOutRun[] = [];
  try {
    for (const count of counts) runs.push(await runOnce(ctx, sink, publisherToken, count));
  } finally {
    await sink.close();
  }
  const baseline = runs[0];
  for (const run of runs) {
    const label = `mail fan-out, 1 CRITICAL GREEN bulletin to ${run.recipients} feeds (SMTP, ${ctx.target.kind})`;
    const statuses = Object.entries(run.statuses)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
    const ms = (value: number | null) => (value === null ? 'not reached' : `${value} ms`);
    ctx.rows.push({
      scenario: label,
      target: 'Bulwark',
      reqPerSec: run.perSecond,
      p50Ms: run.halfMs ?? undefined,
      maxMs: run.allMs ?? undefined,
      errors: run.missing + run.duplicates + run.strangers,
      note:
        `mails/s publish→100%; first ${ms(run.firstMs)}, 50% ${ms(run.halfMs)}, 100% ${ms(run.allMs)}; ` +
        `all outbox rows written ${ms(run.plannedMs)}, ` +
        `first SENT ${ms(run.firstSentMs)}, last SENT ${ms(run.lastSentMs)} (${perMail(run)}); ` +
        `${run.received} received (${run.bytes} B each), ${statuses}; ${run.organizations} organizations; ` +
        `publish request ${run.publishMs} ms; API CPU ${run.cpuMsPerMail} ms a mail`,
    });
    if (run.baseline)
      ctx.rows.push({
        scenario: label,
        target: 'bare nodemailer → same sink',
        reqPerSec: run.baseline.perSecond,
        maxMs: run.baseline.ms,
        note:
          `the same message ${run.recipients} times, one at a time on one pooled connection ` +
          `(as the API's transport); ` +
          `Bulwark's mails/s are ${percent(run.perSecond, run.baseline.perSecond)} of this`,
      });
    if (baseline && run !== baseline)
      ctx.rows.push({
        scenario: label,
        target: `Bulwark at ${run.recipients} ÷ at ${baseline.recipients}`,
        note: `${percent(run.perSecond, baseline.perSecond)} of the mails/s at ${baseline.recipients}`,
      });
  }
  return { runs, failures: runs.flatMap(problems) };
}
