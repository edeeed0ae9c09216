import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { act, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type LiveStreamOptions, openLiveStream } from '@web/api/live-events';
import type { AcknowledgementsChangedSubscription } from '@web/graphql/generated/graphql';
import { typed } from '@web/features/bulletin/bulletin-fixtures';
import { acknowledgementsCsv, acknowledgementsFileName } from './acknowledgements-csv';
import { AcknowledgementsPage } from './acknowledgements-page';
import { ACKNOWLEDGEMENT_DASHBOARD, type AcknowledgementReport } from './acknowledgements-query';

const { closeStream, session } = vi.hoisted(() => ({ closeStream: vi.fn(), session: { stub: 'session' } }));
vi.mock('@web/api/live-events', () => ({ openLiveStream: vi.fn(() => closeStream) }));
vi.mock('@web/auth/session-context', () => ({ useSession: () => session }));
type Options = LiveStreamOptions<AcknowledgementsChangedSubscription, { bulletinId: string }>;

const ID = '7e797c6b-e526-4ebf-84e4-9233fbc2912b';
const PUBLISHED_AT = '2026-12-05T15:00:00.000Z';
const official = {
  __typename: 'Acknowledger' as const,
  userId: 'u-ga',
  displayName: 'Georgia Election Official',
  email: 'official@ga.demo',
};
const admin = {
  __typename: 'Acknowledger' as const,
  userId: 'u-ga-admin',
  displayName: 'Georgia Admin',
  email: 'admin@ga.demo',
};

function report(acknowledgedAt: string | null): AcknowledgementReport {
  return typed('AcknowledgementReport', {
    revision: 1,
    acknowledgedCount: acknowledgedAt ? 2 : 1,
    pendingCount: acknowledgedAt ? 0 : 1,
    organizations: [
      typed('OrganizationAcknowledgements', {
        organization: typed('Organization', {
          id: 'org-ga',
          name: 'Georgia Secretary of State',
          shortName: 'GA-SOS',
        }),
        acknowledged: [
          { ...admin, acknowledgedAt: '2026-12-05T15:05:00.000Z' },
          ...(acknowledgedAt ? [{ ...official, acknowledgedAt }] : []),
        ],
        pending: acknowledgedAt ? [] : [official],
      }),
    ],
  });
}

const dashboard: MockLink.MockedResponse = {
  request: { query: ACKNOWLEDGEMENT_DASHBOARD, variables: { id: ID } },
  result: {
    data: {
      bulletin: {
        __typename: 'Bulletin',
        id: ID,
        reference: 'CISA-2026-0009',
        title: 'Voter-roll scraping from Georgia',
        tier: 'AMBER_STRICT',
        status: 'PUBLISHED',
        revision: 1,
        publishedAt: PUBLISHED_AT,
        firstPublishedAt: PUBLISHED_AT,
        acknowledgements: report(null),
      },
    },
  },
};

function stream(): Options {
  const call = vi.mocked(openLiveStream).mock.lastCall;
  if (!call) throw new Error('no stream was opened');
  return call[0] as unknown as Options;
}

function renderPage() {
  return render(
    <MantineProvider>
      <MockedProvider mocks={[dashboard]}>
        <MemoryRouter initialEntries={[`/bulletins/${ID}/acknowledgements`]}>
          <Routes>
            <Route path="/bulletins/:id/acknowledgements" element={<AcknowledgementsPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

const row = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr') as HTMLElement;

describe('AcknowledgementsPage', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows who is pending, then who acknowledged, as the live report arrives, without reading the page again', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'Georgia Secretary of State', level: 2 });
    expect(openLiveStream).toHaveBeenCalledOnce();
    expect(stream().variables).toEqual({ bulletinId: ID });
    expect(stream().sequenceOf, 'the report needs no resume point').toBeUndefined();
    expect(within(row('Georgia Election Official')).getByText('Pending')).toBeInTheDocument();
    expect(screen.getByText('1 of 2 acknowledged')).toBeInTheDocument();
    expect(screen.getByTestId('live-status')).toHaveTextContent('Connecting…');

    act(() => stream().onStatus('live'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('Live');
    act(() => stream().onData({ acknowledgementsChanged: report('2026-12-05T15:30:00.000Z') }));
    expect(within(row('Georgia Election Official')).getByText('Acknowledged')).toBeInTheDocument();
    expect(screen.getByText('2 of 2 acknowledged')).toBeInTheDocument();
    const totals = screen.getByTestId('ack-totals');
    expect(within(totals).getByText('Pending').nextElementSibling).toHaveTextContent('0');
    expect(openLiveStream, 'one stream for the page').toHaveBeenCalledOnce();

    act(() => stream().onStatus('reconnecting'));
    expect(screen.getByTestId('live-status')).toHaveTextContent('Reconnecting…');
  });

  it('says so when the API stops the stream, keeping the last figures', async () => {
    renderPage();
    await screen.findByRole('heading', { name: 'Georgia Secretary of State', level: 2 });
    act(() =>
      stream().onFatal({ code: 'FORBIDDEN', message: 'You are not allowed to do this.' } as Parameters<
        Options['onFatal']
      >[0]),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Live updates stopped');
    expect(screen.getByText('1 of 2 acknowledged')).toBeInTheDocument();
  });

  it('closes the stream on leaving', async () => {
    const page = renderPage();
    await screen.findByRole('heading', { name: 'Georgia Secretary of State', level: 2 });
    page.unmount();
    expect(closeStream).toHaveBeenCalledOnce();
  });
});

describe('acknowledgementsCsv', () => {
  it('has one row per person, acknowledged with when, pending with since when, CRLF line ends', () => {
    const csv = acknowledgementsCsv(report(null), PUBLISHED_AT);
    expect(csv.split('\r\n')).toEqual([
      'office,name,email,status,acknowledged_at,pending_since,revision',
      'Georgia Secretary of State,Georgia Admin,admin@ga.demo,acknowledged,2026-12-05T15:05:00.000Z,,1',
      'Georgia Secretary of State,Georgia Election Official,official@ga.demo,pending,,2026-12-05T15:00:00.000Z,1',
      '',
    ]);
  });

  it('quotes commas and keeps a name from running as a formula', () => {
    const tricky = report(null);
    const office = tricky.organizations[0]!;
    const csv = acknowledgementsCsv(
      {
        ...tricky,
        organizations: [
          {
            ...office,
            organization: { ...office.organization, name: 'Fulton County, Elections' },
            pending: [{ ...official, displayName: '=HYPERLINK("x")' }],
          },
        ],
      },
      null,
    );
    expect(csv).toContain('"Fulton County, Elections","\'=HYPERLINK(""x"")",official@ga.demo,pending,,,1');
  });

  it('names the file after the reference and revision', () => {
    expect(acknowledgementsFileName('CISA-2026-0009', 2)).toBe('CISA-2026-0009-r2-acknowledgements.csv');
    expect(acknowledgementsFileName(null, 1)).toBe('bulletin-r1-acknowledgements.csv');
  });
});
