import {
  type MarkingColumns,
  readPredicate,
  reportMarking,
  reportMarkingColumns,
  type RevisionMarking,
  type ViewerContext,
} from '@bulwark/policy';
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { DomainRow } from '@api/database/domain-enums';
import { type DB, type ResultOf, sqlOf, sqlText } from '@api/database/typed-sql';

/** What every query selects to read a report (`i`, with `reporter` and `assignee`): `.select(INCIDENT_COLUMNS)`. */
export const INCIDENT_COLUMNS = [
  'i.id',
  'i.reference',
  'i.reporting_org_id',
  'i.reporter_user_id',
  'i.recipient_org_ids',
  'i.tier',
  'i.title',
  'i.description',
  'i.category',
  'i.started_at',
  'i.jurisdiction',
  'i.location',
  'i.impact',
  'i.reporter_may_be_named',
  'i.status',
  'i.assignee_user_id',
  'i.first_response_at',
  'i.created_at',
  'i.updated_at',
  'reporter.display_name as reporter_name',
  'assignee.display_name as assignee_name',
] as const;

/** Reports (`i`) with their reporter's and assignee's names: every read of reports starts here. */
export function reportsWithNames(db: Kysely<DB>) {
  return db
    .selectFrom('incident_reports as i')
    .innerJoin('users as reporter', 'reporter.id', 'i.reporter_user_id')
    .leftJoin('users as assignee', 'assignee.id', 'i.assignee_user_id');
}

/** One report as INCIDENT_COLUMNS reads it. */
export type IncidentRow = DomainRow<ResultOf<ReturnType<typeof reportRowsQuery>>>;

/** Only its type is used: what `reportsWithNames(db).select(INCIDENT_COLUMNS)` returns. */
export const reportRowsQuery = () => sqlOf((db) => reportsWithNames(db).select(INCIDENT_COLUMNS));

/** Where libs/policy finds the marking of a report aliased `alias` (R19). */
export function incidentMarkingAt(alias: string): MarkingColumns {
  return reportMarkingColumns({
    tier: `${alias}.tier`,
    reportingOrgId: `${alias}.reporting_org_id`,
    recipientOrgIds: `${alias}.recipient_org_ids`,
    reporterUserId: `${alias}.reporter_user_id`,
  });
}

/** The marking of a report aliased `i`, as this module's queries name it. */
export const INCIDENT_MARKING = incidentMarkingAt('i');

/** The marking libs/policy decides on in memory (decideRead), for a report already read. */
export function incidentMarkingOf(
  row: Pick<IncidentRow, 'tier' | 'reporting_org_id' | 'recipient_org_ids' | 'reporter_user_id'>,
): RevisionMarking {
  return reportMarking({
    tier: row.tier,
    reportingOrgId: row.reporting_org_id,
    recipientOrgIds: row.recipient_org_ids,
    reporterUserId: row.reporter_user_id,
  });
}

/** libs/policy's predicate, the only access decision, for this viewer on the report at `columns` (R19). */
export function incidentReadableBy(
  viewer: ViewerContext,
  columns: MarkingColumns = INCIDENT_MARKING,
): RawBuilder<SqlBool> {
  return sqlText<SqlBool>((param) => readPredicate(viewer, columns, param));
}
