import { BulletinEventType } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { UnitOfWork } from '@api/database/unit-of-work';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditRepository } from '@api/modules/audit/audit.repository';
import { AuditService } from '@api/modules/audit/audit.service';
import { EventLogRepository } from '@api/modules/events/event-log.repository';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

export interface PublishInput {
  tier: string;
  title: string;
  summary: string;
  body: string;
  category: string;
  severity: string;
  tags?: string[];
}

// The expression bulletins-write.repository.ts writes (not exported there).
const SEARCH_VECTOR = `setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')
  || setweight(to_tsvector('english', body), 'C') || setweight(to_tsvector('simple', array_to_string(tags, ' ')), 'B')`;

// Event log and audit only call `query`; they never use the data source passed to their constructors here.
const unused = null as unknown as DataSource;
const eventLog = new EventLogRepository(unused);
const audit = new AuditService(new AuditRepository(unused), new UnitOfWork(unused));

/**
 * What a publication writes, in one transaction, as plain SQL: a reference, the bulletin and its published revision,
 * the search vector, the event (sequence and row), and the two audit records the API writes for create + publish
 * (chained, with the head locked). No checks beyond the signed-in viewer: the baseline measures the writes.
 */
export async function barePublish(
  pool: Pool,
  viewer: RequestViewer,
  input: PublishInput,
): Promise<{ id: string; reference: string }> {
  const client = await pool.connect();
  const manager = {
    query: async (sql: string, params?: unknown[]) => {
      const result = await client.query<Record<string, unknown>>(sql, params);
      // TypeORM gives [rows, affected] for UPDATE … RETURNING; the event log expects that shape.
      return result.command === 'UPDATE' ? [result.rows, result.rowCount ?? 0] : result.rows;
    },
  } as unknown as EntityManager;
  try {
    await client.query('BEGIN');
    const orgId = viewer.organizationId as string;
    const year = new Date().getUTCFullYear();
    const counter = await client.query<{ short_name: string; last_number: number }>(
      `WITH o AS (SELECT short_name FROM organizations WHERE id = $1)
       INSERT INTO reference_counters (organization_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organization_id, year) DO UPDATE SET last_number = reference_counters.last_number + 1
       RETURNING last_number, (SELECT short_name FROM o)`,
      [orgId, year],
    );
    const row = counter.rows[0];
    const reference = `${row?.short_name ?? 'BULWARK'}-${year}-${String(row?.last_number ?? 1).padStart(4, '0')}`;
    const bulletin = await client.query<{ id: string }>(
      `INSERT INTO bulletins (reference, status, revision_number, version, author_user_id, first_published_at)
       VALUES ($1, 'PUBLISHED', 1, 2, $2, now()) RETURNING id`,
      [reference, viewer.userId],
    );
    const bulletinId = bulletin.rows[0].id;
    const revision = await client.query<{ id: string }>(
      `INSERT INTO bulletin_revisions (bulletin_id, number, is_current, status, tier, title, summary, body, category,
         severity, tags, originator_org_ids, author_user_id, approver_user_id, published_at, listed_at)
       VALUES ($1, 1, true, 'PUBLISHED', $2, $3, $4, $5, $6, $7, $8::varchar[], $9::uuid[], $10, $10, now(), now())
       RETURNING id`,
      [
        bulletinId,
        input.tier,
        input.title,
        input.summary,
        input.body,
        input.category,
        input.severity,
        input.tags ?? [],
        [orgId],
        viewer.userId,
      ],
    );
    const revisionId = revision.rows[0].id;
    await client.query(`UPDATE bulletin_revisions SET search_vector = ${SEARCH_VECTOR} WHERE id = $1`, [revisionId]);
    await eventLog.append(manager, BulletinEventType.PUBLISHED, bulletinId, revisionId);
    for (const action of [AuditAction.BULLETIN_CREATED, AuditAction.BULLETIN_PUBLISHED]) {
      await audit.record(manager, {
        actor: viewer,
        action,
        targetType: AuditTargetType.BULLETIN,
        targetId: bulletinId,
        details: { revision: 1 },
      });
    }
    await client.query('COMMIT');
    return { id: bulletinId, reference };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
