import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { AuditService } from './audit.service';
import { AuditEventsArgs } from './dto/audit-events.args';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Requires(Permission.ORG_AUDIT_READ)
  @Query(() => AuditEventConnection, {
    description:
      "The audit trail, newest first: your organization's members' records, or every record for a platform administrator.",
  })
  auditEvents(@CurrentViewer() viewer: RequestViewer, @Args() args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    return this.service.list(viewer, args);
  }
}
