import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BulletinStatus } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { bulletinObjects, type StixObject } from '@bulwark/stix';
import { conflict, notFound } from '@api/common/app-errors';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import { StixVersionsReader } from '@api/modules/bulletins/stix-versions.reader';
import type { Bulletin, Indicator } from '@api/modules/bulletins/models/bulletin.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { stixRevision } from './stix-revision';

/** A release of a bulletin: its revision as published or amended, or (`retraction`) the retraction of it. */
export interface StixRelease {
  readonly bulletin: Bulletin;
  /** The revision's indicators; a retraction revokes every indicator the bulletin ever released instead. */
  readonly indicators: readonly Indicator[];
  readonly retraction: boolean;
}

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
    const released = bulletin.status === BulletinStatus.PUBLISHED || bulletin.status === BulletinStatus.RETRACTED;
    if (!released) throw conflict('A bulletin is shared as STIX once it is published.');
    const retraction = bulletin.status === BulletinStatus.RETRACTED;
    const indicators = retraction ? [] : await this.bulletins.indicators(loaders, bulletin.revisionId);
    const [objects] = await this.releaseObjects([{ bulletin, indicators, retraction }]);
    return JSON.stringify({ type: 'bundle', id: `bundle--${randomUUID()}`, objects });
  }

  /**
   * The objects of releases of bulletins already read under the policy (a download, a TAXII page), each as
   * published or amended, or as the retraction that revokes it: every indicator its bulletin ever released, also
   * one an amendment had dropped. The originators are read in one statement, the retractions' indicators in one more.
   */
  async releaseObjects(releases: readonly StixRelease[]): Promise<StixObject[][]> {
    const retracted = [...new Set(releases.flatMap((r) => (r.retraction ? [r.bulletin.id] : [])))];
    const withdrawn = await this.versions.everReleasedIndicators(retracted);
    const organizationIds = [...new Set(releases.flatMap((r) => r.bulletin.originatorOrgIds))];
    const organizations = new Map(
      (await this.organizations.byIds(organizationIds)).flatMap((o) => (o ? [[o.id, o] as const] : [])),
    );
    return releases.map(({ bulletin, indicators, retraction }) => {
      const originators = bulletin.originatorOrgIds.flatMap((id) => organizations.get(id) ?? []);
      const served = retraction ? (withdrawn.get(bulletin.id) ?? []) : indicators;
      return bulletinObjects(stixRevision(bulletin, served, originators, retraction));
    });
  }
}
