import { BulletinStatus } from '@bulwark/domain';
import type { StixBulletinRevision, StixOrganization } from '@bulwark/stix';
import { conflict } from '@api/common/app-errors';
import type { Bulletin, Indicator } from '@api/modules/bulletins/models/bulletin.model';

/**
 * A released revision of a bulletin as libs/stix maps it: as published (or amended), or, for `retraction`, as the
 * retraction that revokes it. Indicators are passed even for a retraction: libs/stix revokes each one's object and
 * withdraws its value (R13).
 */
export function stixRevision(
  bulletin: Bulletin,
  indicators: readonly Indicator[],
  originators: readonly StixOrganization[],
  retraction: boolean,
): StixBulletinRevision {
  const releasedAt = retraction ? bulletin.retractedAt : bulletin.publishedAt;
  if (!bulletin.firstPublishedAt || !releasedAt) throw conflict('A bulletin is shared as STIX once it is published.');
  return {
    bulletinId: bulletin.id,
    reference: bulletin.reference,
    revision: bulletin.revision,
    status: retraction ? BulletinStatus.RETRACTED : BulletinStatus.PUBLISHED,
    tier: bulletin.tier,
    title: bulletin.title,
    summary: bulletin.summary,
    body: retraction ? null : bulletin.body,
    category: bulletin.category,
    severity: bulletin.severity,
    tags: bulletin.tags,
    references: bulletin.references,
    firstPublishedAt: bulletin.firstPublishedAt,
    modifiedAt: releasedAt,
    originators,
    indicators,
  };
}
