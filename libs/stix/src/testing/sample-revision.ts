import { BulletinStatus, Category, IndicatorType, OrganizationKind, Severity, Tier } from '@bulwark/domain';
import type { StixBulletinRevision, StixOrganization } from '../bulletin-objects';

/** CISA as an originator, for tests of the mapping. */
export const SAMPLE_ORIGINATOR: StixOrganization = {
  id: '6f1d0c4e-1b7a-4c1e-9a57-0c1d2e3f4a5b',
  name: 'Cybersecurity and Infrastructure Security Agency',
  kind: OrganizationKind.FEDERAL,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

/** A published AMBER revision with a domain, an address and a CVE: spread it and change what a test is about. */
export const SAMPLE_REVISION: StixBulletinRevision = {
  bulletinId: '0b9f3a52-8f0e-4c5e-b1e4-3d2a7c6f9e10',
  reference: 'BWK-2026-0042',
  revision: 1,
  status: BulletinStatus.PUBLISHED,
  tier: Tier.AMBER,
  title: 'Phishing of poll-worker training portals',
  summary: 'A lure imitating Georgia poll-worker training.',
  body: '## What to do\nBlock the domain.',
  category: Category.CYBER_THREAT,
  severity: Severity.HIGH,
  tags: ['phishing'],
  references: ['https://www.cisa.gov/topics/election-security'],
  firstPublishedAt: new Date('2026-11-02T14:00:00.123Z'),
  modifiedAt: new Date('2026-11-02T14:00:00.123Z'),
  originators: [SAMPLE_ORIGINATOR],
  indicators: [
    { type: IndicatorType.DOMAIN, value: 'ga-pollworker-training.example' },
    { type: IndicatorType.IPV4, value: '203.0.113.45' },
    { type: IndicatorType.CVE, value: 'CVE-2024-12345' },
  ],
};
