import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveStreamOptions, openLiveStream } from '@web/api/live-events';
import { cisaPublisherAnswer, fultonClerkAnswer } from '@web/auth/viewer-fixtures';
import type { IncidentEventsSubscription } from '@web/graphql/generated/graphql';
import {
  COMMENT_ON_INCIDENT,
  DRAFT_BULLETIN_FROM_INCIDENT,
  INCIDENT_PAGE,
  type PageIncident,
  SET_INCIDENT_STATUS,
} from './incident-query';

import { IncidentPage } from './incident-page';

const { closeStream, session } = vi.hoisted(() => ({ closeStream: vi.fn(), session: { stub: 'session' } }));
vi.mock('@web/api/live-events', () => ({ openLiveStream: vi.fn(() => closeStream) }));
vi.mock('@web/auth/session-context', () => ({ useSession: () => session }));
type Options = LiveStreamOptions<IncidentEventsSubscription, { since?: number | null; reportId?: string | null }>;

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const org = (id: string, name: string, shortName: string) => ({
  __typename: 'Organization' as const,
  id,
  name,
  shortName,
});
/** The viewer fixtures put both viewers in "o1": here it is Fulton's id, so the clerk is on the reporting side. */
const FULTON = org('o1', 'Fulton County Elections', 'GA-FULTON');
const GEORGIA = org('org-ga', 'Georgia Secretary of State', 'GA-SOS');
const CISA = org('org-cisa', 'Cybersecurity and Infrastructure Security Agency', 'CISA');

function comment(id: string, body: string, fromReporterSide: boolean, at: string) {
  return {
    __typename: 'IncidentComment' as const,
    id,
    body,
    authorName: fromReporterSide ? 'Fulton County Clerk' : 'CISA Analyst',
    authorOrganizationName: fromReporterSide ? FULTON.name : CISA.name,
    fromReporterSide,
    createdAt: at,
  };
}

function aReport(overrides: Partial<PageIncident> = {}): PageIncident {
  return {
    __typename: 'IncidentReport',
    id: ID,
    reference: 'GA-FULTON-IR-2026-0002',
    title: 'Poll workers phished with a fake assignment site',
    category: 'CYBER_THREAT',
    impact: 'NONE',
    tier: 'AMBER',
    status: 'NEEDS_INFO',
    jurisdiction: 'GA',
    createdAt: '2026-11-03T12:00:00.000Z',
    updatedAt: '2026-11-03T12:20:00.000Z',
    assigneeName: 'CISA Analyst',
    assignedToYou: false,
    mayTriage: false,
    reporterName: 'Fulton County Clerk',
    reportingOrganization: FULTON,
    recipientOrganizations: [GEORGIA, CISA],
    description: 'Six poll workers got the email.',
    descriptionHtml: '<p>Six poll workers got the <strong>email</strong>.</p>',
    startedAt: '2026-11-03T11:30:00.000Z',
    location: 'Poll-worker email accounts',
    reporterMayBeNamed: false,
    firstResponseAt: '2026-11-03T12:10:00.000Z',
    indicators: [{ __typename: 'Indicator', type: 'DOMAIN', value: 'fulton-pollworker-portal.example' }],
    comments: [
      comment('c1', 'Which address did the emails come from?', false, '2026-11-03T12:15:00.000Z'),
      comment('c2', 'assignments@fulton-pollworker-portal.example', true, '2026-11-03T12:18:00.000Z'),
    ],
    related: {
      __typename: 'RelatedIncidents',
      reportCount: 1,
      bulletinCount: 0,
      sharedIndicators: [{ __typename: 'Indicator', type: 'DOMAIN', value: 'fulton-pollworker-portal.example' }],
      reports: [
        {
          __typename: 'IncidentReportSummary',
          id: 'other',
          reference: 'GA-FULTON-IR-2026-0001',
          title: 'Phishing emails from a look-alike domain',
          status: 'NEEDS_INFO',
          createdAt: '2026-11-02T10:00:00.000Z',
        },
      ],
      bulletins: [],
    },
    bulletins: [],
    ...overrides,
  } as PageIncident;
}

function page(report: PageIncident | null, sequence = 17): MockLink.MockedResponse {
  return {
    request: { query: INCIDENT_PAGE, variables: { id: ID } },
    result: { data: { latestIncidentEventSequence: sequence, incidentReport: report } },
  };
}

function EditorOpened() {
  return <p data-testid="editor">{useParams().id}</p>;
}

function show(mocks: MockLink.MockedResponse[]) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/incidents/${ID}`]}>
          <Routes>
            <Route path="/incidents/:id" element={<IncidentPage />} />
            <Route path="/bulletins/:id/edit" element={<EditorOpened />} />
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

const event = (sequence: number, type: string, status: string | null = null) => ({
  incidentEvents: {
    __typename: 'IncidentEvent' as const,
    sequence,
    type,
    occurredAt: `2026-11-03T12:${String(sequence).padStart(2, '0')}:00.000Z`,
    status,
    report: { __typename: 'IncidentReport' as const, id: ID },
    comment: null,
  },
});

describe('IncidentPage', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows the reporting office the question asked, the two sides of the thread apart, and no handler tools', async () => {
    show([fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']), page(aReport())]);
    expect(
      await screen.findByRole('heading', { name: 'Poll workers phished with a fake assignment site', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Sharing: TLP:AMBER' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'The handlers have a question for your office' });
    const thread = within(screen.getByRole('list', { name: 'Comments' })).getAllByRole('listitem');
    expect(thread.map((item) => item.getAttribute('data-side'))).toEqual(['handler', 'reporter']);
    expect(thread[0]).toHaveTextContent('CISA AnalystCybersecurity and Infrastructure Security AgencyHandler');
    expect(thread[1]).toHaveTextContent('Reporting office (GA-FULTON)');
    expect(screen.getByRole('textbox', { name: /^Your answer/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'For handlers' })).toBeNull();
    expect(screen.getByTestId('related-summary')).toHaveTextContent(
      '1 other report shares fulton-pollworker-portal.example',
    );
    expect(screen.getByRole('region', { name: 'What happened' }).querySelector('strong')).toHaveTextContent('email');
    expect(within(screen.getByRole('list', { name: 'Sent to' })).getAllByRole('listitem')).toHaveLength(2);
  });

  it('tells the timeline from the replayed events, and reads the report again only for events after the page', async () => {
    show([
      fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']),
      page(aReport()),
      page(aReport({ status: 'TRIAGING' }), 18),
    ]);
    await screen.findByRole('heading', { name: 'Poll workers phished with a fake assignment site', level: 1 });
    await waitFor(() => expect(openLiveStream).toHaveBeenCalledOnce());
    expect(stream().since, 'replayed from the start, for the timeline').toBe(0);
    expect(stream().variables).toEqual({ reportId: ID });
    act(() => {
      stream().onData(event(3, 'REPORTED') as IncidentEventsSubscription);
      stream().onData(event(9, 'ASSIGNED') as IncidentEventsSubscription);
      stream().onData(event(12, 'STATUS_CHANGED', 'NEEDS_INFO') as IncidentEventsSubscription);
    });
    const timeline = screen.getByRole('list', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual([
      'Reported by Fulton County Clerk',
      'Taken by CISA Analyst',
      'Status: Question for the reporting office',
    ]);
    expect(screen.getByRole('heading', { name: 'Status: Question for the reporting office' })).toBeInTheDocument();

    // After the page's sequence: the report is read again (the clerk's answer led the handler to resume work).
    act(() => stream().onData(event(18, 'STATUS_CHANGED', 'TRIAGING') as IncidentEventsSubscription));
    expect(await screen.findByRole('heading', { name: 'Status: Being looked at' })).toBeInTheDocument();
    expect(openLiveStream, 'one stream for the page').toHaveBeenCalledOnce();
  });

  it('gives a handler the status, the comment box, and a bulletin draft that opens in the editor', async () => {
    const handled = aReport({ mayTriage: true, assignedToYou: true, status: 'TRIAGING' });
    let changed = 0;
    let commented = 0;
    show([
      cisaPublisherAnswer(['INCIDENT_REPORT', 'INCIDENT_TRIAGE', 'BULLETIN_DRAFT'], 'org-cisa'),
      page(handled),
      {
        request: { query: SET_INCIDENT_STATUS, variables: { id: ID, status: 'NEEDS_INFO' } },
        result: () => {
          changed += 1;
          return { data: { setIncidentStatus: { ...handled, status: 'NEEDS_INFO' } } };
        },
      },
      page({ ...handled, status: 'NEEDS_INFO' }),
      {
        request: { query: COMMENT_ON_INCIDENT, variables: { id: ID, body: 'Please send the headers.' } },
        result: () => {
          commented += 1;
          return {
            data: {
              commentOnIncidentReport: comment('c3', 'Please send the headers.', false, '2026-11-03T12:30:00.000Z'),
            },
          };
        },
      },
      page({ ...handled, status: 'NEEDS_INFO' }),
      {
        request: { query: DRAFT_BULLETIN_FROM_INCIDENT, variables: { id: ID } },
        result: { data: { draftBulletinFromIncidentReport: { __typename: 'Bulletin', id: 'bulletin-9' } } },
      },
    ]);
    const panel = await screen.findByRole('region', { name: 'For handlers' });
    expect(panel).toHaveTextContent('You are handling this report.');
    expect(within(panel).queryByRole('button', { name: 'Take' })).toBeNull();
    await waitFor(() => expect(panel).toHaveTextContent('did not agree to be named'));
    expect(within(panel).getByRole('button', { name: 'Set status' })).toBeDisabled();
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Status' }), 'NEEDS_INFO');
    await userEvent.click(within(panel).getByRole('button', { name: 'Set status' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Status set to “Question for the reporting office”.',
    );
    expect(changed).toBe(1);

    await userEvent.click(screen.getByRole('textbox', { name: /^Comment to the reporting office/ }));
    await userEvent.paste('Please send the headers.');
    await userEvent.click(screen.getByRole('button', { name: 'Send comment' }));
    await waitFor(() => expect(commented).toBe(1));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Comment to the reporting office/ })).toHaveValue(''),
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Draft a bulletin from this report' }));
    expect(await screen.findByTestId('editor')).toHaveTextContent('bulletin-9');
  });

  it('shows the not-found page for a report the API does not give this viewer', async () => {
    show([fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']), page(null)]);
    expect(await screen.findByTestId('not-found')).toHaveTextContent('There is nothing at this address.');
    expect(openLiveStream).not.toHaveBeenCalled();
  });
});
