import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Tier, TIERS_IN_ORDER, tierRank } from '@bulwark/domain';
import { DataSource } from 'typeorm';

export interface AcknowledgerRow {
  user_id: string;
  organization_id: string;
  display_name: string;
  email: string;
  acknowledged_at: Date | null;
}

@Injectable()
export class AcknowledgementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  acknowledgedOf(revisionId: string): Promise<AcknowledgerRow[]> {
    return this.dataSource.query(
      `SELECT a.user_id, a.organization_id, u.display_name, u.email, a.acknowledged_at
         FROM bulletin_acknowledgements a JOIN users u ON u.id = a.user_id
        WHERE a.revision_id = $1 ORDER BY a.acknowledged_at`,
      [revisionId],
    );
  }

  /** Active people of these organizations, or these people, whose clearance and vetting cover the tier. */
  expectedReaders(
    tier: Tier,
    organizationIds: readonly string[],
    userIds: readonly string[],
  ): Promise<AcknowledgerRow[]> {
    const cleared = TIERS_IN_ORDER.slice(tierRank(tier));
    return this.dataSource.query(
      `SELECT u.id AS user_id, u.organization_id, u.display_name, u.email, NULL::timestamptz AS acknowledged_at
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE (u.organization_id = ANY($1::uuid[]) OR u.id = ANY($2::uuid[]))
          AND u.active AND o.active
          AND u.clearance::text = ANY($3::text[]) AND o.vetted_tier::text = ANY($3::text[])
        ORDER BY u.email`,
      [organizationIds, userIds, cleared],
    );
  }
}
