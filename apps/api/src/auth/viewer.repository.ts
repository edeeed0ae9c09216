import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, type Tier } from '@bulwark/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ancestorIdsOf } from './organization-lineage';

export interface ViewerRow {
  subject_id: string;
  roles: Role[];
  clearance: Tier;
  subject_active: boolean;
  organization_id: string;
  organization_active: boolean;
  vetted_tier: Tier;
  ancestor_ids: string[];
  credential_valid: boolean;
}

export interface SessionViewerRow extends ViewerRow {
  session_id: string;
  /** How long the session has left, by the database's clock (negative once it has expired). */
  valid_for_ms: number;
}

export interface ApiKeyViewerRow extends ViewerRow {
  secret_hash: string;
  last_used_at: Date | null;
}

/** The lineage of the organization each of these queries aliases `o`. */
const ANCESTOR_IDS = ancestorIdsOf('o');

/** Reads who a credential belongs to, fresh on every request: roles, clearance and active state are never cached. */
@Injectable()
export class ViewerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Sessions asked for in the same tick are read in one query (never cached): when an event wakes a thousand
   * subscribers, re-checking them all (R17) costs one round trip, not a thousand.
   */
  private readonly sessions = new DataLoader<string, SessionViewerRow | null>(
    async (sessionIds) => {
      const rows: SessionViewerRow[] = await this.dataSource.query(
        `SELECT s.id AS session_id, u.id AS subject_id, u.roles::text[] AS roles, u.clearance, u.active AS subject_active,
                o.id AS organization_id, o.active AS organization_active, o.vetted_tier,
                ${ANCESTOR_IDS} AS ancestor_ids,
                (s.revoked_at IS NULL AND s.expires_at > now()) AS credential_valid,
                (extract(epoch FROM s.expires_at - now()) * 1000)::float8 AS valid_for_ms
           FROM sessions s
           JOIN users u ON u.id = s.user_id
           JOIN organizations o ON o.id = u.organization_id
          WHERE s.id = ANY($1::uuid[])`,
        [[...new Set(sessionIds)]], // a user's several sockets ask for one session
      );
      const byId = new Map(rows.map((row) => [row.session_id, row]));
      return sessionIds.map((id) => byId.get(id) ?? null);
    },
    { cache: false, maxBatchSize: 1000 },
  );

  async forSession(userId: string, sessionId: string): Promise<SessionViewerRow | null> {
    const row = await this.sessions.load(sessionId);
    return row && row.subject_id === userId ? row : null;
  }

  /**
   * Moves, at commit, with every change to what a signed-in viewer is made of: a user's organization, roles,
   * clearance or activity; an organization's parent, vetting or activity; a session's owner, expiry or revocation;
   * any of those rows deleted (migration ViewerStanding). A viewer read after a generation was read is current
   * for as long as the generation has not moved and its session has not expired.
   */
  async standingGeneration(): Promise<string> {
    const rows: { generation: string }[] = await this.dataSource.query(
      'SELECT generation::text AS generation FROM viewer_standing',
    );
    const generation = rows[0]?.generation;
    if (generation === undefined) throw new Error('viewer_standing has no row: the database is not migrated');
    return generation;
  }

  /** A user as a viewer without a session: for work the server does on someone's behalf (the demo seed). */
  async forUser(userId: string): Promise<ViewerRow | null> {
    const rows: ViewerRow[] = await this.dataSource.query(
      `SELECT u.id AS subject_id, u.roles::text[] AS roles, u.clearance, u.active AS subject_active,
              o.id AS organization_id, o.active AS organization_active, o.vetted_tier,
              ${ANCESTOR_IDS} AS ancestor_ids, true AS credential_valid
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async forApiKey(prefix: string): Promise<ApiKeyViewerRow | null> {
    const rows: ApiKeyViewerRow[] = await this.dataSource.query(
      `SELECT k.id AS subject_id, k.roles::text[] AS roles, k.clearance, (k.revoked_at IS NULL) AS subject_active,
              o.id AS organization_id, o.active AS organization_active, o.vetted_tier,
              ${ANCESTOR_IDS} AS ancestor_ids,
              (k.expires_at IS NULL OR k.expires_at > now()) AS credential_valid,
              k.secret_hash, k.last_used_at
         FROM api_keys k
         JOIN organizations o ON o.id = k.organization_id
        WHERE k.prefix = $1`,
      [prefix],
    );
    return rows[0] ?? null;
  }

  /** Last use, written at most once a minute per key so reads do not become writes. */
  async touchApiKey(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
