import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NOW, type Row, run, runFirst, sqlOf, type SqlExecutor } from '@api/database/typed-sql';

export const MAX_MAILBOXES_PER_ORGANIZATION = 10;

export type MailboxRow = Pick<
  Row<'organization_mailboxes'>,
  'id' | 'organization_id' | 'name' | 'address' | 'active' | 'created_at'
>;

const COLUMNS = ['id', 'organization_id', 'name', 'address', 'active', 'created_at'] as const;

/** Organizations' shared mailboxes. Whose they are is the service's to check. */
@Injectable()
export class MailboxesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  ofOrganization(organizationId: string): Promise<MailboxRow[]> {
    return run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('organization_mailboxes')
          .select(COLUMNS)
          .where('organization_id', '=', organizationId)
          .orderBy('name')
          .orderBy('id')
          .limit(MAX_MAILBOXES_PER_ORGANIZATION),
      ),
    );
  }

  findById(id: string, executor: SqlExecutor = this.dataSource): Promise<MailboxRow | null> {
    return runFirst(
      executor,
      sqlOf((db) => db.selectFrom('organization_mailboxes').select(COLUMNS).where('id', '=', id)),
    );
  }

  /** Locked until the transaction ends: its subscriptions are counted, then one is added. */
  lock(executor: SqlExecutor, id: string): Promise<MailboxRow | null> {
    return runFirst(
      executor,
      sqlOf((db) => db.selectFrom('organization_mailboxes').select(COLUMNS).where('id', '=', id).forNoKeyUpdate()),
    );
  }

  /**
   * Serialises additions of mailboxes to one organization, so two at once cannot pass the bound together. FOR NO
   * KEY UPDATE leaves the rows that merely reference the organization (mails, users) free to be written.
   */
  async lockOrganization(executor: SqlExecutor, organizationId: string): Promise<boolean> {
    const row = await runFirst(
      executor,
      sqlOf((db) => db.selectFrom('organizations').select('id').where('id', '=', organizationId).forNoKeyUpdate()),
    );
    return row !== null;
  }

  async count(executor: SqlExecutor, organizationId: string): Promise<number> {
    const row = await runFirst(
      executor,
      sqlOf((db) =>
        db
          .selectFrom('organization_mailboxes')
          .select((eb) => eb.cast<string>(eb.fn.countAll(), 'text').as('count'))
          .where('organization_id', '=', organizationId),
      ),
    );
    return Number(row?.count ?? 0);
  }

  async insert(
    executor: SqlExecutor,
    fields: { organizationId: string; name: string; address: string; createdByUserId: string | null },
  ): Promise<MailboxRow> {
    const row = await runFirst(
      executor,
      sqlOf((db) =>
        db
          .insertInto('organization_mailboxes')
          .values({
            organization_id: fields.organizationId,
            name: fields.name,
            address: fields.address,
            created_by_user_id: fields.createdByUserId,
          })
          .returning(COLUMNS),
      ),
    );
    if (!row) throw new Error('mailbox insert returned no row');
    return row;
  }

  async update(
    executor: SqlExecutor,
    id: string,
    fields: { name?: string; address?: string; active?: boolean },
  ): Promise<MailboxRow | null> {
    return runFirst(
      executor,
      sqlOf((db) =>
        db
          .updateTable('organization_mailboxes')
          .set({ ...fields, updated_at: NOW })
          .where('id', '=', id)
          .returning(COLUMNS),
      ),
    );
  }

  async delete(executor: SqlExecutor, id: string): Promise<void> {
    await run(
      executor,
      sqlOf((db) => db.deleteFrom('organization_mailboxes').where('id', '=', id)),
    );
  }
}
