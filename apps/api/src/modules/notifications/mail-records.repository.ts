import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailStatus } from '@bulwark/domain';
import { type Kysely, sql } from 'kysely';
import { DataSource } from 'typeorm';
import { type DB, run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { Cursor } from '@api/graphql/pagination';

/** Whose records: one user's own mails, or those to an organization's members and mailboxes. */
export type MailRecordScope = { readonly userId: string } | { readonly organizationId: string };

// Cursors carry JavaScript's millisecond timestamps: compare and order at that precision.
const createdAtMs = sql<Date>`date_trunc('milliseconds', m.created_at)`;

/** Delivery records (the `mails` outbox, as its recipients and their administrators see it), newest first. */
@Injectable()
export class MailRecordsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(scope: MailRecordScope, status: MailStatus | undefined, after: Cursor | null, first: number) {
    const scoped = (db: Kysely<DB>) =>
      db
        .selectFrom('mails as m')
        .$if('userId' in scope, (q) => q.where('m.user_id', '=', (scope as { userId: string }).userId))
        .$if('organizationId' in scope, (q) =>
          q.where('m.organization_id', '=', (scope as { organizationId: string }).organizationId),
        )
        .$if(status !== undefined, (q) => q.where('m.status', '=', status!));
    const counted = await runFirst(
      this.dataSource,
      sqlOf((db) => scoped(db).select((eb) => eb.cast<string>(eb.fn.countAll(), 'text').as('total'))),
    );
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        scoped(db)
          .leftJoin('users as u', 'u.id', 'm.user_id')
          .leftJoin('organization_mailboxes as mb', 'mb.id', 'm.mailbox_id')
          .leftJoin('mail_subscriptions as s', 's.id', 'm.subscription_id')
          .leftJoin('feeds as f', 'f.id', 's.feed_id')
          .$if(after !== null, (q) =>
            q.where(sql<boolean>`(${createdAtMs}, m.id) < (${after!.key}::timestamptz, ${after!.id}::uuid)`),
          )
          .select((eb) => [
            'm.id',
            'm.kind',
            'm.status',
            eb.fn.coalesce('m.to_address', 'u.email', 'mb.address').as('recipient'),
            'mb.name as mailbox_name',
            eb.fn.coalesce('f.name', 's.name').as('feed_name'),
            'm.attempts',
            'm.last_response',
            'm.bulletin_count',
            'm.message_id',
            'm.created_at',
            'm.last_attempt_at',
            'm.next_attempt_at',
            'm.sent_at',
          ])
          .orderBy(createdAtMs, 'desc')
          .orderBy('m.id', 'desc')
          .limit(first + 1),
      ),
    );
    return { rows, total: Number(counted?.total ?? 0) };
  }
}
