import { MailDigest, MailStatus } from '@bulwark/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ExpressionBuilder, sql, type UpdateObject } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { afterMs, arrayOf, type DB, NOW, run, runFirst, type SqlExecutor, sqlOf } from '@api/database/typed-sql';
import type { QueuedMail } from './mail-types';

/** The statuses of a mail still to be sent, as literals in the SQL, where the planner's statistics see them. */
const WAITING = [sql.lit(MailStatus.PENDING), sql.lit(MailStatus.FAILED)];

/** What claimDue runs. */
const dueClaims = (leaseId: string, limit: number, leaseMs: number) =>
  sqlOf((db) =>
    db
      .updateTable('mails as m')
      .set({ lease_id: leaseId, next_attempt_at: afterMs(leaseMs) })
      .where('m.id', 'in', (eb) =>
        eb
          .selectFrom('mails as c')
          .select('c.id')
          .where('c.next_attempt_at', '<=', NOW)
          .where('c.status', 'in', WAITING)
          .orderBy('c.next_attempt_at')
          .orderBy('c.created_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .returning((eb) => [
        'm.id',
        'm.kind',
        'm.subscription_id',
        'm.user_id',
        'm.mailbox_id',
        'm.organization_id',
        'm.bulletin_id',
        eb.cast<string | null>('m.event_sequence', 'text').as('event_sequence'),
        'm.message_id',
        'm.attempts',
        'm.next_attempt_at',
      ]),
  );

/** What a record* writes to a mail, besides handing its lease back. */
type Outcome = UpdateObject<DB, 'mails'>;

/** A sent mail: the server's answer, and what it carried. */
export interface SentRecord {
  readonly response: string;
  readonly toAddress: string;
  readonly bulletinIds: readonly string[];
}

/**
 * The outbox as the workers see it: claiming due mail under a lease, and recording each attempt on the mail's own
 * row (its delivery record). It decides nothing about who may read what: MailComposer does, at sending time.
 */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` due mails for `leaseMs`: another worker skips them (SKIP LOCKED now, the pushed
   * `next_attempt_at` later) until the lease ends, when a crashed worker's claims become due again — and are sent
   * again with the same Message-ID.
   */
  async claimDue(leaseId: string, limit: number, leaseMs: number): Promise<QueuedMail[]> {
    const rows = await run(this.dataSource, dueClaims(leaseId, limit, leaseMs));
    return rows
      .sort((a, b) => Number(a.next_attempt_at) - Number(b.next_attempt_at))
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        subscriptionId: row.subscription_id,
        userId: row.user_id,
        mailboxId: row.mailbox_id,
        organizationId: row.organization_id,
        bulletinId: row.bulletin_id,
        eventSequence: row.event_sequence,
        messageId: row.message_id,
        attempts: row.attempts,
      }));
  }

  /** Hands back claims this worker did not get to (it is stopping): due again at once, for any worker. */
  async release(leaseId: string): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('mails')
          .set({ lease_id: null, next_attempt_at: NOW })
          .where('lease_id', '=', leaseId)
          .where('status', 'in', WAITING),
      ),
    );
  }

  /** True while there is anything for a worker to do or to watch for: an active subscription or waiting mail. */
  async hasWork(): Promise<boolean> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db.selectNoFrom((eb) =>
          eb
            .or([
              eb.exists(
                eb
                  .selectFrom('mail_subscriptions')
                  .select(eb.lit(1).as('one'))
                  .where((s) =>
                    s.or([s('immediate_min_severity', 'is not', null), s('digest', '<>', sql.lit(MailDigest.NONE))]),
                  ),
              ),
              eb.exists(
                eb
                  .selectFrom('mails')
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
   * Each record* applies only while the lease is still ours (a worker whose lease ran out writes nothing) and says
   * whether it did. Sent: the answer, the address, and what it carried: its other items are removed, in the caller's
   * transaction, so the items of a sent mail are exactly what a retraction must follow.
   */
  async recordSent(manager: EntityManager, id: string, leaseId: string, sent: SentRecord): Promise<boolean> {
    const recorded = await this.updateLeased(manager, id, leaseId, (eb) => ({
      status: MailStatus.SENT,
      attempts: eb('attempts', '+', eb.lit(1)),
      last_attempt_at: NOW,
      last_response: sent.response.slice(0, 500),
      to_address: sent.toAddress.slice(0, 254),
      bulletin_count: sent.bulletinIds.length,
      sent_at: NOW,
      next_attempt_at: null,
    }));
    if (recorded) await this.keepItems(manager, id, sent.bulletinIds);
    return recorded;
  }

  /** A failed attempt: retried after `retryInMs`, or DEAD when that is null (then it carried nothing). */
  async recordFailed(
    manager: EntityManager,
    id: string,
    leaseId: string,
    response: string,
    retryInMs: number | null,
  ): Promise<boolean> {
    const recorded = await this.updateLeased(manager, id, leaseId, (eb) => ({
      status: retryInMs === null ? MailStatus.DEAD : MailStatus.FAILED,
      attempts: eb('attempts', '+', eb.lit(1)),
      last_attempt_at: NOW,
      last_response: response.slice(0, 500),
      next_attempt_at: afterMs(retryInMs),
    }));
    if (recorded && retryInMs === null) await this.keepItems(manager, id, []);
    return recorded;
  }

  /** Not sent, with why (R17): nothing left that the recipient may receive now. It carried nothing. */
  async recordSkipped(manager: EntityManager, id: string, leaseId: string, reason: string): Promise<boolean> {
    const recorded = await this.updateLeased(manager, id, leaseId, () => ({
      status: MailStatus.SKIPPED,
      last_attempt_at: NOW,
      last_response: reason.slice(0, 500),
      next_attempt_at: null,
    }));
    if (recorded) await this.keepItems(manager, id, []);
    return recorded;
  }

  /** Deletes finished mails (sent, given up, skipped) older than `retentionDays`; waiting ones stay. */
  async pruneFinished(retentionDays: number): Promise<number> {
    const finished = [MailStatus.SENT, MailStatus.DEAD, MailStatus.SKIPPED];
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .deleteFrom('mails')
          .where((eb) => eb(eb.cast<string>('status', 'text'), '=', eb.fn.any(arrayOf(finished, 'text'))))
          .where('created_at', '<', sql<Date>`now() - make_interval(days => ${retentionDays})`)
          .returning('id'),
      ),
    );
    return rows.length;
  }

  private async keepItems(executor: SqlExecutor, mailId: string, bulletinIds: readonly string[]): Promise<void> {
    await run(
      executor,
      sqlOf((db) =>
        db
          .deleteFrom('mail_items')
          .where('mail_id', '=', mailId)
          .where((eb) => eb.not(eb('bulletin_id', '=', eb.fn.any(arrayOf(bulletinIds, 'uuid'))))),
      ),
    );
  }

  private async updateLeased(
    executor: SqlExecutor,
    id: string,
    leaseId: string,
    outcome: (eb: ExpressionBuilder<DB, 'mails'>) => Outcome,
  ): Promise<boolean> {
    const rows = await run(
      executor,
      sqlOf((db) =>
        db
          .updateTable('mails')
          .set((eb) => ({ ...outcome(eb), lease_id: null }))
          .where('id', '=', id)
          .where('lease_id', '=', leaseId)
          .returning('id'),
      ),
    );
    return rows.length > 0;
  }
}
