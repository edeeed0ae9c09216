import { IncidentCategory, IncidentStatus, IndicatorType, Tier, VotingImpact } from '@bulwark/domain';

/** A demo incident report, and what its handlers did with it: written through IncidentsService. */
export interface DemoIncident {
  readonly reporter: string;
  /** Short names of the recipient organizations. */
  readonly recipients: readonly string[];
  readonly tier: Tier;
  readonly title: string;
  readonly description: string;
  readonly category: IncidentCategory;
  /** Hours before the seed runs. */
  readonly startedHoursAgo: number;
  readonly location?: string;
  readonly impact: VotingImpact;
  readonly indicators?: readonly { type: IndicatorType; value: string }[];
  readonly reporterMayBeNamed?: boolean;
  /** A handler takes it (status TRIAGING), then the thread, in order. */
  readonly takenBy?: string;
  readonly thread?: readonly { by: string; body: string }[];
  readonly status?: { by: string; status: IncidentStatus };
}

export const DEMO_INCIDENTS: readonly DemoIncident[] = [
  {
    reporter: 'clerk@maricopa.az.demo',
    recipients: ['AZ-SOS', 'EI-ISAC'],
    tier: Tier.GREEN,
    title: 'Electronic poll books at two vote centers stopped syncing',
    description:
      'Since opening, the electronic poll books at **two vote centers** show check-ins with a delay of up to 20 minutes.\n\n' +
      '- Voters are checked in; the lines are longer than usual.\n- Our vendor is on site and has restarted the sync service twice.',
    category: IncidentCategory.EQUIPMENT_FAILURE,
    startedHoursAgo: 5,
    location: 'Vote centers 14 and 22, poll-book sync service',
    impact: VotingImpact.DEGRADED,
    reporterMayBeNamed: true,
  },
  {
    reporter: 'clerk@maricopa.az.demo',
    recipients: ['CISA', 'FBI'],
    tier: Tier.AMBER,
    title: 'Threatening calls to the elections office front desk',
    description:
      'Three calls this morning threatened staff at the tabulation center by name. Local police have the caller ids. ' +
      'No one has come to the building.',
    category: IncidentCategory.PHYSICAL_THREAT,
    startedHoursAgo: 3,
    location: 'Maricopa County Tabulation and Election Center',
    impact: VotingImpact.NONE,
  },
  {
    reporter: 'clerk@fulton.ga.demo',
    recipients: ['GA-SOS', 'EI-ISAC', 'CISA'],
    tier: Tier.AMBER,
    title: 'Phishing emails from a look-alike domain target poll workers',
    description:
      'Poll workers received emails asking them to "confirm their assignment" on a look-alike site. ' +
      'Two workers entered their county credentials; we reset both accounts.\n\n' +
      'The emails came from the domain below and link to the URL below.',
    category: IncidentCategory.CYBER_THREAT,
    startedHoursAgo: 26,
    location: 'Poll-worker email accounts',
    impact: VotingImpact.NONE,
    indicators: [
      { type: IndicatorType.DOMAIN, value: 'fulton-pollworker-portal.example' },
      { type: IndicatorType.URL, value: 'https://fulton-pollworker-portal.example/confirm' },
    ],
    reporterMayBeNamed: true,
    takenBy: 'analyst@cisa.demo',
    thread: [
      {
        by: 'analyst@cisa.demo',
        body: 'Thank you. Did either account have access to the voter registration system? Please keep the email headers.',
      },
      { by: 'clerk@fulton.ga.demo', body: 'Neither had access to registration. Headers forwarded to your team.' },
    ],
    status: { by: 'analyst@cisa.demo', status: IncidentStatus.NEEDS_INFO },
  },
];
