import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ViewerContext } from '@bulwark/policy';
import { DataSource } from 'typeorm';
import { type ResultOf, run, sqlOf } from '@api/database/typed-sql';
import type { DomainRow } from '@api/database/domain-enums';
import { INCIDENT_COLUMNS, incidentReadableBy } from './incident-row';

/** Which events a read looks through: those after `after`, up to `upTo`, at most `limit` of them. */
export interface EventRange {
  readonly after: number;
  readonly upTo: number;
  readonly limit: number;
  /** Only this report's events. */
  readonly reportId?: string;
}

const eventsQuery = (viewer: ViewerContext, range: EventRange) =>
  sqlOf((db) => {
    const query = db
      .selectFrom('incident_events as e')
      .innerJoin('incident_reports as i', 'i.id', 'e.report_id')
      .innerJoin('users as reporter', 'reporter.id', 'i.reporter_user_id')
      .leftJoin('users as assignee', 'assignee.id', 'i.assignee_user_id')
      .leftJoin('incident_comments as c', 'c.id', 'e.comment_id')
      .leftJoin('users as commenter', 'commenter.id', 'c.author_user_id')
      .leftJoin('organizations as commenter_org', 'commenter_org.id', 'c.author_org_id')
      .select([
        ...INCIDENT_COLUMNS,
        (eb) => eb.cast<string>('e.sequence', 'text').as('sequence'),
        'e.type as event_type',
        'e.occurred_at',
        'e.status as event_status',
        'c.id as comment_id',
        'c.body as comment_body',
        'c.from_reporter_side as comment_from_reporter_side',
        'c.created_at as comment_created_at',
        'commenter.display_name as comment_author_name',
        'commenter_org.name as comment_author_organization_name',
      ])
      .where('e.sequence', '>', String(range.after))
      .where('e.sequence', '<=', String(range.upTo))
      .where(incidentReadableBy(viewer));
    return (range.reportId ? query.where('e.report_id', '=', range.reportId) : query)
      .orderBy('e.sequence')
      .limit(range.limit);
  });

/** An event with its report (as it is now) and, for COMMENTED, its comment with its author's names. */
export type IncidentEventRow = DomainRow<ResultOf<ReturnType<typeof eventsQuery>>>;

/**
 * Reads of the incident event log for a subscriber. Each carries libs/policy's R19 predicate on the event's report,
 * for the viewer as they are at the read, so an event about a report they may not read never leaves the database.
 */
@Injectable()
export class IncidentEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The events in the range that the viewer may read, oldest first. `upTo` must be at most a head read before
   * (IncidentEventLog.latest): sequences become visible in order, so every event up to it is there to be read.
   */
  visibleIn(viewer: ViewerContext, range: EventRange): Promise<IncidentEventRow[]> {
    return run(this.dataSource, eventsQuery(viewer, range));
  }
}
