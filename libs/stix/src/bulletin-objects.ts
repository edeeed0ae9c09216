import {
  BulletinStatus,
  Category,
  type IndicatorType,
  OrganizationKind,
  type Severity,
  type Tier,
} from '@bulwark/domain';
import { stixPattern } from './indicator-pattern';
import type { StixObject } from './stix-object';
import { identityStixId, indicatorStixId, reportStixId } from './stix-id';
import { TLP_MARKING_IDS, tlpMarkingDefinition } from './tlp-marking';

/** An originating organization, as its STIX identity names it. */
export interface StixOrganization {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** One revision of a bulletin, as it is served (a retracted one without its text: R13). */
export interface StixBulletinRevision {
  readonly bulletinId: string;
  readonly reference: string | null;
  readonly revision: number;
  readonly status: BulletinStatus;
  readonly tier: Tier;
  readonly title: string;
  readonly summary: string;
  readonly body: string | null;
  readonly category: Category;
  readonly severity: Severity;
  readonly tags: readonly string[];
  readonly references: readonly string[];
  readonly firstPublishedAt: Date;
  /** When this revision was released: published, amended, or retracted. */
  readonly modifiedAt: Date;
  readonly originators: readonly StixOrganization[];
  readonly indicators: readonly { readonly type: IndicatorType; readonly value: string }[];
}

const SECTORS: Partial<Record<OrganizationKind, string>> = {
  [OrganizationKind.FEDERAL]: 'government-national',
  [OrganizationKind.STATE]: 'government-regional',
  [OrganizationKind.LOCAL]: 'government-local',
  [OrganizationKind.ISAC]: 'non-profit',
};

const REPORT_TYPES: Readonly<Record<Category, string>> = {
  [Category.CYBER_THREAT]: 'threat-report',
  [Category.VULNERABILITY]: 'vulnerability',
  [Category.FOREIGN_INFLUENCE]: 'threat-report',
  [Category.PHYSICAL_THREAT]: 'threat-report',
  [Category.OPERATIONAL_ISSUE]: 'threat-report',
  [Category.GENERAL]: 'threat-report',
};

const timestamp = (date: Date) => date.toISOString();

/** An originator's identity: the same object in every bulletin, so unmarked (an organization's name is no secret). */
function identityOf(organization: StixOrganization): StixObject {
  const sector = SECTORS[organization.kind];
  return {
    type: 'identity',
    spec_version: '2.1',
    id: identityStixId(organization.id),
    created: timestamp(organization.createdAt),
    modified: timestamp(organization.updatedAt),
    name: organization.name,
    identity_class: 'organization',
    ...(sector && { sectors: [sector] }),
  };
}

/**
 * A bulletin revision as STIX 2.1 objects: a `report` whose `object_refs` are an `indicator` for each typed indicator
 * and a `vulnerability` for each CVE, the `identity` of each originator, and the TLP 2.0 marking definition of the
 * revision's tier, which every other object carries. Ids depend on the bulletin (and the indicator's value), not
 * on the revision: an amendment is a new version of the same objects (`modified` moves), and a retraction a version
 * with `revoked: true` that carries no text, not even the indicators' values (R13).
 */
export function bulletinObjects(bulletin: StixBulletinRevision): StixObject[] {
  const retracted = bulletin.status === BulletinStatus.RETRACTED;
  const marking = TLP_MARKING_IDS[bulletin.tier];
  const identities = bulletin.originators.map(identityOf);
  const createdBy = identities[0]?.id;
  const common = {
    spec_version: '2.1' as const,
    created: timestamp(bulletin.firstPublishedAt),
    modified: timestamp(bulletin.modifiedAt),
    ...(createdBy && { created_by_ref: createdBy }),
    ...(retracted && { revoked: true }),
    object_marking_refs: [marking],
  };
  const pieces = bulletin.indicators.map((indicator): StixObject => {
    const pattern = stixPattern(indicator.type, indicator.value);
    if (pattern === null)
      return {
        ...common,
        type: 'vulnerability',
        id: indicatorStixId(bulletin.bulletinId, indicator.type, indicator.value),
        name: retracted ? 'Withdrawn' : indicator.value,
        ...(!retracted && { external_references: [{ source_name: 'cve', external_id: indicator.value }] }),
      };
    return {
      ...common,
      type: 'indicator',
      id: indicatorStixId(bulletin.bulletinId, indicator.type, indicator.value),
      name: retracted ? 'Withdrawn' : indicator.value,
      pattern: retracted ? WITHDRAWN_PATTERN : pattern,
      pattern_type: 'stix',
      valid_from: timestamp(bulletin.firstPublishedAt),
    };
  });
  const links = [
    ...(bulletin.reference ? [{ source_name: 'bulwark', external_id: bulletin.reference }] : []),
    ...(retracted ? [] : bulletin.references.map((url) => ({ source_name: 'reference', url }))),
  ];
  const report: StixObject = {
    ...common,
    type: 'report',
    id: reportStixId(bulletin.bulletinId),
    name: bulletin.title,
    ...(!retracted && { description: [bulletin.summary, bulletin.body ?? ''].filter(Boolean).join('\n\n') }),
    published: timestamp(bulletin.firstPublishedAt),
    report_types: [REPORT_TYPES[bulletin.category]],
    ...(!retracted && bulletin.tags.length > 0 && { labels: [...bulletin.tags] }),
    ...(links.length > 0 && { external_references: links }),
    // A report must refer to something: a bulletin without indicators refers to its originators.
    object_refs: pieces.length > 0 ? pieces.map((piece) => piece.id) : identities.map((identity) => identity.id),
    x_bulwark_revision: bulletin.revision,
    x_bulwark_category: bulletin.category,
    x_bulwark_severity: bulletin.severity,
  };
  return [report, ...pieces, ...identities, tlpMarkingDefinition(bulletin.tier)];
}

/** What a withdrawn indicator's pattern becomes: the value is text a retraction withdraws (R13). */
export const WITHDRAWN_PATTERN = "[x-bulwark-withdrawn:value = 'withdrawn']";
