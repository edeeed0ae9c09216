import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface AcknowledgerRow {
  revision_id: string;
  user_id: string;
  organization_id: string;
  display_name: string;
  email: string;
  acknowledged_at: Date | null;
}

/** Receipts and expected readers, for many revisions in one query each (a page of bulletins costs two queries). */
@Injectable()
export class AcknowledgementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  acknowledgedOf(revisionIds: readonly string[]): Promise<AcknowledgerRow[]> {
    return this.dataSource.query(
      `SELECT a.revision_id, a.user_id, a.organization_id, u.display_name, u.email, a.acknowledged_at
         FROM bulletin_acknowledgements a JOIN users u ON u.id = a.user_id
        WHERE a.revision_id = ANY($1::uuid[]) ORDER BY a.acknowledged_at`,
      [revisionIds],
    );
  }

  /**
   * For each bulletin, what its acknowledgement report is made of, in one short text that changes when the report
   * may: the current revision (a new one resets the report), its status, and how many receipts it has and the
   * newest. Bulletins that do not exist are left out.
   */
  async reportStamps(bulletinIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; stamp: string }[] = await this.dataSource.query(
      `SELECT b.id, concat_ws('|', r.id, b.status, count(a.id), max(a.acknowledged_at)) AS stamp
         FROM bulletins b
         JOIN bulletin_revisions r ON r.bulletin_id = b.id AND r.is_current
         LEFT JOIN bulletin_acknowledgements a ON a.revision_id = r.id
        WHERE b.id = ANY($1::uuid[])
        GROUP BY b.id, r.id`,
      [bulletinIds],
    );
    return new Map(rows.map((row) => [row.id, row.stamp]));
  }

  /**
   * Per revision, the active people who may read it and are expected to acknowledge: members of its recipient
   * organizations, and for AMBER of the organizations under them (R3), or its named recipients; each with a
   * clearance and an organization's vetting that cover its tier. Enum comparison follows the tier order.
   */
  expectedReaders(revisionIds: readonly string[]): Promise<AcknowledgerRow[]> {
    return this.dataSource.query(
      `WITH RECURSIVE audience(revision_id, organization_id, depth) AS (
         SELECT r.id, unnest(r.recipient_org_ids), 0 FROM bulletin_revisions r WHERE r.id = ANY($1::uuid[])
         UNION
         SELECT a.revision_id, child.id, a.depth + 1
           FROM audience a
           JOIN bulletin_revisions r ON r.id = a.revision_id AND r.tier = 'AMBER'
           JOIN organizations child ON child.parent_id = a.organization_id
          WHERE a.depth < 32
       )
       SELECT r.id AS revision_id, u.id AS user_id, u.organization_id, u.display_name, u.email,
              NULL::timestamptz AS acknowledged_at
         FROM bulletin_revisions r
         JOIN users u ON u.id = ANY(r.recipient_user_ids)
                      OR u.organization_id IN (SELECT a.organization_id FROM audience a WHERE a.revision_id = r.id)
         JOIN organizations o ON o.id = u.organization_id
        WHERE r.id = ANY($1::uuid[]) AND u.active AND o.active AND u.clearance >= r.tier AND o.vetted_tier >= r.tier
        ORDER BY u.email`,
      [revisionIds],
    );
  }
}
