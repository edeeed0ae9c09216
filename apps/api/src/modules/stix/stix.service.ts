import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BulletinStatus } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { bulletinObjects, type StixBulletinRevision } from '@bulwark/stix';
import { conflict, notFound } from '@api/common/app-errors';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import type { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';

/** Bulletins as STIX 2.1, read under the same policy as every other path (libs/stix does the mapping). */
@Injectable()
export class StixService {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly organizations: OrganizationsService,
  ) {}

  /**
   * The current revision of a bulletin the viewer may read, as the JSON text of a STIX 2.1 bundle. The read is the
   * bulletin query's own (R15: NOT_FOUND exactly as for a missing one; AMBER_STRICT and RED reads recorded, R18).
   */
  async bundle(viewer: ViewerContext, loaders: RequestLoaders, bulletinId: string): Promise<string> {
    const bulletin = await this.bulletins.get(viewer, bulletinId);
    if (!bulletin) throw notFound('Bulletin');
    const revision = await this.revisionOf(bulletin, loaders);
    return JSON.stringify({ type: 'bundle', id: `bundle--${randomUUID()}`, objects: bulletinObjects(revision) });
  }

  private async revisionOf(bulletin: Bulletin, loaders: RequestLoaders): Promise<StixBulletinRevision> {
    const released = bulletin.status === BulletinStatus.PUBLISHED || bulletin.status === BulletinStatus.RETRACTED;
    if (!released || !bulletin.firstPublishedAt || !bulletin.publishedAt)
      throw conflict('A bulletin is shared as STIX once it is published.');
    const retracted = bulletin.status === BulletinStatus.RETRACTED;
    const originators = (await this.organizations.byIds(bulletin.originatorOrgIds)).filter((o) => o !== null);
    return {
      bulletinId: bulletin.id,
      reference: bulletin.reference,
      revision: bulletin.revision,
      status: bulletin.status,
      tier: bulletin.tier,
      title: bulletin.title,
      summary: bulletin.summary,
      body: bulletin.body,
      category: bulletin.category,
      severity: bulletin.severity,
      tags: bulletin.tags,
      references: bulletin.references,
      firstPublishedAt: bulletin.firstPublishedAt,
      modifiedAt: retracted && bulletin.retractedAt ? bulletin.retractedAt : bulletin.publishedAt,
      originators,
      // Read even when retracted: libs/stix revokes each indicator's object and withdraws its value (R13).
      indicators: await this.bulletins.indicators(loaders, bulletin.revisionId),
    };
  }
}
