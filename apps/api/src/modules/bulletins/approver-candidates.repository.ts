import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, Tier } from '@bulwark/domain';
import { DataSource } from 'typeorm';
import type { Cursor } from '@api/graphql/pagination';

export interface ApproverCandidateRow {
  id: string;
  display_name: string;
  email: string;
  roles: Role[];
  clearance: Tier;
  active: boolean;
  organization_id: string;
  organization_name: string;
  organization_active: boolean;
  vetted_tier: Tier;
}

/** The publishers of a bulletin's originating organizations, for approverOptions. */
@Injectable()
export class ApproverCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Active publishers of active organizations among `organizationIds`, by name then id, `first + 1` after the
   * cursor (keyed by display name), and how many there are in all.
   */
  async page(
    organizationIds: readonly string[],
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: ApproverCandidateRow[]; total: number }> {
    const where = `u.organization_id = ANY($1::uuid[]) AND 'PUBLISHER'::role = ANY(u.roles) AND u.active AND o.active`;
    const [rows, counted] = await Promise.all([
      this.dataSource.query<ApproverCandidateRow[]>(
        `SELECT u.id, u.display_name, u.email, u.roles::text[] AS roles, u.clearance, u.active, u.organization_id,
                o.name AS organization_name, o.active AS organization_active, o.vetted_tier
           FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE ${where} AND ($2::text IS NULL OR (u.display_name, u.id) > ($2::text, $3::uuid))
          ORDER BY u.display_name, u.id
          LIMIT $4`,
        [organizationIds, after?.key ?? null, after?.id ?? null, first + 1],
      ),
      this.dataSource.query<{ total: number }[]>(
        `SELECT count(*)::int AS total FROM users u JOIN organizations o ON o.id = u.organization_id WHERE ${where}`,
        [organizationIds],
      ),
    ]);
    return { rows, total: counted[0]?.total ?? 0 };
  }
}
