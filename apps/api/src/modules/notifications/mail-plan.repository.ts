import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MailDigest, MailKind, MailStatus, type Role } from '@bulwark/domain';
import { type ExpressionBuilder, type QueryCreator, sql } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import { ancestorIdsOf } from '@api/auth/organization-lineage';
import type { DomainRow } from '@api/database/domain-enums';
import { afterMs, type DB, NOW, type ResultOf, run, runFirst, type SqlExecutor, sqlOf } from '@api/database/typed-sql';
import type { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import type { MailboxRecipientRow, RecipientRow, UserRecipientRow } from './mail-recipient';

/** The last sequence of the event log. */
const logHead = (q: QueryCreator<DB>) =>
  q
    .selectFrom('event_sequence')
    .select('last_sequence')
    .where((eb) => eb('id', '=', eb.lit(1)));

type SubscriptionJoin = DB & { s: DB['mail_subscriptions']; f: DB['feeds'] };

/** The recipient's subscriptions: their feeds', or the mailbox's. */
const subscriptionsOf = (db: QueryCreator<DB>, recipient: RecipientRow) =>
  recipient.kind === 'USER'
    ? db
        .selectFrom('mail_subscriptions as s')
        .innerJoin('feeds as f', 'f.id', 's.feed_id')
        .select('s.id')
        .where('f.user_id', '=', recipient.subject_id)
    : db.selectFrom('mail_subscriptions as s').select('s.id').where('s.mailbox_id', '=', recipient.subject_id);

/** The recipient's immediate mails of one bulletin (found through mails' subscription index). */
const immediateMailsOf =
  (db: QueryCreator<DB>, recipient: RecipientRow, bulletinId: string) => (eb: ExpressionBuilder<DB, 'mails'>) =>
    eb.and([
      eb('subscription_id', 'in', subscriptionsOf(db, recipient)),
      eb('bulletin_id', '=', bulletinId),
      eb('kind', '=', sql.lit(MailKind.IMMEDIATE)),
    ]);

/** A subscription sends mail while it has an immediate threshold or a digest. */
const isActive = (eb: ExpressionBuilder<SubscriptionJoin, 's'>) =>
  eb.or([eb('s.immediate_min_severity', 'is not', null), eb('s.digest', '<>', sql.lit(MailDigest.NONE))]);

/** A subscription with what its kind keeps elsewhere: a feed's owner, name and filter. */
function subscriptionColumns(eb: ExpressionBuilder<SubscriptionJoin, 's' | 'f'>) {
  return [
    's.id',
    's.feed_id',
    's.mailbox_id',
    'f.user_id',
    eb.fn.coalesce('f.name', 's.name').as('name'),
    eb.fn.coalesce('f.filter', 's.filter').$castTo<BulletinEventFilter | null>().as('filter'),
    's.immediate_min_severity',
    's.digest',
    's.digest_hour',
    's.time_zone',
    isActive(eb).$castTo<boolean>().as('active'),
    sharesRecipient(eb).as('shares_recipient'),
  ] as const;
}

/**
 * Whether another of the recipient's subscriptions sends immediate mail, so that planning must take turns with it
 * (MailPlanRepository.lockRecipient). A subscription that starts sending later starts at the log's head: it never
 * plans an event planned before it existed.
 */
function sharesRecipient(eb: ExpressionBuilder<SubscriptionJoin, 's' | 'f'>) {
  // Two lookups, each on an index (feeds by owner, subscriptions by mailbox), rather than one OR across both.
  const sameOwner = eb
    .selectFrom('feeds as of')
    .innerJoin('mail_subscriptions as o', 'o.feed_id', 'of.id')
    .select('o.id')
    .where('of.user_id', '=', eb.ref('f.user_id'))
    .where('o.id', '<>', eb.ref('s.id'))
    .where('o.immediate_min_severity', 'is not', null);
  const sameMailbox = eb
    .selectFrom('mail_subscriptions as o')
    .select('o.id')
    .where('o.mailbox_id', '=', eb.ref('s.mailbox_id'))
    .where('o.id', '<>', eb.ref('s.id'))
    .where('o.immediate_min_severity', 'is not', null);
  return eb.or([eb.exists(sameOwner), eb.exists(sameMailbox)]).$castTo<boolean>();
}

const subscription = (id: string, lock: 'plan' | 'digest' | 'none') =>
  sqlOf((db) => {
    const query = db
      .selectFrom('mail_subscriptions as s')
      .leftJoin('feeds as f', 'f.id', 's.feed_id')
      .select((eb) => [
        ...subscriptionColumns(eb),
        eb.cast<string>('s.cursor_sequence', 'text').as('cursor_sequence'),
        NOW.as('now'),
      ])
      .where('s.id', '=', id);
    if (lock === 'none') return query;
    const due = lock === 'digest' ? query.where('s.next_digest_at', '<=', NOW) : query;
    // One planner per subscription at a time, on every instance: the others skip it this round.
    return due.forUpdate(['s']).skipLocked();
  });

/** A subscription as the planner and the composer read it, fresh. */
export type SubscriptionRow = DomainRow<ResultOf<ReturnType<typeof subscription>>>;

/** A user as a recipient: as auth reads a viewer, with their address and their organization's mail detail. */
const userRecipient = (userId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select((eb) => [
        'u.id as subject_id',
        'u.email as address',
        eb.cast<Role[]>('u.roles', sql`text[]`).as('roles'),
        'u.clearance',
        'u.active as subject_active',
        'o.id as organization_id',
        'o.active as organization_active',
        'o.vetted_tier',
        ancestorIdsOf(db, eb.ref('o.parent_id')).as('ancestor_ids'),
        'o.mail_detail',
      ])
      .where('u.id', '=', userId),
  );

const mailboxRecipient = (mailboxId: string) =>
  sqlOf((db) =>
    db
      .selectFrom('organization_mailboxes as m')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select((eb) => [
        'm.id as subject_id',
        'm.address',
        'o.vetted_tier as clearance',
        'm.active as subject_active',
        'o.id as organization_id',
        'o.active as organization_active',
        'o.vetted_tier',
        ancestorIdsOf(db, eb.ref('o.parent_id')).as('ancestor_ids'),
        'o.mail_detail',
      ])
      .where('m.id', '=', mailboxId),
  );

/** Whom a mail goes to: a user or a mailbox. */
export type MailRecipientRef = { readonly userId: string } | { readonly mailboxId: string };

/** A new mail, before it is written. */
export interface NewMail {
  readonly kind: MailKind;
  readonly subscriptionId: string | null;
  readonly recipient: RecipientRow;
  readonly bulletinId: string | null;
  readonly eventSequence: string | null;
  /** Due this long from now. */
  readonly delayMs: number;
  readonly items: readonly { readonly bulletinId: string; readonly amended: boolean }[];
}

/**
 * What the mail planner and composer read and write: subscriptions, their digest items, and new outbox rows. It
 * never decides access and reads no bulletin: the bulletins module's BulletinReader applies libs/policy.
 */
@Injectable()
export class MailPlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Subscriptions that send mail and have not yet looked at the latest event. */
  async behind(limit: number): Promise<string[]> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('mail_subscriptions as s')
          .select('s.id')
          .where(isActive)
          .where('s.cursor_sequence', '<', (eb) => eb.selectFrom(logHead(db).as('h')).select('h.last_sequence'))
          .orderBy('s.cursor_sequence')
          .limit(limit),
      ),
    );
    return rows.map((row) => row.id);
  }

  /** Subscriptions that send no mail look at nothing: their cursors move to the head, so none wakes to a backlog. */
  async skipInactive(): Promise<void> {
    await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .updateTable('mail_subscriptions as s')
          .set((eb) => ({ cursor_sequence: eb.selectFrom(logHead(db).as('h')).select('h.last_sequence') }))
          .where((eb) => eb.not(isActive(eb)))
          .where('s.cursor_sequence', '<', (eb) => eb.selectFrom(logHead(db).as('h')).select('h.last_sequence')),
      ),
    );
  }

  /** Locks a subscription for planning; null when it is gone or another instance holds it. */
  lockForPlanning(manager: EntityManager, id: string): Promise<SubscriptionRow | null> {
    return runFirst(manager, subscription(id, 'plan'));
  }

  /** Locks a subscription whose digest is due; null when it is not due, gone, or another instance holds it. */
  lockDueDigest(manager: EntityManager, id: string): Promise<SubscriptionRow | null> {
    return runFirst(manager, subscription(id, 'digest'));
  }

  /** A subscription as it is now. */
  subscription(id: string): Promise<SubscriptionRow | null> {
    return runFirst(this.dataSource, subscription(id, 'none'));
  }

  async headSequence(manager: EntityManager): Promise<string> {
    const row = await runFirst(
      manager,
      sqlOf((db) => logHead(db).select((eb) => eb.cast<string>('last_sequence', 'text').as('head'))),
    );
    return row?.head ?? '0';
  }

  async moveCursor(manager: EntityManager, id: string, cursor: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('mail_subscriptions')
          .set({ cursor_sequence: cursor })
          .where('id', '=', id)
          .where('cursor_sequence', '<', cursor),
      ),
    );
  }

  /** The recipient as they are now (in `manager`'s transaction, if one); null when they no longer exist. */
  async recipient(ref: MailRecipientRef, manager?: EntityManager): Promise<RecipientRow | null> {
    const executor: SqlExecutor = manager ?? this.dataSource;
    if ('userId' in ref) {
      const row = await runFirst(executor, userRecipient(ref.userId));
      return row ? ({ kind: 'USER', ...row } satisfies UserRecipientRow) : null;
    }
    const row = await runFirst(executor, mailboxRecipient(ref.mailboxId));
    return row ? ({ kind: 'MAILBOX', ...row } satisfies MailboxRecipientRow) : null;
  }

  /** Writes one mail to the outbox, with its items; its Message-ID is fixed now, for every attempt. */
  async queue(manager: EntityManager, mail: NewMail, messageIdDomain: string): Promise<string> {
    const recipient = mail.recipient;
    const inserted = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .insertInto('mails')
          .values({
            kind: mail.kind,
            subscription_id: mail.subscriptionId,
            user_id: recipient.kind === 'USER' ? recipient.subject_id : null,
            mailbox_id: recipient.kind === 'MAILBOX' ? recipient.subject_id : null,
            organization_id: recipient.organization_id,
            bulletin_id: mail.bulletinId,
            event_sequence: mail.eventSequence,
            message_id: `<${randomUUID()}@${messageIdDomain}>`,
            next_attempt_at: afterMs(mail.delayMs),
          })
          .returning('id'),
      ),
    );
    if (!inserted) throw new Error('mails: INSERT returned no row');
    await this.addItems(manager, inserted.id, mail.items);
    return inserted.id;
  }

  private async addItems(
    manager: EntityManager,
    mailId: string,
    items: readonly { readonly bulletinId: string; readonly amended: boolean }[],
  ): Promise<void> {
    if (items.length === 0) return;
    await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('mail_items')
          .values(items.map((item) => ({ mail_id: mailId, bulletin_id: item.bulletinId, amended: item.amended })))
          .onConflict((oc) => oc.columns(['mail_id', 'bulletin_id']).doNothing()),
      ),
    );
  }

  /**
   * Plans of one recipient's subscriptions take turns until the transaction ends, on every instance: each sees the
   * immediate mail the others queued for the same bulletin (immediateCovers).
   */
  async lockRecipient(manager: EntityManager, recipient: RecipientRow): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `mail-recipient:${recipient.subject_id}`,
    ]);
  }

  /**
   * Folds an amendment into the recipient's waiting immediate mail of the bulletin, from whichever of their feeds,
   * if it has not been tried or claimed yet: it then covers the latest event. False when there is none to fold into.
   */
  async coalesceImmediate(
    manager: EntityManager,
    recipient: RecipientRow,
    bulletinId: string,
    sequence: string,
  ): Promise<boolean> {
    const rows = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('mails')
          .set({ event_sequence: sequence })
          .where(immediateMailsOf(db, recipient, bulletinId))
          .where('status', '=', sql.lit(MailStatus.PENDING))
          .where('attempts', '=', 0)
          .where('lease_id', 'is', null)
          .returning('id'),
      ),
    );
    return rows.length > 0;
  }

  /**
   * Whether the recipient already has an immediate mail of the bulletin as of `sequence` or later, for another of
   * their feeds, sent or on its way: one mail per recipient, however many of their feeds match. One skipped or given
   * up does not count.
   */
  async immediateCovers(
    manager: EntityManager,
    recipient: RecipientRow,
    bulletinId: string,
    sequence: string,
  ): Promise<boolean> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('mails')
          .select('id')
          .where(immediateMailsOf(db, recipient, bulletinId))
          .where('event_sequence', '>=', sequence)
          .where('status', 'in', [sql.lit(MailStatus.PENDING), sql.lit(MailStatus.SENT), sql.lit(MailStatus.FAILED)])
          .limit(1),
      ),
    );
    return row !== null;
  }

  /** Keeps a bulletin for the subscription's next digest, once however often it changes; `amended` sticks. */
  async gatherForDigest(
    manager: EntityManager,
    subscriptionId: string,
    bulletinId: string,
    sequence: string,
    amended: boolean,
  ): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('mail_digest_items')
          .values({ subscription_id: subscriptionId, bulletin_id: bulletinId, last_sequence: sequence, amended })
          .onConflict((oc) =>
            oc.columns(['subscription_id', 'bulletin_id']).doUpdateSet((eb) => ({
              last_sequence: eb.ref('excluded.last_sequence'),
              amended: eb.or([eb.ref('mail_digest_items.amended'), eb.ref('excluded.amended')]).$castTo<boolean>(),
            })),
          ),
      ),
    );
  }

  /** Subscriptions whose digest is due. */
  async dueDigests(): Promise<string[]> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db.selectFrom('mail_subscriptions').select('id').where('next_digest_at', '<=', NOW).orderBy('next_digest_at'),
      ),
    );
    return rows.map((row) => row.id);
  }

  /** Takes the subscription's gathered bulletins out of waiting: they go into one digest mail. */
  takeDigestItems(manager: EntityManager, subscriptionId: string): Promise<{ bulletinId: string; amended: boolean }[]> {
    return run(
      manager,
      sqlOf((db) =>
        db
          .deleteFrom('mail_digest_items')
          .where('subscription_id', '=', subscriptionId)
          .returning(['bulletin_id as bulletinId', 'amended']),
      ),
    );
  }

  async digestSent(manager: EntityManager, subscriptionId: string, next: Date | null): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('mail_subscriptions')
          .set({ last_digest_at: NOW, next_digest_at: next })
          .where('id', '=', subscriptionId),
      ),
    );
  }

  /** Locks the retraction planner's cursor; null when another instance holds it. */
  async lockRetractionCursor(manager: EntityManager): Promise<string | null> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('mail_cursor')
          .select((eb) => eb.cast<string>('retraction_sequence', 'text').as('sequence'))
          .where('id', '=', 1)
          .forUpdate()
          .skipLocked(),
      ),
    );
    return row?.sequence ?? null;
  }

  async moveRetractionCursor(manager: EntityManager, sequence: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('mail_cursor')
          .set({ retraction_sequence: sequence })
          .where('id', '=', 1)
          .where('retraction_sequence', '<', sequence),
      ),
    );
  }

  /**
   * Whether a worker is sending a mail about the bulletin right now (claimed, lease not run out): it decided before
   * the retraction and may yet be recorded SENT, so its recipient must be told; the retraction waits for it.
   */
  async isBeingSent(manager: EntityManager, bulletinId: string): Promise<boolean> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db.selectNoFrom((eb) =>
          eb
            .exists(
              eb
                .selectFrom('mail_items as i')
                .innerJoin('mails as m', 'm.id', 'i.mail_id')
                .select(eb.lit(1).as('one'))
                .where('i.bulletin_id', '=', bulletinId)
                .where('m.lease_id', 'is not', null)
                .where('m.status', 'in', [sql.lit(MailStatus.PENDING), sql.lit(MailStatus.FAILED)])
                .where('m.next_attempt_at', '>', NOW),
            )
            .as('busy'),
        ),
      ),
    );
    return row?.busy === true;
  }

  /**
   * One RETRACTION mail, due now, to each user and mailbox that was sent a mail carrying the bulletin (its items
   * after sending are what it carried), at most one each (the unique indexes); how many were queued.
   */
  async queueRetractions(
    manager: EntityManager,
    bulletinId: string,
    sequence: string,
    messageIdDomain: string,
  ): Promise<number> {
    // Typed in the SQL: the values of an INSERT … SELECT are typed before they meet their columns.
    const retraction = {
      kind: sql<MailKind>`${sql.lit(MailKind.RETRACTION)}::mail_kind`,
      none: sql<string | null>`NULL::uuid`,
      bulletin: sql<string>`${bulletinId}::uuid`,
      sequence: sql<string>`${sequence}::bigint`,
      // A Message-ID per row: one value bound for all of them would be refused by the unique index.
      messageId: sql<string>`'<' || gen_random_uuid()::text || ${`@${messageIdDomain}>`}::text`,
    };
    const mailed = (db: QueryCreator<DB>) =>
      db
        .selectFrom('mails as m')
        .innerJoin('mail_items as i', 'i.mail_id', 'm.id')
        .where('i.bulletin_id', '=', bulletinId)
        .where('m.status', '=', sql.lit(MailStatus.SENT))
        .where('m.kind', '<>', sql.lit(MailKind.RETRACTION));
    const columns = [
      'kind',
      'user_id',
      'mailbox_id',
      'organization_id',
      'bulletin_id',
      'event_sequence',
      'message_id',
    ] as const;
    const users = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('mails')
          .columns(columns)
          .expression((eb) =>
            eb
              .selectFrom(mailed(db).select('m.user_id').distinct().as('r'))
              .innerJoin('users as u', 'u.id', 'r.user_id')
              .select([
                retraction.kind.as('kind'),
                'u.id as user_id',
                retraction.none.as('mailbox_id'),
                'u.organization_id',
                retraction.bulletin.as('bulletin_id'),
                retraction.sequence.as('event_sequence'),
                retraction.messageId.as('message_id'),
              ]),
          )
          .onConflict((oc) => oc.doNothing())
          .returning('id'),
      ),
    );
    const mailboxes = await run(
      manager,
      sqlOf((db) =>
        db
          .insertInto('mails')
          .columns(columns)
          .expression((eb) =>
            eb
              .selectFrom(mailed(db).select('m.mailbox_id').distinct().as('r'))
              .innerJoin('organization_mailboxes as x', 'x.id', 'r.mailbox_id')
              .select([
                retraction.kind.as('kind'),
                retraction.none.as('user_id'),
                'x.id as mailbox_id',
                'x.organization_id',
                retraction.bulletin.as('bulletin_id'),
                retraction.sequence.as('event_sequence'),
                retraction.messageId.as('message_id'),
              ]),
          )
          .onConflict((oc) => oc.doNothing())
          .returning('id'),
      ),
    );
    const queued = [...users, ...mailboxes];
    for (const mail of queued) await this.addItems(manager, mail.id, [{ bulletinId, amended: false }]);
    return queued.length;
  }

  /** What a mail is about, as the planner queued it. */
  items(mailId: string): Promise<{ bulletinId: string; amended: boolean }[]> {
    return run(
      this.dataSource,
      sqlOf((db) =>
        db.selectFrom('mail_items').select(['bulletin_id as bulletinId', 'amended']).where('mail_id', '=', mailId),
      ),
    );
  }
}
