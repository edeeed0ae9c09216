import { Injectable } from '@nestjs/common';
import type { ViewerContext } from '@bulwark/policy';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { BulletinReader, type IndicatorMatches } from '@api/modules/bulletins/bulletins.reader';
import { IncidentsService } from './incidents.service';
import type { IncidentReport } from './models/incident-report.model';
import type { RelatedIncidents } from './models/related-incidents.model';
import { RelatedIncidentsRepository, type ReportMatches } from './related-incidents.repository';

/** At most this many related reports, and as many bulletins, are listed; the counts count them all. */
export const RELATED_LIMIT = 10;

/**
 * Possible duplicates of a report: other reports (R19) and published bulletins (the bulletins' own policy, through
 * BulletinReader) that the viewer may read and that name one of the report's indicators, compared as normalised.
 * A page of reports asks once: one query for their indicators, one for the reports, one for the bulletins.
 */
@Injectable()
export class RelatedIncidentsService {
  constructor(
    private readonly related: RelatedIncidentsRepository,
    private readonly incidents: IncidentsService,
    private readonly bulletins: BulletinReader,
  ) {}

  /** For a report the viewer has already read. */
  of(loaders: RequestLoaders, viewer: ViewerContext, report: IncidentReport): Promise<RelatedIncidents> {
    return loaders
      .get('relatedIncidents', (ids: readonly string[]) => this.batch(loaders, viewer, ids))
      .load(report.id);
  }

  private async batch(
    loaders: RequestLoaders,
    viewer: ViewerContext,
    reportIds: readonly string[],
  ): Promise<RelatedIncidents[]> {
    const indicators = await Promise.all(reportIds.map((id) => this.incidents.indicators(loaders, id)));
    const valuesByReport = new Map(reportIds.map((id, k) => [id, (indicators[k] ?? []).map(({ value }) => value)]));
    const named = [...valuesByReport.values()].some((values) => values.length > 0);
    // A page of reports that name no indicator costs no query.
    const [reports, bulletins] = named
      ? await Promise.all([
          this.related.reportsSharingIndicators(viewer, reportIds, RELATED_LIMIT),
          this.bulletins.bulletinsNamingIndicators(viewer, valuesByReport, RELATED_LIMIT),
        ])
      : [new Map<string, ReportMatches>(), new Map<string, IndicatorMatches>()];
    return reportIds.map((id, k) => {
      const reportMatches = reports.get(id);
      const bulletinMatches = bulletins.get(id);
      const shared = new Set([...(reportMatches?.sharedValues ?? []), ...(bulletinMatches?.sharedValues ?? [])]);
      return {
        reportCount: reportMatches?.count ?? 0,
        bulletinCount: bulletinMatches?.count ?? 0,
        reports: [...(reportMatches?.reports ?? [])],
        bulletins: [...(bulletinMatches?.bulletins ?? [])],
        sharedIndicators: (indicators[k] ?? []).filter(({ value }) => shared.has(value)),
      };
    });
  }
}
