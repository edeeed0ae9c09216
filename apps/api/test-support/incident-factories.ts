import type { Client } from 'graphql-ws';
import { accountToken, orgId } from './bulletin-factories';
import { uniqueTag } from './identity-factories';
import type { TestApp } from './test-app';

export const FULTON_CLERK = 'clerk@fulton.ga.demo';
export const MARICOPA_CLERK = 'clerk@maricopa.az.demo';
export const GA_OFFICIAL = 'official@ga.demo';
export const EI_ISAC_ANALYST = 'analyst@eiisac.demo';

/** The fields most incident tests read back. */
export const INCIDENT_FIELDS = `id reference title tier status impact category jurisdiction location reporterName
  reporterMayBeNamed assigneeName assignedToYou mayTriage firstResponseAt createdAt
  indicators { type value } reportingOrganization { shortName } recipientOrganizations { shortName }`;

export const REPORT_INCIDENT = `mutation ReportIncident($input: ReportIncidentInput!) {
  reportIncident(input: $input) { ${INCIDENT_FIELDS} }
}`;

export interface IncidentSpec {
  /** Default: Fulton County's clerk. */
  readonly reporter?: string;
  /** Recipient organizations by short name. Default: Georgia, the EI-ISAC and CISA. */
  readonly recipients?: readonly string[];
  readonly tier?: 'GREEN' | 'AMBER' | 'AMBER_STRICT';
  readonly title?: string;
  readonly description?: string;
  readonly category?: string;
  readonly impact?: 'NONE' | 'DEGRADED' | 'HALTED';
  readonly jurisdiction?: string;
  readonly location?: string;
  readonly indicators?: readonly { type: string; value: string }[];
  readonly reporterMayBeNamed?: boolean;
}

export interface ReportedIncident {
  readonly id: string;
  readonly reference: string;
  readonly title: string;
  readonly [field: string]: unknown;
}

/** The `ReportIncidentInput` for a spec, with a unique title. */
export async function reportIncidentInput(t: TestApp, spec: IncidentSpec = {}): Promise<Record<string, unknown>> {
  const recipients = spec.recipients ?? ['GA-SOS', 'EI-ISAC', 'CISA'];
  return {
    title: spec.title ?? `Incident ${uniqueTag()}`,
    description: spec.description ?? 'Poll workers received **phishing** emails.',
    category: spec.category ?? 'CYBER_THREAT',
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    impact: spec.impact ?? 'NONE',
    ...(spec.tier ? { tier: spec.tier } : {}),
    ...(spec.jurisdiction ? { jurisdiction: spec.jurisdiction } : {}),
    ...(spec.location ? { location: spec.location } : {}),
    ...(spec.indicators ? { indicators: spec.indicators } : {}),
    ...(spec.reporterMayBeNamed !== undefined ? { reporterMayBeNamed: spec.reporterMayBeNamed } : {}),
    recipientOrganizationIds: await Promise.all(recipients.map((shortName) => orgId(t, shortName))),
  };
}

/** Reports an incident through the API, as the spec's reporter; the report as INCIDENT_FIELDS reads it. */
export async function reportIncident(t: TestApp, spec: IncidentSpec = {}): Promise<ReportedIncident> {
  const { reportIncident: report } = await t.gql.data<{ reportIncident: ReportedIncident }>(
    REPORT_INCIDENT,
    { input: await reportIncidentInput(t, spec) },
    { token: await accountToken(t, spec.reporter ?? FULTON_CLERK) },
  );
  return report;
}

export const INCIDENT_EVENTS = `subscription ($since: Float, $reportId: ID) {
  incidentEvents(since: $since, reportId: $reportId) {
    sequence type status occurredAt
    report { id title status }
    comment { body authorName fromReporterSide authorOrganizationName }
  }
}`;

export interface ReceivedIncidentEvent {
  sequence: number;
  type: string;
  status: string | null;
  report: { id: string; title: string; status: string };
  comment: { body: string; authorName: string; fromReporterSide: boolean; authorOrganizationName: string } | null;
}

/** One incidentEvents subscription: what it received, through a real graphql-ws client. */
export class IncidentEventSubscriber {
  readonly received: ReceivedIncidentEvent[] = [];
  readonly errors: unknown[] = [];
  private readonly stop: () => void;

  constructor(
    readonly client: Client,
    variables: Record<string, unknown> = {},
  ) {
    this.stop = client.subscribe<{ incidentEvents: ReceivedIncidentEvent }>(
      { query: INCIDENT_EVENTS, variables },
      {
        next: (result) => {
          if (result.errors) this.errors.push(result.errors);
          if (result.data) this.received.push(result.data.incidentEvents);
        },
        error: (error) => this.errors.push(error),
        complete: () => undefined,
      },
    );
  }

  /** What arrived about these reports, in order. */
  events(...reportIds: string[]): ReceivedIncidentEvent[] {
    return this.received.filter((event) => reportIds.includes(event.report.id));
  }

  /** What arrived about these reports, as "TYPE:status" or "COMMENTED:body". */
  about(...reportIds: string[]): string[] {
    return this.events(...reportIds).map((event) => `${event.type}:${event.comment?.body ?? event.status ?? ''}`);
  }

  /** The errors as the client saw them, without their request ids. */
  errorText(): string {
    return JSON.stringify(this.errors).replace(/"requestId":"[^"]*"/g, '');
  }

  end(): void {
    this.stop();
  }
}
