import { Category, IndicatorType, Severity, Tier } from '@bulwark/domain';
import type { CreateBulletinInput } from '@api/modules/bulletins/dto/bulletin-content.input';

export interface DemoBulletin {
  readonly key: string;
  readonly author: string;
  /** Publisher (or, for RED, the named approver who publishes). Absent: the bulletin stays a draft. */
  readonly publisher?: string;
  readonly originators?: readonly string[];
  readonly recipientOrgs?: readonly string[];
  readonly recipientUsers?: readonly string[];
  readonly content: Omit<
    CreateBulletinInput,
    'recipientOrganizationIds' | 'recipientUserIds' | 'originatorOrganizationIds'
  >;
  readonly amend?: { by: string; changeNote: string; changes: Partial<CreateBulletinInput> };
  readonly retract?: { by: string; reason: string };
  readonly acknowledgedBy?: readonly string[];
}

const ip = (value: string) => ({ type: IndicatorType.IPV4, value });

/** A realistic season of election-security reporting, across every tier and category (DOMAIN.md, "Demo data"). */
export const DEMO_BULLETINS: readonly DemoBulletin[] = [
  {
    key: 'glitches',
    author: 'analyst@cisa.demo',
    publisher: 'publisher@cisa.demo',
    content: {
      tier: Tier.CLEAR,
      category: Category.OPERATIONAL_ISSUE,
      severity: Severity.INFO,
      title: 'Election Day: minor technical glitches are not evidence of compromise',
      summary: 'Printer jams, slow e-pollbooks and long lines happen every election. Report them; do not speculate.',
      body: '## What to expect\n\nEquipment hiccups are normal. Keep paper backups at hand and **report** unusual activity to your state office and EI-ISAC.\n\n- Keep chain-of-custody logs\n- Use provisional ballots when e-pollbooks are down',
      tags: ['election-day', 'rumor-control'],
    },
  },
  {
    key: 'epollbook-cve',
    author: 'analyst@eiisac.demo',
    publisher: 'analyst@eiisac.demo',
    originators: ['EI-ISAC'],
    content: {
      tier: Tier.GREEN,
      category: Category.VULNERABILITY,
      severity: Severity.HIGH,
      title: 'Authentication bypass in e-pollbook synchronisation service',
      summary: 'A vendor patch fixes an authentication bypass in the sync service used by several e-pollbook products.',
      body: 'Apply the vendor update before early voting begins. Until then, keep the sync service off public networks.',
      tags: ['e-pollbook', 'patch-now'],
      indicators: [{ type: IndicatorType.CVE, value: 'CVE-2026-31337' }],
    },
  },
  {
    key: 'ga-phishing',
    author: 'analyst@cisa.demo',
    publisher: 'publisher@cisa.demo',
    recipientOrgs: ['GA-SOS'],
    content: {
      tier: Tier.AMBER,
      category: Category.CYBER_THREAT,
      severity: Severity.HIGH,
      title: 'Credential phishing aimed at Georgia county election staff',
      summary:
        'Emails posing as the Secretary of State ask county staff to "re-validate" voter-registration credentials.',
      body: 'Block the domains and addresses below. Staff who entered credentials must reset them and report to the state office.',
      jurisdictions: ['GA'],
      tags: ['phishing'],
      indicators: [
        { type: IndicatorType.DOMAIN, value: 'sos-ga-verify[.]example' },
        { type: IndicatorType.URL, value: 'hxxps://sos-ga-verify[.]example/login' },
        { type: IndicatorType.EMAIL, value: 'elections@sos-ga-verify.example' },
        ip('198.51.100.23'),
      ],
    },
    acknowledgedBy: ['clerk@fulton.ga.demo'],
  },
  {
    key: 'albert-scanning',
    author: 'analyst@cisa.demo',
    publisher: 'publisher@fbi.demo',
    originators: ['CISA', 'FBI'],
    recipientOrgs: ['GA-SOS', 'PA-SOS'],
    content: {
      tier: Tier.AMBER_STRICT,
      category: Category.CYBER_THREAT,
      severity: Severity.CRITICAL,
      title: 'Joint CISA–FBI: Albert sensors detect scanning of voter-registration portals',
      summary: 'Albert intrusion-detection sensors in two states saw coordinated scanning from one network block.',
      body: 'The scanning looked for SQL injection in registration look-up pages. Review web logs for the block below since 1 October.',
      jurisdictions: ['GA', 'PA'],
      tags: ['albert', 'scanning'],
      indicators: [{ type: IndicatorType.CIDR, value: '203.0.113.0/24' }, ip('203.0.113.7')],
    },
  },
  {
    key: 'red-attribution',
    author: 'analyst@cisa.demo',
    publisher: 'publisher@cisa.demo',
    recipientUsers: ['publisher@fbi.demo'],
    content: {
      tier: Tier.RED,
      category: Category.FOREIGN_INFLUENCE,
      severity: Severity.CRITICAL,
      title: 'Attribution of the registration-portal scanning to a foreign service',
      summary: 'Named recipients only. Do not forward.',
      body: 'Sources and methods withheld. Coordinate any action with the authoring analyst.',
      tags: ['attribution'],
    },
  },
  {
    key: 'sanitised',
    author: 'analyst@cisa.demo',
    publisher: 'publisher@fbi.demo',
    originators: ['CISA', 'FBI'],
    recipientOrgs: ['AZ-SOS'],
    content: {
      tier: Tier.AMBER_STRICT,
      category: Category.FOREIGN_INFLUENCE,
      severity: Severity.HIGH,
      title: 'Inauthentic accounts impersonating Arizona election officials (restricted)',
      summary: 'Accounts impersonating officials spread false polling-place changes. Restricted details inside.',
      body: 'Restricted: the account handles, and the hosting provider they share.',
      jurisdictions: ['AZ'],
      tags: ['impersonation'],
    },
    amend: {
      by: 'publisher@fbi.demo',
      changeNote: 'Sanitised for public sharing: restricted details removed.',
      changes: {
        tier: Tier.GREEN,
        title: 'Inauthentic accounts impersonating Arizona election officials',
        body: 'Accounts impersonating officials posted false polling-place changes. Point voters to the official site only.',
        recipientOrganizationIds: [],
      },
    },
  },
  {
    key: 'maricopa-threats',
    author: 'publisher@fbi.demo',
    publisher: 'publisher@fbi.demo',
    originators: ['FBI'],
    recipientOrgs: ['AZ-SOS'],
    content: {
      tier: Tier.AMBER,
      category: Category.PHYSICAL_THREAT,
      severity: Severity.HIGH,
      title: 'Threats against election workers at Maricopa County tabulation centre',
      summary: 'Online posts urge people to gather at the tabulation centre during counting.',
      body: 'Coordinate with local law enforcement; review access control and escort procedures for observers.',
      jurisdictions: ['AZ'],
      tags: ['physical-security'],
    },
  },
  {
    key: 'ddos-retracted',
    author: 'analyst@eiisac.demo',
    publisher: 'analyst@eiisac.demo',
    originators: ['EI-ISAC'],
    content: {
      tier: Tier.GREEN,
      category: Category.CYBER_THREAT,
      severity: Severity.MEDIUM,
      title: 'Denial of service against a state voter-lookup portal',
      summary: 'A surge of traffic slowed a voter-lookup portal for two hours.',
      body: 'Traffic came from many addresses; see the list below.',
      indicators: [ip('192.0.2.44')],
    },
    retract: {
      by: 'analyst@eiisac.demo',
      reason: 'Misattributed: the traffic was a scheduled load test by the state.',
    },
  },
  {
    key: 'ransomware-draft',
    author: 'analyst@cisa.demo',
    content: {
      tier: Tier.AMBER,
      category: Category.CYBER_THREAT,
      severity: Severity.HIGH,
      title: 'DRAFT: ransomware crew probing county IT help desks',
      summary: 'Draft for review.',
      body: 'Still gathering details.',
    },
    recipientOrgs: ['MS-ISAC', 'EI-ISAC'],
  },
];
