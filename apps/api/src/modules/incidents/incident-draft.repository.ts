import { Injectable } from '@nestjs/common';
import type { IncidentCategory, IndicatorType, VotingImpact } from '@bulwark/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { ReportingOffice, ReportingPerson } from './incident-draft-anonymiser';

/** A report as a draft is made from it, with who reported it: what the draft must describe or leave out. */
export interface DraftSource {
  readonly report: {
    readonly title: string;
    readonly description: string;
    readonly category: IncidentCategory;
    readonly impact: VotingImpact;
    readonly startedAt: Date;
    readonly jurisdiction: string | null;
    readonly reporterMayBeNamed: boolean;
    readonly indicators: readonly { type: IndicatorType; value: string }[];
  };
  readonly office: ReportingOffice;
  readonly person: ReportingPerson;
}

/** Drafts made from reports: who reported (to take them out), and the links from reports to their drafts. */
@Injectable()
export class IncidentDraftRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Only for a report the caller has already been allowed to handle. */
  async sourceOf(reportId: string): Promise<DraftSource | null> {
    const row = await runFirst(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('incident_reports as i')
          .innerJoin('organizations as o', 'o.id', 'i.reporting_org_id')
          .innerJoin('users as u', 'u.id', 'i.reporter_user_id')
          .select([
            'i.title',
            'i.description',
            'i.category',
            'i.impact',
            'i.started_at',
            'i.jurisdiction as report_jurisdiction',
            'i.reporter_may_be_named',
            'o.name',
            'o.short_name',
            'o.kind',
            'o.jurisdiction',
            'u.display_name',
            'u.email',
          ])
          .where('i.id', '=', reportId),
      ),
    );
    if (!row) return null;
    const indicators = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('incident_indicators')
          .select(['type', 'value'])
          .where('report_id', '=', reportId)
          .orderBy('position')
          // A varchar that the write path fills with IndicatorType's labels only (normaliseIndicator).
          .$narrowType<{ type: IndicatorType }>(),
      ),
    );
    return {
      report: {
        title: row.title,
        description: row.description,
        category: row.category,
        impact: row.impact,
        startedAt: row.started_at,
        jurisdiction: row.report_jurisdiction,
        reporterMayBeNamed: row.reporter_may_be_named,
        indicators,
      },
      office: { name: row.name, shortName: row.short_name, kind: row.kind, jurisdiction: row.jurisdiction },
      person: { name: row.display_name, email: row.email },
    };
  }

  async link(manager: EntityManager, reportId: string, bulletinId: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db.insertInto('incident_report_bulletins').values({ report_id: reportId, bulletin_id: bulletinId }),
      ),
    );
  }

  /** The bulletins drafted from each of these reports, readable or not: the caller applies the bulletins' policy. */
  async bulletinIdsOf(reportIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('incident_report_bulletins')
          .select(['report_id', 'bulletin_id'])
          .where('report_id', '=', (eb) => eb.fn.any(eb.val(reportIds)))
          .orderBy('created_at'),
      ),
    );
    const byReport = new Map<string, string[]>();
    for (const row of rows) byReport.set(row.report_id, [...(byReport.get(row.report_id) ?? []), row.bulletin_id]);
    return byReport;
  }
}
