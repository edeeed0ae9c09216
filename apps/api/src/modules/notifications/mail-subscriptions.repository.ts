import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOW, type Row, run, runFirst, sqlOf, type SqlExecutor } from '@api/database/typed-sql';
import type { StoredDelivery } from './mail-delivery-settings';

export const MAX_SUBSCRIPTIONS_PER_MAILBOX = 20;

export type SubscriptionRow = Pick<
  Row<'mail_subscriptions'>,
  | 'id'
  | 'feed_id'
  | 'mailbox_id'
  | 'name'
  | 'filter'
  | 'immediate_min_severity'
  | 'digest'
  | 'digest_hour'
  | 'time_zone'
  | 'next_digest_at'
  | 'created_at'
>;

const COLUMNS = [
  'id',
  'feed_id',
  'mailbox_id',
  'name',
  'filter',
  'immediate_min_severity',
  'digest',
  'digest_hour',
  'time_zone',
  'next_digest_at',
  'created_at',
] as const;

export function storedDeliveryOf(row: SubscriptionRow): StoredDelivery {
  return {
    immediateMinSeverity: row.immediate_min_severity,
    digest: row.digest,
    digestHour: row.digest_hour,
    timeZone: row.time_zone,
    nextDigestAt: row.next_digest_at,
  };
}

function deliveryColumns(delivery: StoredDelivery) {
  return {
    immediate_min_severity: delivery.immediateMinSeverity,
    digest: delivery.digest,
    digest_hour: delivery.digestHour,
    time_zone: delivery.timeZone,
    next_digest_at: delivery.nextDigestAt,
  };
}

/** Mail subscriptions of feeds and of mailboxes: their delivery settings, as the API changes them. */
@Injectable()
export class MailSubscriptionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The event log's head: a subscription that starts mailing starts after it. */
  async head(executor: SqlExecutor): Promise<string> {
    const row = await runFirst(
      executor,
      sqlOf((db) =>
        db
          .selectFrom('event_sequence')
          .select((eb) => eb.cast<string>('last_sequence', 'text').as('last_sequence'))
          .where('id', '=', 1),
      ),
    );
    return row?.last_sequence ?? '0';
  }

  async ofFeeds(feedIds: readonly string[]): Promise<SubscriptionRow[]> {
    if (feedIds.length === 0) return [];
    return run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('mail_subscriptions')
          .select(COLUMNS)
          .where('feed_id', 'in', [...feedIds]),
      ),
    );
  }

  /** A feed's subscription, locked until the transaction ends (the planner moves its cursor meanwhile otherwise). */
  lockOfFeed(executor: SqlExecutor, feedId: string): Promise<SubscriptionRow | null> {
    return runFirst(
      executor,
      sqlOf((db) => db.selectFrom('mail_subscriptions').select(COLUMNS).where('feed_id', '=', feedId).forUpdate()),
    );
  }

  lock(executor: SqlExecutor, id: string): Promise<SubscriptionRow | null> {
    return runFirst(
      executor,
      sqlOf((db) => db.selectFrom('mail_subscriptions').select(COLUMNS).where('id', '=', id).forUpdate()),
    );
  }

  async ofMailboxes(mailboxIds: readonly string[]): Promise<SubscriptionRow[]> {
    if (mailboxIds.length === 0) return [];
    return run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('mail_subscriptions')
          .select(COLUMNS)
          .where('mailbox_id', 'in', [...mailboxIds])
          .orderBy('name')
          .orderBy('id'),
      ),
    );
  }

  async countOfMailbox(executor: SqlExecutor, mailboxId: string): Promise<number> {
    const row = await runFirst(
      executor,
      sqlOf((db) =>
        db
          .selectFrom('mail_subscriptions')
          .select((eb) => eb.cast<string>(eb.fn.countAll(), 'text').as('count'))
          .where('mailbox_id', '=', mailboxId),
      ),
    );
    return Number(row?.count ?? 0);
  }

  /** A new subscription, of a feed (`feedId`) or of a mailbox (`mailboxId`, with its own name and filter). */
  async insert(
    executor: SqlExecutor,
    owner:
      | { readonly feedId: string }
      | { readonly mailboxId: string; readonly name: string; readonly filter: Record<string, unknown> },
    delivery: StoredDelivery,
    cursorSequence: string,
  ): Promise<SubscriptionRow> {
    const row = await runFirst(
      executor,
      sqlOf((db) =>
        db
          .insertInto('mail_subscriptions')
          .values({
            ...('feedId' in owner
              ? { feed_id: owner.feedId }
              : { mailbox_id: owner.mailboxId, name: owner.name, filter: JSON.stringify(owner.filter) }),
            ...deliveryColumns(delivery),
            cursor_sequence: cursorSequence,
          })
          .returning(COLUMNS),
      ),
    );
    if (!row) throw new Error('mail subscription insert returned no row');
    return row;
  }

  /** New delivery settings; with `cursorSequence` (it starts mailing) the cursor moves there. */
  async updateDelivery(
    executor: SqlExecutor,
    id: string,
    delivery: StoredDelivery,
    cursorSequence: string | null,
  ): Promise<SubscriptionRow> {
    const row = await runFirst(
      executor,
      sqlOf((db) =>
        db
          .updateTable('mail_subscriptions')
          .set({
            ...deliveryColumns(delivery),
            ...(cursorSequence === null ? {} : { cursor_sequence: cursorSequence }),
            updated_at: NOW,
          })
          .where('id', '=', id)
          .returning(COLUMNS),
      ),
    );
    if (!row) throw new Error('mail subscription vanished while locked');
    return row;
  }

  async rename(
    executor: SqlExecutor,
    id: string,
    fields: { readonly name?: string; readonly filter?: Record<string, unknown> },
  ): Promise<void> {
    if (fields.name === undefined && fields.filter === undefined) return;
    await run(
      executor,
      sqlOf((db) =>
        db
          .updateTable('mail_subscriptions')
          .set({
            ...(fields.name === undefined ? {} : { name: fields.name }),
            ...(fields.filter === undefined ? {} : { filter: JSON.stringify(fields.filter) }),
            updated_at: NOW,
          })
          .where('id', '=', id),
      ),
    );
  }

  /** The bulletins gathered for a digest it no longer has. */
  async dropDigestItems(executor: SqlExecutor, subscriptionId: string): Promise<void> {
    await run(
      executor,
      sqlOf((db) => db.deleteFrom('mail_digest_items').where('subscription_id', '=', subscriptionId)),
    );
  }

  async delete(executor: SqlExecutor, id: string): Promise<void> {
    await run(
      executor,
      sqlOf((db) => db.deleteFrom('mail_subscriptions').where('id', '=', id)),
    );
  }
}
