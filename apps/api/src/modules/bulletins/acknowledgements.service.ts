import { Injectable } from '@nestjs/common';
import { Role } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import type { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { type AcknowledgerRow, AcknowledgementsRepository } from './acknowledgements.repository';
import type { AcknowledgementReport, Acknowledger } from './models/acknowledgement-report.model';
import type { Bulletin } from './models/bulletin.model';

const toAcknowledger = (row: AcknowledgerRow): Acknowledger => ({
  userId: row.user_id,
  displayName: row.display_name,
  email: row.email,
  acknowledgedAt: row.acknowledged_at,
});

/** Who acknowledged a bulletin and who has not: for publishers of an originating organization only. */
@Injectable()
export class AcknowledgementsService {
  constructor(
    private readonly acknowledgements: AcknowledgementsRepository,
    private readonly organizations: OrganizationsService,
  ) {}

  mayReport(viewer: RequestViewer | undefined, bulletin: Bulletin): boolean {
    return Boolean(
      viewer?.userId &&
      viewer.roles.includes(Role.PUBLISHER) &&
      viewer.organizationId &&
      bulletin.originatorOrgIds.includes(viewer.organizationId),
    );
  }

  /** The caller has already read `bulletin` through the policy; this adds who received it. */
  async report(loaders: RequestLoaders, bulletin: Bulletin): Promise<AcknowledgementReport> {
    const [acknowledged, expected] = await Promise.all([
      this.byRevision(
        loaders,
        'acknowledgedOf',
        (ids) => this.acknowledgements.acknowledgedOf(ids),
        bulletin.revisionId,
      ),
      this.byRevision(
        loaders,
        'expectedReaders',
        (ids) => this.acknowledgements.expectedReaders(ids),
        bulletin.revisionId,
      ),
    ]);
    const done = new Set(acknowledged.map((row) => row.user_id));
    const pending = expected.filter((row) => !done.has(row.user_id));
    const organizationIds = [...new Set([...acknowledged, ...pending].map((row) => row.organization_id))];
    const organizations = await Promise.all(organizationIds.map((id) => this.organizations.loadById(loaders, id)));
    return {
      revision: bulletin.revision,
      acknowledgedCount: acknowledged.length,
      pendingCount: pending.length,
      organizations: organizations
        .filter((organization): organization is Organization => organization !== null)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((organization) => ({
          organization,
          acknowledged: acknowledged.filter((row) => row.organization_id === organization.id).map(toAcknowledger),
          pending: pending.filter((row) => row.organization_id === organization.id).map(toAcknowledger),
        })),
    };
  }

  private byRevision(
    loaders: RequestLoaders,
    name: string,
    fetch: (revisionIds: readonly string[]) => Promise<AcknowledgerRow[]>,
    revisionId: string,
  ): Promise<AcknowledgerRow[]> {
    return loaders
      .get(name, async (ids: readonly string[]) => {
        const rows = await fetch(ids);
        return ids.map((id) => rows.filter((row) => row.revision_id === id));
      })
      .load(revisionId);
  }
}
