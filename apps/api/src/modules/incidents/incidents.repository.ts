import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type IncidentCategory,
  type IncidentStatus,
  type IndicatorType,
  type NormalisedIndicator,
  OrganizationKind,
  type Tier,
  type VotingImpact,
} from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { type Expression, expressionBuilder, sql, type SqlBool } from 'kysely';
import { DataSource, type EntityManager } from 'typeorm';
import type { DomainRow } from '@api/database/domain-enums';
import type { IndicatorQuery } from '@api/common/indicators';
import { type DB, NOW, type ResultOf, run, runFirst, sqlOf } from '@api/database/typed-sql';
import { INCIDENT_COLUMNS, type IncidentRow, incidentReadableBy, reportsWithNames } from './incident-row';
import { IncidentScope } from './models/incident-enums';

/** At most this many comments on one report: the thread is read whole. */
export const MAX_COMMENTS_PER_REPORT = 500;

/** What a list narrows reports to, beside the policy. */
export interface IncidentListFilter {
  readonly scope?: IncidentScope | null;
  readonly statuses?: readonly IncidentStatus[] | null;
  readonly impacts?: readonly VotingImpact[] | null;
  readonly categories?: readonly IncidentCategory[] | null;
  readonly jurisdictions?: readonly string[] | null;
  readonly search?: string | null;
  readonly indicator?: IndicatorQuery | null;
}

/** Where the previous page ended: the last report's created_at (as PostgreSQL prints it) and id. */
export interface IncidentListPosition {
  readonly createdAt: string;
  readonly id: string;
}

export interface NewReport {
  readonly reference: string;
  readonly reportingOrgId: string;
  readonly reporterUserId: string;
  readonly recipientOrgIds: readonly string[];
  readonly tier: Tier;
  readonly title: string;
  readonly description: string;
  readonly category: IncidentCategory;
  readonly startedAt: Date;
  readonly jurisdiction: string | null;
  readonly location: string | null;
  readonly impact: VotingImpact;
  readonly reporterMayBeNamed: boolean;
}

export interface NewComment {
  readonly reportId: string;
  readonly authorUserId: string;
  readonly authorOrgId: string;
  readonly fromReporterSide: boolean;
  readonly body: string;
}

/** What a handler's action changes; `firstResponse` stamps first_response_at if it is still empty. */
export interface ReportChange {
  readonly assigneeUserId?: string;
  readonly status?: IncidentStatus;
  readonly firstResponse: boolean;
}

const report = expressionBuilder<DB & { i: DB['incident_reports'] }, 'i'>();

const commentsQuery = (where: (db: ReturnType<typeof commentsBase>) => ReturnType<typeof commentsBase>) =>
  sqlOf((db) => where(commentsBase(db)));

function commentsBase(db: Parameters<Parameters<typeof sqlOf>[0]>[0]) {
  return db
    .selectFrom('incident_comments as c')
    .innerJoin('users as u', 'u.id', 'c.author_user_id')
    .innerJoin('organizations as o', 'o.id', 'c.author_org_id')
    .select([
      'c.id',
      'c.report_id',
      'c.body',
      'c.from_reporter_side',
      'c.created_at',
      'u.display_name as author_name',
      'o.name as author_organization_name',
    ]);
}

/** A comment with its author's and their organization's names. */
export type CommentRow = ResultOf<ReturnType<typeof commentsQuery>>;

const indicatorsQuery = (reportIds: readonly string[]) =>
  sqlOf((db) =>
    db
      .selectFrom('incident_indicators')
      .select(['report_id', 'type', 'value'])
      .where('report_id', '=', (eb) => eb.fn.any(eb.val(reportIds)))
      .orderBy('report_id')
      .orderBy('position')
      // A varchar the write path fills with IndicatorType's labels only (normaliseIndicator).
      .$narrowType<{ type: IndicatorType }>(),
  );

export type IncidentIndicatorRow = ResultOf<ReturnType<typeof indicatorsQuery>>;

const organizationFacts = (ids: readonly string[]) =>
  sqlOf((db) =>
    db
      .selectFrom('organizations')
      .select(['id', 'name', 'short_name', 'kind', 'active', 'vetted_tier', 'accepts_incident_reports', 'jurisdiction'])
      .where('id', '=', (eb) => eb.fn.any(eb.val(ids))),
  );

/** What choosing a recipient, and numbering a report, looks at of an organization. */
export type OrganizationFacts = DomainRow<ResultOf<ReturnType<typeof organizationFacts>>>;

/**
 * Every read and write of incident reports. Each read for a viewer carries libs/policy's predicate (R19), so a
 * report a viewer may not read never leaves the database: not in rows, not in counts. Writes run in the caller's
 * transaction.
 */
@Injectable()
export class IncidentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findVisible(viewer: ViewerContext, id: string, manager?: EntityManager): Promise<IncidentRow | null> {
    return runFirst(
      manager ?? this.dataSource,
      sqlOf((db) =>
        reportsWithNames(db).select(INCIDENT_COLUMNS).where('i.id', '=', id).where(incidentReadableBy(viewer)),
      ),
    );
  }

  /** The id of a report, readable or not: only to record a denied attempt (R15), never to answer the caller. */
  async existingId(id: string): Promise<string | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) => db.selectFrom('incident_reports').select('id').where('id', '=', id)),
    );
    return row?.id ?? null;
  }

  /** One page newest first (`first + 1` rows, to tell whether another follows). */
  page(
    viewer: ViewerContext,
    filter: IncidentListFilter,
    after: IncidentListPosition | null,
    first: number,
  ): Promise<(IncidentRow & { created_at_key: string })[]> {
    const where = report.and(this.conditions(viewer, filter));
    return run(
      this.dataSource,
      sqlOf((db) => {
        const query = reportsWithNames(db)
          .select(INCIDENT_COLUMNS)
          .select((eb) => eb.cast<string>('i.created_at', 'text').as('created_at_key'))
          .where(where);
        const page = after
          ? query.where((eb) =>
              eb(
                eb.refTuple('i.created_at', 'i.id'),
                '<',
                eb.tuple(sql<Date>`${after.createdAt}::timestamptz`, sql<string>`${after.id}::uuid`),
              ),
            )
          : query;
        return page
          .orderBy('i.created_at', 'desc')
          .orderBy('i.id', 'desc')
          .limit(first + 1);
      }),
    );
  }

  /** How many reports the viewer may read match the filter: the list's own predicate. */
  async count(viewer: ViewerContext, filter: IncidentListFilter): Promise<number> {
    const where = report.and(this.conditions(viewer, filter));
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('incident_reports as i')
          .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('total'))
          .where(where),
      ),
    );
    return row?.total ?? 0;
  }

  indicatorsOf(reportIds: readonly string[]): Promise<IncidentIndicatorRow[]> {
    return run(this.dataSource, indicatorsQuery(reportIds));
  }

  /** The threads of these reports, oldest first. */
  commentsOf(reportIds: readonly string[]): Promise<CommentRow[]> {
    return run(
      this.dataSource,
      commentsQuery((q) =>
        q
          .where('c.report_id', '=', (eb) => eb.fn.any(eb.val(reportIds)))
          .orderBy('c.report_id')
          .orderBy('c.created_at')
          .orderBy('c.id'),
      ),
    );
  }

  /** A comment, only if the viewer may read its report now (R19). */
  commentVisible(viewer: ViewerContext, commentId: string): Promise<CommentRow | null> {
    return runFirst(
      this.dataSource,
      commentsQuery((q) =>
        q
          .innerJoin('incident_reports as i', 'i.id', 'c.report_id')
          .where('c.id', '=', commentId)
          .where(incidentReadableBy(viewer)),
      ),
    );
  }

  /** The organizations a reporter names, as choosing them looks at them. Unknown ids are left out. */
  organizations(ids: readonly string[], manager?: EntityManager): Promise<OrganizationFacts[]> {
    return ids.length ? run(manager ?? this.dataSource, organizationFacts(ids)) : Promise.resolve([]);
  }

  /**
   * The organizations a reporter of `organizationId` may send reports to: active and accepting reports, and either
   * FEDERAL or ISAC, or one of `ancestorIds` (a county's own state). By kind, then name.
   */
  async recipientCandidates(organizationId: string, ancestorIds: readonly string[]) {
    return run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('organizations')
          .select('id')
          .where('active', '=', true)
          .where('accepts_incident_reports', '=', true)
          .where('id', '<>', organizationId)
          .where((eb) =>
            eb.or([
              eb('kind', 'in', [OrganizationKind.FEDERAL, OrganizationKind.ISAC]),
              ...(ancestorIds.length > 0 ? [eb('id', '=', eb.fn.any(eb.val(ancestorIds)))] : []),
            ]),
          )
          .orderBy('kind')
          .orderBy('name'),
      ),
    );
  }

  /** The report, locked until the transaction ends, whoever may read it: the caller has decided that already. */
  lock(manager: EntityManager, id: string): Promise<IncidentRow | null> {
    return runFirst(
      manager,
      sqlOf((db) => reportsWithNames(db).select(INCIDENT_COLUMNS).where('i.id', '=', id).forUpdate('i')),
    );
  }

  /** The next reference for a reporting organization and year, e.g. GA-FULTON-IR-2026-0007: gap-free. */
  async nextReference(manager: EntityManager, organizationId: string, shortName: string, year: number) {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .insertInto('incident_reference_counters')
          .values({ organization_id: organizationId, year, last_number: 1 })
          .onConflict((oc) =>
            oc
              .columns(['organization_id', 'year'])
              .doUpdateSet((eb) => ({ last_number: eb('incident_reference_counters.last_number', '+', eb.lit(1)) })),
          )
          .returning('last_number'),
      ),
    );
    return `${shortName}-IR-${year}-${String(row?.last_number ?? 1).padStart(4, '0')}`;
  }

  async insert(manager: EntityManager, fields: NewReport, indicators: readonly NormalisedIndicator[]) {
    const inserted = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .insertInto('incident_reports')
          .values({
            reference: fields.reference,
            reporting_org_id: fields.reportingOrgId,
            reporter_user_id: fields.reporterUserId,
            recipient_org_ids: sql<string[]>`${[...fields.recipientOrgIds]}::uuid[]`,
            tier: fields.tier,
            title: fields.title,
            description: fields.description,
            category: fields.category,
            started_at: fields.startedAt,
            jurisdiction: fields.jurisdiction,
            location: fields.location,
            impact: fields.impact,
            reporter_may_be_named: fields.reporterMayBeNamed,
          })
          .returning('id'),
      ),
    );
    if (!inserted) throw new Error('The report just written has no id.');
    if (indicators.length > 0) {
      await run(
        manager,
        sqlOf((db) =>
          db.insertInto('incident_indicators').values(
            indicators.map((indicator, position) => ({
              report_id: inserted.id,
              type: indicator.type,
              value: indicator.value,
              network: indicator.network,
              position,
            })),
          ),
        ),
      );
    }
    return inserted.id;
  }

  /** Applies a handler's change to a locked report; bumps updated_at. */
  async change(manager: EntityManager, id: string, change: ReportChange): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('incident_reports')
          .set((eb) => ({
            updated_at: NOW,
            ...(change.assigneeUserId !== undefined ? { assignee_user_id: change.assigneeUserId } : {}),
            ...(change.status !== undefined ? { status: change.status } : {}),
            ...(change.firstResponse ? { first_response_at: eb.fn.coalesce('first_response_at', NOW) } : {}),
          }))
          .where('id', '=', id),
      ),
    );
  }

  async commentCount(manager: EntityManager, reportId: string): Promise<number> {
    const row = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .selectFrom('incident_comments')
          .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('comments'))
          .where('report_id', '=', reportId),
      ),
    );
    return row?.comments ?? 0;
  }

  async insertComment(manager: EntityManager, comment: NewComment): Promise<CommentRow> {
    const inserted = await runFirst(
      manager,
      sqlOf((db) =>
        db
          .insertInto('incident_comments')
          .values({
            report_id: comment.reportId,
            author_user_id: comment.authorUserId,
            author_org_id: comment.authorOrgId,
            from_reporter_side: comment.fromReporterSide,
            body: comment.body,
          })
          .returning('id'),
      ),
    );
    const row =
      inserted &&
      (await runFirst(
        manager,
        commentsQuery((q) => q.where('c.id', '=', inserted.id)),
      ));
    if (!row) throw new Error('The comment just written cannot be read back.');
    return row;
  }

  private conditions(viewer: ViewerContext, filter: IncidentListFilter): Expression<SqlBool>[] {
    const r = report;
    const conditions: Expression<SqlBool>[] = [incidentReadableBy(viewer)];
    if (filter.scope) {
      const organizationId = viewer.organizationId;
      if (!organizationId) conditions.push(r.lit(false));
      else if (filter.scope === IncidentScope.REPORTED) conditions.push(r('i.reporting_org_id', '=', organizationId));
      else conditions.push(sql<SqlBool>`${r.ref('i.recipient_org_ids')} @> ARRAY[${organizationId}::uuid]`);
    }
    if (filter.statuses?.length) conditions.push(r('i.status', 'in', [...filter.statuses]));
    if (filter.impacts?.length) conditions.push(r('i.impact', 'in', [...filter.impacts]));
    if (filter.categories?.length) conditions.push(r('i.category', 'in', [...filter.categories]));
    if (filter.jurisdictions?.length)
      conditions.push(
        r(
          'i.jurisdiction',
          'in',
          filter.jurisdictions.map((code) => code.toUpperCase()),
        ),
      );
    if (filter.search) {
      const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
      conditions.push(
        r.or([
          r('i.title', 'ilike', pattern),
          r('i.description', 'ilike', pattern),
          r('i.location', 'ilike', pattern),
          r('i.reference', 'ilike', pattern),
        ]),
      );
    }
    if (filter.indicator) {
      const { value, network } = filter.indicator;
      conditions.push(
        r.exists(
          r
            .selectFrom('incident_indicators as x')
            .select(sql.lit(1).as('one'))
            .whereRef('x.report_id', '=', 'i.id')
            .where((eb) =>
              eb.or([
                eb('x.value', '=', value),
                ...(network ? [sql<SqlBool>`${eb.ref('x.network')} >>= ${network}::inet`] : []),
              ]),
            ),
        ),
      );
    }
    return conditions;
  }
}
