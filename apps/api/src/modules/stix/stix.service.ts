import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BulletinStatus } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { bulletinObjects, type StixBulletinRevision, type StixObject, type StixOrganization } from '@bulwark/stix';
import { conflict, notFound } from '@api/common/app-errors';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import { StixVersionsReader } from '@api/modules/bulletins/stix-versions.reader';
import type { Bulletin, Indicator } from '@api/modules/bulletins/models/bulletin.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { stixRevision } from './stix-revision';

/** Bulletins as STIX 2.1, read under the same policy as every other path (libs/stix does the mapping). */
@Injectable()
export class StixService {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly organizations: OrganizationsService,
    private readonly versions: StixVersionsReader,
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

  /**
   * The objects of one release of a bulletin already read under the policy (TAXII's pages): as published or
   * amended, or as the retraction that revokes them.
   */
  releaseObjects(
    bulletin: Bulletin,
    indicators: readonly Indicator[],
    originators: readonly StixOrganization[],
    retraction: boolean,
  ): StixObject[] {
    return bulletinObjects(stixRevision(bulletin, indicators, originators, retraction));
  }

  private async revisionOf(bulletin: Bulletin, loaders: RequestLoaders): Promise<StixBulletinRevision> {
    const released = bulletin.status === BulletinStatus.PUBLISHED || bulletin.status === BulletinStatus.RETRACTED;
    if (!released) throw conflict('A bulletin is shared as STIX once it is published.');
    const originators = (await this.organizations.byIds(bulletin.originatorOrgIds)).filter((o) => o !== null);
    const retraction = bulletin.status === BulletinStatus.RETRACTED;
    // A retraction revokes every indicator the bulletin ever released, as TAXII serves it.
    const indicators = retraction
      ? ((await this.versions.everReleasedIndicators([bulletin.id])).get(bulletin.id) ?? [])
      : await this.bulletins.indicators(loaders, bulletin.revisionId);
    return stixRevision(bulletin, indicators, originators, retraction);
  }
}
