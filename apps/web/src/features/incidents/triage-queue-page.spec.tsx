import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveStreamOptions, openLiveStream } from '@web/api/live-events';
import { cisaPublisherAnswer } from '@web/auth/viewer-fixtures';
import type { IncidentEventsSubscription, IncidentReportFilter, VotingImpact } from '@web/graphql/generated/graphql';
import { typed } from '@web/features/bulletin/bulletin-fixtures';
import { INCIDENT_LIST, type IncidentListItem, TAKE_INCIDENT } from './incident-query';
import { queueFilter, TriageQueuePage } from './triage-queue-page';

const { closeStream, session } = vi.hoisted(() => ({ closeStream: vi.fn(), session: { stub: 'session' } }));
vi.mock('@web/api/live-events', () => ({ openLiveStream: vi.fn(() => closeStream) }));
vi.mock('@web/auth/session-context', () => ({ useSession: () => session }));
type Options = LiveStreamOptions<IncidentEventsSubscription, { since?: number | null; reportId?: string | null }>;

const NOW = Date.now();
const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const org = (id: string, name: string, shortName: string) => ({
  __typename: 'Organization' as const,
  id,
  name,
  shortName,
});
const FULTON = org('org-fulton', 'Fulton County Elections', 'GA-FULTON');
const COBB = org('org-cobb', 'Cobb County Elections', 'GA-COBB');
const CISA = org('org-cisa', 'Cybersecurity and Infrastructure Security Agency', 'CISA');

function aReport(
  id: string,
  title: string,
  impact: VotingImpact,
  overrides: Partial<IncidentListItem> = {},
): IncidentListItem {
  return typed('IncidentReport', {
    id,
    reference: `GA-FULTON-IR-2026-000${id.slice(-1)}`,
    title,
    category: 'CYBER_THREAT',
    impact,
    tier: 'AMBER',
    status: 'RECEIVED',
    jurisdiction: 'GA',
    createdAt: minutesAgo(12),
    updatedAt: minutesAgo(12),
    assigneeName: null,
    assignedToYou: false,
    mayTriage: true,
    reporterName: 'Fulton County Clerk',
    reportingOrganization: FULTON,
    recipientOrganizations: [CISA],
    ...overrides,
  });
}

const HALTED = aReport('r1', 'E-pollbooks down at every Fulton precinct', 'HALTED');
const DEGRADED = aReport('r2', 'Phishing emails posing as the state portal', 'DEGRADED', {
  status: 'TRIAGING',
  assigneeName: 'EI-ISAC Analyst',
  category: 'EQUIPMENT_FAILURE',
  createdAt: minutesAgo(60 * 26),
  reportingOrganization: COBB,
});
const MINE = aReport('r3', 'Robocalls with the wrong polling hours', 'NONE', {
  status: 'NEEDS_INFO',
  assigneeName: 'CISA Publisher',
  assignedToYou: true,
  jurisdiction: null,
});

const OPEN: IncidentReportFilter = { scope: 'RECEIVED', statuses: ['RECEIVED', 'TRIAGING', 'NEEDS_INFO'] };

/** The API's answer for one filter; `reads` counts each time it is given. */
function list(
  filter: IncidentReportFilter,
  items: IncidentListItem[],
  sequence = 41,
  reads: { count: number } = { count: 0 },
): MockLink.MockedResponse {
  return {
    request: { query: INCIDENT_LIST, variables: { filter } },
    result: () => {
      reads.count += 1;
      return {
        data: {
          latestIncidentEventSequence: sequence,
          incidentReports: {
            __typename: 'IncidentReportConnection',
            totalCount: items.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: items.map((node) => ({ __typename: 'IncidentReportEdge', cursor: node.id, node })),
          },
        },
      };
    },
  };
}

function Address() {
  const location = useLocation();
  return <p data-testid="address">{`${location.pathname}${location.search}`}</p>;
}

function show(mocks: MockLink.MockedResponse[]) {
  render(
    <MantineProvider>
      <MockedProvider mocks={[cisaPublisherAnswer(['INCIDENT_REPORT', 'INCIDENT_TRIAGE', 'BULLETIN_DRAFT']), ...mocks]}>
        <MemoryRouter initialEntries={['/incidents/queue']}>
          <Routes>
            <Route
              path="/incidents/queue"
              element={
                <>
                  <TriageQueuePage />
                  <Address />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

function stream(): Options {
  const call = vi.mocked(openLiveStream).mock.lastCall;
  if (!call) throw new Error('no stream was opened');
  return call[0] as unknown as Options;
}

const entries = async () =>
  within(await screen.findByRole('list', { name: 'Incident reports to triage' })).getAllByRole('listitem');

describe('TriageQueuePage', () => {
  beforeEach(() => vi.clearAllMocks());

  it('lists the open reports sent to the organization, in the order the API gives, what stops voting drawn in red', async () => {
    show([list(OPEN, [HALTED, DEGRADED, MINE])]);
    const items = await entries();
    expect(items.map((item) => within(item).getAllByRole('link')[0]?.textContent)).toEqual([
      HALTED.title,
      DEGRADED.title,
      MINE.title,
    ]);
    expect(screen.getByTestId('halted-count')).toHaveTextContent('1 open report says voting has stopped.');
    const [halted, degraded, mine] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(halted).toHaveAttribute('data-impact', 'HALTED');
    expect(within(halted).getByTestId('impact')).toHaveTextContent('Voting stopped');
    expect(within(halted).getByTestId('impact')).toHaveAttribute('data-impact', 'HALTED');
    expect(within(degraded).getByTestId('impact')).toHaveTextContent('Voting slowed or partly affected');

    // Who sent it, how long ago, what kind, which state, who has it.
    expect(halted).toHaveTextContent('FromFulton County Elections');
    expect(halted).toHaveTextContent('Reported12 min ago');
    expect(halted).toHaveTextContent('StateGeorgia');
    expect(within(halted).getByTestId('assignee')).toHaveTextContent('Not taken yet');
    expect(degraded).toHaveTextContent('Reported26 h ago');
    expect(degraded).toHaveTextContent('KindEquipment failure');
    expect(within(degraded).getByTestId('assignee')).toHaveTextContent('EI-ISAC Analyst');
    expect(within(mine).getByTestId('assignee')).toHaveTextContent('You');
    expect(within(mine).getByTestId('status')).toHaveTextContent('Question for the reporting office');

    // Take where no one has it; take over from someone else; nothing on one's own.
    expect(within(halted).getByRole('button', { name: `Take ${HALTED.reference}` })).toBeEnabled();
    expect(within(degraded).getByRole('button', { name: `Take over ${DEGRADED.reference}` })).toBeEnabled();
    expect(within(mine).queryByRole('button')).toBeNull();
    expect(within(halted).getByRole('link', { name: HALTED.title })).toHaveAttribute('href', '/incidents/r1');
  });

  it('takes a report from the queue, and reads the queue again when an event arrives', async () => {
    let taken = 0;
    const take: MockLink.MockedResponse = {
      request: { query: TAKE_INCIDENT, variables: { id: HALTED.id } },
      result: () => {
        taken += 1;
        return {
          data: {
            takeIncidentReport: {
              ...HALTED,
              status: 'TRIAGING',
              assigneeName: 'CISA Publisher',
              assignedToYou: true,
              firstResponseAt: new Date(NOW).toISOString(),
            },
          },
        };
      },
    };
    const afterTake = { ...HALTED, status: 'TRIAGING' as const, assigneeName: 'CISA Publisher', assignedToYou: true };
    const arrived = aReport('r4', 'Bomb threat emailed to a polling place', 'HALTED', { createdAt: minutesAgo(0) });
    const afterTakeRead = { count: 0 };
    show([
      list(OPEN, [HALTED, DEGRADED]),
      take,
      list(OPEN, [afterTake, DEGRADED], 42, afterTakeRead),
      list(OPEN, [arrived, afterTake, DEGRADED], 43),
    ]);
    const [halted] = (await entries()) as [HTMLElement];
    await waitFor(() => expect(openLiveStream).toHaveBeenCalledOnce());
    expect(stream().since, 'the stream starts where the list was read').toBe(41);
    expect(stream().variables).toEqual({});

    await userEvent.click(within(halted).getByRole('button', { name: `Take ${HALTED.reference}` }));
    await waitFor(() => expect(within(halted).getByTestId('assignee')).toHaveTextContent('You'));
    expect(taken).toBe(1);
    expect(within(halted).queryByRole('button')).toBeNull();

    // Someone else's new report, live: the list is read again and shows it, still one stream.
    await waitFor(() => expect(afterTakeRead.count, 'the queue read again after the take').toBe(1));
    act(() =>
      stream().onData({
        incidentEvents: typed('IncidentEvent', {
          sequence: 43,
          type: 'REPORTED' as const,
          occurredAt: new Date(NOW).toISOString(),
          status: null,
          report: typed('IncidentReport', { id: 'r4' }),
          comment: null,
        }),
      }),
    );
    expect(await screen.findByRole('link', { name: arrived.title })).toBeInTheDocument();
    expect(screen.getByTestId('halted-count')).toHaveTextContent('2 open reports say voting has stopped.');
    expect(openLiveStream).toHaveBeenCalledOnce();
  });

  it('filters by status, effect on voting, kind and state through the address, and asks the API for just those', async () => {
    const halted: IncidentReportFilter = { ...OPEN, impacts: ['HALTED'] };
    const everyHaltedInGeorgia: IncidentReportFilter = {
      scope: 'RECEIVED',
      impacts: ['HALTED'],
      jurisdictions: ['GA'],
    };
    show([
      list(OPEN, [HALTED, DEGRADED]),
      list(halted, [HALTED]),
      list({ scope: 'RECEIVED', impacts: ['HALTED'] }, [HALTED]),
      list(everyHaltedInGeorgia, []),
    ]);
    await entries();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Effect on voting' }), 'HALTED');
    await waitFor(async () => expect(await entries()).toHaveLength(1));
    expect(screen.getByTestId('address')).toHaveTextContent('/incidents/queue?impact=HALTED');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'GA');
    expect(await screen.findByText('No report matches these filters.')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('/incidents/queue?impact=HALTED&status=all&state=GA');
  });
});

describe('queueFilter', () => {
  it('reads the address, ignoring what is not a status, impact, kind or state', () => {
    expect(queueFilter(new URLSearchParams(''))).toEqual(OPEN);
    expect(
      queueFilter(new URLSearchParams('status=NEEDS_INFO&impact=DEGRADED&category=EQUIPMENT_FAILURE&state=PA')),
    ).toEqual({
      scope: 'RECEIVED',
      statuses: ['NEEDS_INFO'],
      impacts: ['DEGRADED'],
      categories: ['EQUIPMENT_FAILURE'],
      jurisdictions: ['PA'],
    });
    expect(queueFilter(new URLSearchParams('status=all&impact=BAD&category=DROP&state=XX'))).toEqual({
      scope: 'RECEIVED',
    });
    expect(queueFilter(new URLSearchParams('status=nonsense')).statuses).toEqual(OPEN.statuses);
  });
});
