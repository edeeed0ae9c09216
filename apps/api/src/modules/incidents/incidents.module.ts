import { Module } from '@nestjs/common';
import { AuditModule } from '@api/modules/audit/audit.module';
import { BulletinsModule } from '@api/modules/bulletins/bulletins.module';
import { EventLogModule } from '@api/modules/events/event-log.module';
import { OrganizationsModule } from '@api/modules/organizations/organizations.module';
import { IncidentDraftRepository } from './incident-draft.repository';
import { IncidentDraftResolver } from './incident-draft.resolver';
import { IncidentDraftService } from './incident-draft.service';
import { IncidentEventLog } from './incident-event-log.repository';
import { IncidentEventsRepository } from './incident-events.repository';
import { IncidentEventsResolver } from './incident-events.resolver';
import { IncidentEventsService } from './incident-events.service';
import { IncidentsRepository } from './incidents.repository';
import { IncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';
import { RelatedIncidentsRepository } from './related-incidents.repository';
import { RelatedIncidentsResolver } from './related-incidents.resolver';
import { RelatedIncidentsService } from './related-incidents.service';

/**
 * Incident reports (issue 17): offices report to the organizations they choose; those organizations' analysts and
 * publishers triage them. What other modules build on it (the event subscription, bulletins drafted from a report)
 * reads and writes reports through IncidentsService, IncidentsRepository and IncidentEventLog.
 */
@Module({
  imports: [OrganizationsModule, EventLogModule, AuditModule, BulletinsModule],
  providers: [
    IncidentsResolver,
    IncidentsService,
    IncidentsRepository,
    IncidentEventLog,
    IncidentDraftResolver,
    IncidentDraftService,
    IncidentDraftRepository,
    IncidentEventsResolver,
    IncidentEventsService,
    IncidentEventsRepository,
    RelatedIncidentsResolver,
    RelatedIncidentsService,
    RelatedIncidentsRepository,
  ],
  exports: [IncidentsService, IncidentsRepository, IncidentEventLog],
})
export class IncidentsModule {}
