import type { PageBulletin } from './bulletin-query';

/** The id of the bulletin aBulletin() makes. */
export const ID = '7e797c6b-e526-4ebf-84e4-9233fbc2912b';

/** The cache asks for __typename on every object; the generated result types only declare it where it varies. */
export function typed<T extends object>(__typename: string, value: T): T {
  return { __typename, ...value };
}

const org = (shortName: string, name: string) => ({
  __typename: 'Organization' as const,
  id: `org-${shortName}`,
  name,
  shortName,
  kind: 'FEDERAL' as const,
});

/** A bulletin as the page's query returns it, for the specs: an amended, joint, AMBER one with indicators. */
export function aBulletin(overrides: Partial<PageBulletin> = {}): PageBulletin {
  return typed('Bulletin', {
    id: ID,
    version: 3,
    reference: 'CISA-2026-0002',
    title: 'Credential phishing aimed at Georgia county election staff',
    summary: 'Look-alike login pages ask staff for their state portal password.',
    bodyHtml: '<h1>Background</h1>\n<p>Block the domains <em>below</em>.</p>\n<h2>Steps</h2>\n',
    tier: 'AMBER',
    severity: 'HIGH',
    category: 'CYBER_THREAT',
    status: 'PUBLISHED',
    revision: 2,
    jurisdictions: [],
    tags: ['phishing'],
    references: ['https://www.cisa.gov/example'],
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    firstPublishedAt: '2026-10-01T10:00:00.000Z',
    publishedAt: '2026-10-02T10:00:00.000Z',
    expiresAt: null,
    retractedAt: null,
    retractionReason: null,
    changeNote: 'Added a second domain.',
    acknowledgedByMe: false,
    review: null,
    pendingAmendment: null,
    reviewComments: null,
    recipientOrganizations: null,
    recipientUserIds: null,
    originators: [
      org('CISA', 'Cybersecurity and Infrastructure Security Agency'),
      org('FBI', 'Federal Bureau of Investigation'),
    ],
    indicators: [
      typed('Indicator', { type: 'IPV4', value: '203.0.113.7' }),
      typed('Indicator', { type: 'DOMAIN', value: 'sos-ga-verify.example' }),
    ],
    revisions: [
      typed('BulletinRevision', {
        revision: 1,
        tier: 'AMBER_STRICT',
        title: 'Credential phishing',
        status: 'PUBLISHED',
        publishedAt: '2026-10-01T10:00:00.000Z',
        changeNote: null,
      }),
      typed('BulletinRevision', {
        revision: 2,
        tier: 'AMBER',
        title: 'Credential phishing aimed at Georgia county election staff',
        status: 'PUBLISHED',
        publishedAt: '2026-10-02T10:00:00.000Z',
        changeNote: 'Added a second domain.',
      }),
    ],
    acknowledgements: null,
    ...overrides,
  });
}
