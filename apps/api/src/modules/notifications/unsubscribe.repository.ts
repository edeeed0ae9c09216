import { MailDigest } from '@bulwark/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { runFirst, sqlOf } from '@api/database/typed-sql';

/** What an unsubscribe page names: the feed, or the mailbox and its subscription. */
export interface UnsubscribeTarget {
  readonly id: string;
  /** "Phishing in my county", or "SOC mailbox: Critical alerts". */
  readonly name: string;
  /** The organization whose records show the change: the feed owner's, or the mailbox's. */
  readonly organizationId: string;
  readonly feedId: string | null;
  readonly mailboxId: string | null;
  readonly active: boolean;
}

const target = (subscriptionId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('mail_subscriptions as s')
      .leftJoin('feeds as f', 'f.id', 's.feed_id')
      .leftJoin('users as u', 'u.id', 'f.user_id')
      .leftJoin('organization_mailboxes as b', 'b.id', 's.mailbox_id')
      .select((eb) => [
        's.id',
        's.feed_id',
        's.mailbox_id',
        eb.fn.coalesce('f.name', sql<string>`${eb.ref('b.name')} || ': ' || ${eb.ref('s.name')}`).as('name'),
        eb.fn.coalesce('u.organization_id', 'b.organization_id').as('organization_id'),
        eb
          .or([eb('s.immediate_min_severity', 'is not', null), eb('s.digest', '<>', sql.lit(MailDigest.NONE))])
          .as('active'),
      ])
      .where('s.id', '=', subscriptionId),
  );

/** The subscription an unsubscribe link names, and turning it off. */
@Injectable()
export class UnsubscribeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(subscriptionId: string, manager?: EntityManager): Promise<UnsubscribeTarget | null> {
    const row = await runFirst(manager ?? this.dataSource, target(subscriptionId));
    if (!row?.name || !row.organization_id) return null;
    return {
      id: row.id,
      name: row.name,
      organizationId: row.organization_id,
      feedId: row.feed_id,
      mailboxId: row.mailbox_id,
      active: row.active === true,
    };
  }

  /**
   * No more mail from it: neither immediate mail nor digests. Its digest items go too; mails already queued are left
   * to the composer, which skips a subscription that is no longer active. Whether it was on.
   */
  async turnOff(manager: EntityManager, subscriptionId: string): Promise<boolean> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .updateTable('mail_subscriptions')
          .set({ immediate_min_severity: null, digest: MailDigest.NONE, next_digest_at: null, updated_at: sql`now()` })
          .where('id', '=', subscriptionId)
          .where((eb) =>
            eb.or([eb('immediate_min_severity', 'is not', null), eb('digest', '<>', sql.lit(MailDigest.NONE))]),
          )
          .returning('id'),
      ),
    );
    if (!row) return false;
    await runFirst(
      manager,
      sqlOf((db) => db.deleteFrom('mail_digest_items').where('subscription_id', '=', subscriptionId)),
    );
    return true;
  }
}
