import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Tier } from '@bulwark/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ancestorIdsOf } from '@api/auth/organization-lineage';
import { returnedRows } from '@api/common/sql-results';
import type { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import { WebhookDeliveryStatus } from './entities/webhook-delivery.entity';

/** A webhook with its organization as they are now: what the policy needs to build its viewer (R8, R17). */
export interface WebhookReaderRow {
  id: string;
  organization_id: string;
  filter: BulletinEventFilter;
  clearance: Tier;
  enabled: boolean;
  cursor_sequence: string;
  organization_active: boolean;
  vetted_tier: Tier;
  ancestor_ids: string[];
}

export interface DeliveryTargetRow extends WebhookReaderRow {
  url: string;
  secret: string;
  /** Null unless still within its grace period. */
  previous_secret: string | null;
}

export interface DisabledWebhookRow {
  id: string;
  organization_id: string;
  name: string;
  url: string;
  clearance: Tier;
}

export interface ClaimedDelivery {
  id: string;
  webhook_id: string;
  event_sequence: string;
  attempts: number;
}

export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  latencyMs: number;
}

const READER_COLUMNS = `w.id, w.organization_id, w.filter, w.clearance, w.enabled, w.cursor_sequence::text AS cursor_sequence,
  o.active AS organization_active, o.vetted_tier, ${ancestorIdsOf('o')} AS ancestor_ids`;

const WAITING = `('${WebhookDeliveryStatus.PENDING}', '${WebhookDeliveryStatus.FAILED}')`;

/**
 * The delivery queue: what the worker reads and writes. It never decides access, and reads no bulletin: the
 * bulletins module's BulletinReader applies libs/policy's predicate for the webhook's viewer, at enqueue time and
 * again at delivery time.
 */
@Injectable()
export class WebhookQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Enabled webhooks of active organizations that have not yet looked at the latest event. */
  async behind(): Promise<WebhookReaderRow[]> {
    return this.dataSource.query(
      `SELECT ${READER_COLUMNS}
         FROM webhooks w JOIN organizations o ON o.id = w.organization_id
        WHERE w.enabled AND o.active
          AND w.cursor_sequence < (SELECT last_sequence FROM event_sequence WHERE id = 1)`,
    );
  }

  /** True while there is anything for a worker to do or to watch for. */
  async hasWork(): Promise<boolean> {
    const rows: { busy: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM webhooks WHERE enabled)
           OR EXISTS (SELECT 1 FROM webhook_deliveries WHERE next_attempt_at IS NOT NULL AND status IN ${WAITING}) AS busy`,
    );
    return rows[0]?.busy === true;
  }

  /**
   * Locks the webhook row for enqueueing, or null when it is disabled or another instance holds it (on PostgreSQL,
   * SKIP LOCKED makes sure only one instance enqueues a given webhook at a time).
   */
  async lockForEnqueue(manager: EntityManager, webhookId: string): Promise<string | null> {
    const rows: { cursor_sequence: string }[] = await manager.query(
      `SELECT cursor_sequence::text AS cursor_sequence FROM webhooks WHERE id = $1 AND enabled FOR UPDATE SKIP LOCKED`,
      [webhookId],
    );
    return rows[0]?.cursor_sequence ?? null;
  }

  async enqueue(
    manager: EntityManager,
    webhookId: string,
    sequences: readonly string[],
    cursor: string,
  ): Promise<void> {
    if (sequences.length > 0) {
      await manager.query(
        `INSERT INTO webhook_deliveries (webhook_id, event_sequence)
         SELECT $1, s::bigint FROM unnest($2::text[]) AS s
         ON CONFLICT (webhook_id, event_sequence) DO NOTHING`,
        [webhookId, sequences],
      );
    }
    await manager.query('UPDATE webhooks SET cursor_sequence = $2 WHERE id = $1 AND cursor_sequence < $2', [
      webhookId,
      cursor,
    ]);
  }

  /**
   * Claims up to `limit` due deliveries for `leaseMs`: another worker skips them (SKIP LOCKED now, the pushed
   * `next_attempt_at` later) until the lease ends, when a crashed worker's claims become due again.
   */
  async claimDue(leaseId: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return returnedRows<ClaimedDelivery>(
      await this.dataSource.query(
        `UPDATE webhook_deliveries d
            SET lease_id = $1, next_attempt_at = now() + ($2::integer * interval '1 millisecond')
          WHERE d.id IN (SELECT c.id FROM webhook_deliveries c
                          WHERE c.next_attempt_at <= now() AND c.status IN ${WAITING}
                          ORDER BY c.next_attempt_at, c.event_sequence
                          LIMIT $3
                          FOR UPDATE SKIP LOCKED)
          RETURNING d.id, d.webhook_id, d.event_sequence::text AS event_sequence, d.attempts`,
        [leaseId, leaseMs, limit],
      ),
    );
  }

  /** Hands back claims this worker did not get to (it is stopping): due again at once, for any worker. */
  async release(leaseId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE webhook_deliveries SET lease_id = NULL, next_attempt_at = now() WHERE lease_id = $1',
      [leaseId],
    );
  }

  /** The webhook, its organization and its signing secrets, as they are now. */
  async target(webhookId: string): Promise<DeliveryTargetRow | null> {
    const rows: DeliveryTargetRow[] = await this.dataSource.query(
      `SELECT ${READER_COLUMNS}, w.url, w.secret,
              CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret END AS previous_secret
         FROM webhooks w JOIN organizations o ON o.id = w.organization_id
        WHERE w.id = $1`,
      [webhookId],
    );
    return rows[0] ?? null;
  }

  /** Each record* applies only while the lease is still ours: a worker whose lease ran out writes nothing. */
  async recordDelivered(id: string, leaseId: string, outcome: AttemptOutcome): Promise<boolean> {
    return this.updateLeased(
      id,
      leaseId,
      `status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(), last_status_code = $3,
       last_error = NULL, last_latency_ms = $4, delivered_at = now(), next_attempt_at = NULL`,
      [outcome.statusCode, outcome.latencyMs],
    );
  }

  /** A failed attempt: retried after `retryInMs`, or DEAD when that is null. */
  async recordFailed(id: string, leaseId: string, outcome: AttemptOutcome, retryInMs: number | null): Promise<boolean> {
    return this.updateLeased(
      id,
      leaseId,
      `status = $3, attempts = attempts + 1, last_attempt_at = now(), last_status_code = $4, last_error = $5,
       last_latency_ms = $6, next_attempt_at = now() + ($7::integer * interval '1 millisecond')`,
      [
        retryInMs === null ? WebhookDeliveryStatus.DEAD : WebhookDeliveryStatus.FAILED,
        outcome.statusCode,
        outcome.error?.slice(0, 500) ?? null,
        outcome.latencyMs,
        retryInMs,
      ],
    );
  }

  async recordSkipped(id: string, leaseId: string, reason: string): Promise<boolean> {
    return this.updateLeased(id, leaseId, `status = 'SKIPPED', last_error = $3, next_attempt_at = NULL`, [
      reason.slice(0, 500),
    ]);
  }

  private async updateLeased(id: string, leaseId: string, assignments: string, params: unknown[]): Promise<boolean> {
    const rows = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET ${assignments}, lease_id = NULL WHERE id = $1 AND lease_id = $2 RETURNING id`,
        [id, leaseId, ...params],
      ),
    );
    return rows.length > 0;
  }

  /**
   * The endpoint is failing: every waiting delivery of the webhook waits at least `delayMs` (ours, still leased
   * and not tried, are released to that time), so a failing endpoint is probed, not flooded.
   */
  async holdBack(webhookId: string, leaseId: string, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE webhook_deliveries
          SET next_attempt_at = CASE WHEN lease_id = $2 THEN now() + ($3::integer * interval '1 millisecond')
                                     ELSE GREATEST(next_attempt_at, now() + ($3::integer * interval '1 millisecond')) END,
              lease_id = NULL
        WHERE webhook_id = $1 AND status IN ${WAITING} AND (lease_id IS NULL OR lease_id = $2)`,
      [webhookId, leaseId, delayMs],
    );
  }

  /** One more failed attempt in a row; the run's length and whether the webhook is still enabled. */
  async countFailure(manager: EntityManager, webhookId: string): Promise<{ failures: number; enabled: boolean }> {
    const rows = returnedRows<{ consecutive_failures: number; enabled: boolean }>(
      await manager.query(
        `UPDATE webhooks SET consecutive_failures = consecutive_failures + 1 WHERE id = $1
         RETURNING consecutive_failures, enabled`,
        [webhookId],
      ),
    );
    return { failures: rows[0]?.consecutive_failures ?? 0, enabled: rows[0]?.enabled ?? false };
  }

  /** Disables an enabled webhook; what the audit trail needs of it, or null when it was not enabled. */
  async disable(manager: EntityManager, webhookId: string, reason: string): Promise<DisabledWebhookRow | null> {
    const rows = returnedRows<DisabledWebhookRow>(
      await manager.query(
        `UPDATE webhooks SET enabled = false, disabled_reason = $2, disabled_at = now(), updated_at = now()
          WHERE id = $1 AND enabled
        RETURNING id, organization_id, name, url, clearance`,
        [webhookId, reason.slice(0, 500)],
      ),
    );
    return rows[0] ?? null;
  }

  async resetFailures(webhookId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE webhooks SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures > 0',
      [webhookId],
    );
  }

  /** Deletes finished deliveries older than `retentionDays`; pending and retrying ones stay. */
  async pruneFinished(retentionDays: number): Promise<number> {
    const finished = [WebhookDeliveryStatus.DELIVERED, WebhookDeliveryStatus.DEAD, WebhookDeliveryStatus.SKIPPED];
    const rows = returnedRows<unknown>(
      await this.dataSource.query(
        `DELETE FROM webhook_deliveries
          WHERE status::text = ANY($1::text[]) AND created_at < now() - make_interval(days => $2)
          RETURNING id`,
        [finished, retentionDays],
      ),
    );
    return rows.length;
  }
}
