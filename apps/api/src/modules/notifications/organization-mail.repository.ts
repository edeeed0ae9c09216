import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailDetail } from '@bulwark/domain';
import { DataSource } from 'typeorm';
import { run, runFirst, sqlOf, type SqlExecutor } from '@api/database/typed-sql';

/** An organization's mail setting: how much of a bulletin its members' and mailboxes' mail may carry. */
@Injectable()
export class OrganizationMailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async detailOf(organizationIds: readonly string[]): Promise<Map<string, MailDetail>> {
    if (organizationIds.length === 0) return new Map();
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('organizations')
          .select(['id', 'mail_detail'])
          .where('id', 'in', [...organizationIds]),
      ),
    );
    return new Map(rows.map((row) => [row.id, row.mail_detail]));
  }

  /** The detail before the change, or null when there is no such organization. */
  async setDetail(executor: SqlExecutor, organizationId: string, detail: MailDetail): Promise<MailDetail | null> {
    const before = await runFirst(
      executor,
      sqlOf((db) =>
        db.selectFrom('organizations').select('mail_detail').where('id', '=', organizationId).forNoKeyUpdate(),
      ),
    );
    if (!before) return null;
    await run(
      executor,
      sqlOf((db) => db.updateTable('organizations').set({ mail_detail: detail }).where('id', '=', organizationId)),
    );
    return before.mail_detail;
  }
}
