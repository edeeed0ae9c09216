import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ExpressionBuilder, type Kysely, sql, type UpdateObject } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { ancestorIdsOf } from '@api/auth/organization-lineage';
import type { DomainRow } from '@api/database/domain-enums';
import { afterMs, arrayOf, type DB, NOW, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import { WebhookDeliveryStatus } from './entities/webhook-delivery.entity';

export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
}

/** The statuses of a waiting delivery, as literals in the SQL, where the planner's statistics see them. */
export const WAITING = [sql.lit(WebhookDeliveryStatus.PENDING), sql.lit(WebhookDeliveryStatus.FAILED)];

/** A webhook `w` and its organization `o`. */
type WebhookJoin = DB & { w: DB['webhooks']; o: DB['organizations'] };

/** A webhook with its organization as they are now: what the policy needs to build its viewer (R8, R17). */
function readerColumns(db: Kysely<DB>, eb: ExpressionBuilder<WebhookJoin, 'w' | 'o'>) {
  return [
    'w.id',
    'w.organization_id',
    eb.ref('w.filter').$castTo<BulletinEventFilter>().as('filter'),
    'w.clearance',
    'w.enabled',
    eb.cast<string>('w.cursor_sequence', 'text').as('cursor_sequence'),
    'o.active as organization_active',
    'o.vetted_tier',
    ancestorIdsOf(db, eb.ref('o.parent_id')).as('ancestor_ids'),
  ] as const;
}

/** Enabled webhooks of active organizations that have not yet looked at the latest event. */
const BEHIND = sqlOf((db) =>
  db
    .selectFrom('webhooks as w')
    .innerJoin('organizations as o', 'o.id', 'w.organization_id')
    .select((eb) => readerColumns(db, eb))
    .where((eb) => eb.and([eb.ref('w.enabled'), eb.ref('o.active')]))
    .where('w.cursor_sequence', '<', (eb) =>
      eb.selectFrom('event_sequence').select('last_sequence').where('id', '=', 1),
    ),
);

export type WebhookReaderRow = DomainRow<ResultOf<typeof BEHIND>>;

/** What target runs. */
const deliveryTarget = (webhookId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('webhooks as w')
      .innerJoin('organizations as o', 'o.id', 'w.organization_id')
      .select((eb) => [
        ...readerColumns(db, eb),
        'w.url',
        'w.secret',
        // Null unless still within its grace period.
        eb
          .case()
          .when('w.previous_secret_expires_at', '>', NOW)
          .then(eb.ref('w.previous_secret'))
          .end()
          .as('previous_secret'),
      ])
      .where('w.id', '=', webhookId),
  );

export type DeliveryTargetRow = DomainRow<ResultOf<ReturnType<typeof deliveryTarget>>>;

/** What claimDue runs. */
const dueClaims = (leaseId: string, limit: number, leaseMs: number) =>
  sqlOf((db) =>
    db
      .updateTable('webhook_deliveries as d')
      .set({ lease_id: leaseId, next_attempt_at: afterMs(leaseMs) })
      .where('d.id', 'in', (eb) =>
        eb
          .selectFrom('webhook_deliveries as c')
          .select('c.id')
          .where('c.next_attempt_at', '<=', NOW)
          .where('c.status', 'in', WAITING)
          .orderBy('c.next_attempt_at')
          .orderBy('c.event_sequence')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returning((eb) => [
        'd.id',
        'd.webhook_id',
        eb.cast<string>('d.event_sequence', 'text').as('event_sequence'),
        'd.attempts',
      ]),
  );

export type ClaimedDelivery = DomainRow<ResultOf<ReturnType<typeof dueClaims>>>;

/** What disable runs. */
const disabledWebhook = (webhookId: string, reason: string) =>
  sqlOf((db) =>
    db
      .updateTable('webhooks')
      .set({ enabled: false, disabled_reason: reason.slice(0, 500), disabled_at: NOW, updated_at: NOW })
      .where('id', '=', webhookId)
      .where((eb) => eb.ref('enabled'))
      .returning(['id', 'organization_id', 'name', 'url', 'clearance']),
  );

export type DisabledWebhookRow = DomainRow<ResultOf<ReturnType<typeof disabledWebhook>>>;

/** What a record* writes to a delivery, besides handing its lease back. */
type Attempt = UpdateObject<DB, 'webhook_deliveries'>;

/**
 * The delivery queue: what the worker reads and writes. It never decides access, and reads no bulletin: the
 * bulletins module's BulletinReader applies libs/policy's predicate for the webhook's viewer, at enqueue time and
 * again at delivery time.
 */
@Injectable()
export class WebhookQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Enabled webhooks of active organizations that have not yet looked at the latest event. */
  behind(): Promise<WebhookReaderRow[]> {
    return run(this.dataSource, BEHIND);
  }

  /** True while there is anything for a worker to do or to watch for. */
  async hasWork(): Promise<boolean> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db.selectNoFrom((eb) =>
          eb
            .or([
              eb.exists(
                eb
                  .selectFrom('webhooks')
                  .select(eb.lit(1).as('one'))
                  .where((webhooks) => webhooks.ref('enabled')),
              ),
              eb.exists(
                eb
                  .selectFrom('webhook_deliveries')
                  .select(eb.lit(1).as('one'))
                  .where('next_attempt_at', 'is not', null)
                  .where('status', 'in', WAITING),
              ),
            ])
            .as('busy'),
        ),
      ),
    );
    return row?.busy === true;
  }

  /**
   * Locks the webhook row for enqueueing, or null when it is disabled or another instance holds it (on PostgreSQL,
   * SKIP LOCKED makes sure only one instance enqueues a given webhook at a time).
   */
  async lockForEnqueue(manager: EntityManager, webhookId: string): Promise<string | null> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('webhooks')
          .select((eb) => eb.cast<string>('cursor_sequence', 'text').as('cursor_sequence'))
          .where('id', '=', webhookId)
          .where((eb) => eb.ref('enabled'))
          .forUpdate()
          .skipLocked(),
      ),
    );
    return row?.cursor_sequence ?? null;
  }

  async enqueue(
    manager: EntityManager,
    webhookId: string,
    sequences: readonly string[],
    cursor: string,
  ): Promise<void> {
    if (sequences.length > 0) {
      await run(
        manager,
        sqlOf((db) =>
          db
            .insertInto('webhook_deliveries')
            .columns(['webhook_id', 'event_sequence'])
            .expression((eb) =>
              eb
                .selectFrom(sql<{ s: string }>`unnest(${[...sequences]}::text[])`.as('s'))
                .select((s) => [
                  s.val(webhookId).as('webhook_id'),
                  s.cast<string>('s.s', 'bigint').as('event_sequence'),
                ]),
            )
            .onConflict((oc) => oc.columns(['webhook_id', 'event_sequence']).doNothing()),
        ),
      );
    }
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('webhooks')
          .set({ cursor_sequence: cursor })
          .where('id', '=', webhookId)
          .where('cursor_sequence', '<', cursor),
      ),
    );
  }

  /**
   * Claims up to `limit` due deliveries for `leaseMs`: another worker skips them (SKIP LOCKED now, the pushed
   * `next_attempt_at` later) until the lease ends, when a crashed worker's claims become due again.
   */
  claimDue(leaseId: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return run(this.dataSource, dueClaims(leaseId, limit, leaseMs));
  }

  /** Hands back claims this worker did not get to (it is stopping): due again at once, for any worker. */
  async release(leaseId: string): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('webhook_deliveries')
          .set({ lease_id: null, next_attempt_at: NOW })
          .where('lease_id', '=', leaseId),
      ),
    );
  }

  /** The webhook, its organization and its signing secrets, as they are now. */
  target(webhookId: string): Promise<DeliveryTargetRow | null> {
    return runFirst(this.dataSource, deliveryTarget(webhookId));
  }

  /** Each record* applies only while the lease is still ours: a worker whose lease ran out writes nothing. */
  async recordDelivered(id: string, leaseId: string, outcome: AttemptOutcome): Promise<boolean> {
    return this.updateLeased(id, leaseId, (eb) => ({
      status: WebhookDeliveryStatus.DELIVERED,
      attempts: eb('attempts', '+', eb.lit(1)),
      last_attempt_at: NOW,
      last_status_code: outcome.statusCode,
      last_error: null,
      last_latency_ms: outcome.latencyMs,
      delivered_at: NOW,
      next_attempt_at: null,
    }));
  }

  /** A failed attempt: retried after `retryInMs`, or DEAD when that is null. */
  async recordFailed(id: string, leaseId: string, outcome: AttemptOutcome, retryInMs: number | null): Promise<boolean> {
    return this.updateLeased(id, leaseId, (eb) => ({
      status: retryInMs === null ? WebhookDeliveryStatus.DEAD : WebhookDeliveryStatus.FAILED,
      attempts: eb('attempts', '+', eb.lit(1)),
      last_attempt_at: NOW,
      last_status_code: outcome.statusCode,
      last_error: outcome.error?.slice(0, 500) ?? null,
      last_latency_ms: outcome.latencyMs,
      next_attempt_at: afterMs(retryInMs),
    }));
  }

  async recordSkipped(id: string, leaseId: string, reason: string): Promise<boolean> {
    return this.updateLeased(id, leaseId, () => ({
      status: WebhookDeliveryStatus.SKIPPED,
      last_error: reason.slice(0, 500),
      next_attempt_at: null,
    }));
  }

  private async updateLeased(
    id: string,
    leaseId: string,
    attempt: (eb: ExpressionBuilder<DB, 'webhook_deliveries'>) => Attempt,
  ): Promise<boolean> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('webhook_deliveries')
          .set((eb) => ({ ...attempt(eb), lease_id: null }))
          .where('id', '=', id)
          .where('lease_id', '=', leaseId)
          .returning('id'),
      ),
    );
    return rows.length > 0;
  }

  /**
   * The endpoint is failing: every waiting delivery of the webhook waits at least `delayMs` (ours, still leased
   * and not tried, are released to that time), so a failing endpoint is probed, not flooded.
   */
  async holdBack(webhookId: string, leaseId: string, delayMs: number): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('webhook_deliveries')
          .set((eb) => ({
            next_attempt_at: eb
              .case()
              .when('lease_id', '=', leaseId)
              .then(afterMs(delayMs))
              .else(eb.fn<Date | null>('greatest', ['next_attempt_at', afterMs(delayMs)]))
              .end(),
            lease_id: null,
          }))
          .where('webhook_id', '=', webhookId)
          .where('status', 'in', WAITING)
          .where((eb) => eb.or([eb('lease_id', 'is', null), eb('lease_id', '=', leaseId)])),
      ),
    );
  }

  /** One more failed attempt in a row; the run's length and whether the webhook is still enabled. */
  async countFailure(manager: EntityManager, webhookId: string): Promise<{ failures: number; enabled: boolean }> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .updateTable('webhooks')
          .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', eb.lit(1)) }))
          .where('id', '=', webhookId)
          .returning(['consecutive_failures', 'enabled']),
      ),
    );
    return { failures: row?.consecutive_failures ?? 0, enabled: row?.enabled ?? false };
  }

  /** Disables an enabled webhook; what the audit trail needs of it, or null when it was not enabled. */
  disable(manager: EntityManager, webhookId: string, reason: string): Promise<DisabledWebhookRow | null> {
    return runFirst(manager, disabledWebhook(webhookId, reason));
  }

  async resetFailures(webhookId: string): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('webhooks')
          .set({ consecutive_failures: 0 })
          .where('id', '=', webhookId)
          .where('consecutive_failures', '>', 0),
      ),
    );
  }

  /** Deletes finished deliveries older than `retentionDays`; pending and retrying ones stay. */
  async pruneFinished(retentionDays: number): Promise<number> {
    const finished = [WebhookDeliveryStatus.DELIVERED, WebhookDeliveryStatus.DEAD, WebhookDeliveryStatus.SKIPPED];
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .deleteFrom('webhook_deliveries')
          .where((eb) => eb(eb.cast<string>('status', 'text'), '=', eb.fn.any(arrayOf(finished, 'text'))))
          .where('created_at', '<', sql<Date>`now() - make_interval(days => ${retentionDays})`)
          .returning('id'),
      ),
    );
    return rows.length;
  }
}
