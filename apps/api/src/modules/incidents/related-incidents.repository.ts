import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IncidentStatus } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { run, sqlOf } from '@api/database/typed-sql';
import { incidentMarkingAt, incidentReadableBy } from './incident-row';

/** Another report, as a list of duplicates names it. */
export interface RelatedReportRow {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly status: IncidentStatus;
  readonly createdAt: Date;
}

/** The other reports one report shares indicators with, that one viewer may read. */
export interface ReportMatches {
  readonly count: number;
  /** Newest first, at most the limit asked for. */
  readonly reports: readonly RelatedReportRow[];
  /** Which of the report's own normalised values they name, together. */
  readonly sharedValues: readonly string[];
}

/** Where the policy finds the marking of the other report, aliased `o`. */
const OTHER_REPORT = incidentMarkingAt('o');

/**
 * Duplicates among incident reports: reports that name one of the same normalised indicator values. Each query
 * carries libs/policy's R19 predicate on the other report, so a report the viewer may not read is in no row and no
 * count (R15).
 */
@Injectable()
export class RelatedIncidentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * For each of these reports, the other reports the viewer may read that share at least one indicator value with
   * it: how many, the newest `limit`, and the values shared. One statement for the whole batch, from the index on
   * incident_indicators.value. A report that shares nothing readable is absent from the answer.
   */
  async reportsSharingIndicators(
    viewer: ViewerContext,
    reportIds: readonly string[],
    limit: number,
  ): Promise<Map<string, ReportMatches>> {
    const matches = new Map<string, ReportMatches & { reports: RelatedReportRow[] }>();
    if (reportIds.length === 0) return matches;
    const rows = await run(
      this.dataSource,
      sqlOf((db) =>
        db
          .with('m', (qc) =>
            qc
              .selectFrom('incident_indicators as mine')
              .innerJoin('incident_indicators as theirs', 'theirs.value', 'mine.value')
              .innerJoin('incident_reports as o', 'o.id', 'theirs.report_id')
              .select(['mine.report_id as key', 'mine.value', 'o.id', 'o.created_at'])
              .where('mine.report_id', '=', (eb) => eb.fn.any(eb.val(reportIds)))
              .whereRef('o.id', '<>', 'mine.report_id')
              .where(incidentReadableBy(viewer, OTHER_REPORT)),
          )
          .with('per', (qc) => qc.selectFrom('m').select(['m.key', 'm.id', 'm.created_at']).distinct())
          .with('ranked', (qc) =>
            qc
              .selectFrom('per')
              .select(['per.key', 'per.id'])
              .select((eb) => [
                eb.fn
                  .agg<number>('row_number')
                  .over((over) =>
                    over.partitionBy('per.key').orderBy('per.created_at', 'desc').orderBy('per.id', 'desc'),
                  )
                  .as('n'),
                eb.fn
                  .countAll<string>()
                  .over((over) => over.partitionBy('per.key'))
                  .as('total'),
              ]),
          )
          .with('shared', (qc) =>
            qc
              .selectFrom('m')
              .select(['m.key', sql<string[]>`array_agg(DISTINCT m.value ORDER BY m.value)`.as('shared_values')])
              .groupBy('m.key'),
          )
          .selectFrom('ranked as k')
          .innerJoin('shared as s', 's.key', 'k.key')
          .innerJoin('incident_reports as o', 'o.id', 'k.id')
          .select(['k.key', 'k.total', 's.shared_values', 'o.id', 'o.reference', 'o.title', 'o.status', 'o.created_at'])
          .where('k.n', '<=', limit)
          .orderBy('k.key')
          .orderBy('k.n'),
      ),
    );
    for (const row of rows) {
      let entry = matches.get(row.key);
      if (!entry) {
        entry = { count: Number(row.total), reports: [], sharedValues: row.shared_values };
        matches.set(row.key, entry);
      }
      const { id, reference, title, status } = row;
      entry.reports.push({ id, reference, title, status, createdAt: row.created_at });
    }
    return matches;
  }
}
