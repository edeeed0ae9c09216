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
   * Per revision, the active people of its recipient organizations (or its named recipients) whose clearance and
   * organization's vetting cover its tier. Enum comparison follows the tier order CLEAR < … < RED.
   */
  expectedReaders(revisionIds: readonly string[]): Promise<AcknowledgerRow[]> {
    return this.dataSource.query(
      `SELECT r.id AS revision_id, u.id AS user_id, u.organization_id, u.display_name, u.email,
              NULL::timestamptz AS acknowledged_at
         FROM bulletin_revisions r
         JOIN users u ON u.organization_id = ANY(r.recipient_org_ids) OR u.id = ANY(r.recipient_user_ids)
         JOIN organizations o ON o.id = u.organization_id
        WHERE r.id = ANY($1::uuid[]) AND u.active AND o.active AND u.clearance >= r.tier AND o.vetted_tier >= r.tier
        ORDER BY u.email`,
      [revisionIds],
    );
  }
}
