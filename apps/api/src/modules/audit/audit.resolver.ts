import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { AuditService } from './audit.service';
import { AuditChainVerificationService } from './audit-chain-verification.service';
import { AuditEventsArgs } from './dto/audit-events.args';
import { AuditChainVerification } from './models/audit-chain-verification.model';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly service: AuditService,
    private readonly verifications: AuditChainVerificationService,
  ) {}

  @Requires(Permission.ORG_AUDIT_READ)
  @Query(() => AuditEventConnection, {
    description:
      "The audit trail, newest first: your organization's members' records and what Bulwark did itself to your organization's resources (actorKind SYSTEM), or every record for a platform administrator.",
  })
  auditEvents(@CurrentViewer() viewer: RequestViewer, @Args() args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    return this.service.list(viewer, args);
  }

  @Requires(Permission.ORG_AUDIT_READ)
  @Query(() => AuditChainVerification, {
    description:
      "Whether the audit chain is intact, checked as `npm run audit:verify` checks it, at most once every 10 minutes (see checkedAt). An organization administrator is told it through their own organization's records only.",
  })
  auditChainVerification(@CurrentViewer() viewer: RequestViewer): Promise<AuditChainVerification> {
    return this.verifications.verification(viewer);
  }
}
