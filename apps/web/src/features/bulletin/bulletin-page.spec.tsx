import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aBulletin, ID, typed } from './bulletin-fixtures';
import { ACKNOWLEDGE_BULLETIN, BULLETIN_PAGE, type PageBulletin } from './bulletin-query';
import { BulletinPage } from './bulletin-page';
import { type LiveChange, useLiveBulletin } from './use-live-bulletin';

// The live stream has its own spec (use-live-bulletin.spec.tsx); here it reports what each test says.
vi.mock('./use-live-bulletin', () => ({ useLiveBulletin: vi.fn((): LiveChange | null => null) }));

const pageQuery = (id: string) => ({ query: BULLETIN_PAGE, variables: { id } });

const LATEST_SEQUENCE = 41;

function found(bulletin: PageBulletin): MockLink.MockedResponse {
  return { request: pageQuery(bulletin.id), result: { data: { latestEventSequence: LATEST_SEQUENCE, bulletin } } };
}

function acknowledgedAnswer(bulletin: PageBulletin): MockLink.MockedResponse {
  return {
    request: { query: ACKNOWLEDGE_BULLETIN, variables: { id: bulletin.id } },
    result: { data: { acknowledgeBulletin: { ...bulletin, acknowledgedByMe: true } } },
  };
}

function openPage(id: string, mocks: MockLink.MockedResponse[]) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/bulletins/${id}`]}>
          <Routes>
            <Route path="/bulletins/:id" element={<BulletinPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('BulletinPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.mocked(useLiveBulletin).mockReset().mockReturnValue(null);
  });

  it('shows the marking, the title, the senders and the facts, and names the tab after the bulletin', async () => {
    openPage(ID, [found(aBulletin())]);
    expect(document.title).toBe('Bulletin · Bulwark');
    expect(screen.getByRole('status')).toHaveTextContent('Opening the bulletin');

    const title = await screen.findByRole('heading', { level: 1 });
    expect(title).toHaveTextContent('Credential phishing aimed at Georgia county election staff');
    expect(screen.getByRole('note', { name: /TLP:AMBER/ })).toHaveTextContent('share within your organization');
    expect(screen.getByText('Joint bulletin from CISA and FBI')).toBeInTheDocument();
    expect(screen.getByText('National')).toBeInTheDocument();
    expect(screen.getByText('CISA-2026-0002')).toBeInTheDocument();
    expect(screen.getByText('High')).toBeInTheDocument();
    expect(screen.getByText('Cyber threat')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to the feed/ })).toHaveAttribute('href', '/');
    await waitFor(() =>
      expect(document.title).toBe(
        'CISA-2026-0002 · Credential phishing aimed at Georgia county election staff · Bulwark',
      ),
    );
  });

  it("keeps the body's headings under the page's one h1", async () => {
    openPage(ID, [found(aBulletin())]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: 'Background' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Steps' })).toBeInTheDocument();
  });

  it('lists indicators with a copy button each, and references as safe links', async () => {
    openPage(ID, [found(aBulletin())]);
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: '203.0.113.7' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Copy 203.0.113.7' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy all' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://www.cisa.gov/example' })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('exports the indicators as a CSV file named after the reference', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:indicators';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('CISA-2026-0002-indicators.csv');
      expect(this.href).toBe('blob:indicators');
    });
    openPage(ID, [found(aBulletin())]);
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(clicked).toHaveBeenCalledOnce();
    expect(blobs).toHaveLength(1);
    expect(await blobs[0]?.text()).toBe('type,value\r\nIPV4,203.0.113.7\r\nDOMAIN,sos-ga-verify.example\r\n');
  });

  it('lists the revisions newest first, each with its own marking, the current one marked', async () => {
    openPage(ID, [found(aBulletin())]);
    const heading = await screen.findByRole('heading', { name: 'Revisions (2)' });
    const items = within(heading.closest('section') as HTMLElement).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Revision 2 \(current\)TLP:AMBER.*Added a second domain\.$/),
      expect.stringMatching(/^Revision 1TLP:AMBER\+STRICT.*First publication\.$/),
    ]);
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(items[1]).not.toHaveAttribute('aria-current');
  });

  it('shows no revision history for a draft in review: nothing of it is published yet', async () => {
    const draft = aBulletin({ status: 'IN_REVIEW', reference: null, firstPublishedAt: null, revision: 1 });
    openPage(ID, [found(draft)]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByText('In review, not published')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Revisions/ })).toBeNull();
  });

  it('acknowledges receipt, and then shows it as done instead of a button, keeping the focus there', async () => {
    openPage(ID, [found(aBulletin()), acknowledgedAnswer(aBulletin())]);
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge receipt' }));
    const done = await screen.findByText('Acknowledged ✓');
    expect(done.parentElement).toHaveTextContent('Acknowledged ✓ You acknowledged revision 2.');
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Acknowledge receipt' })).not.toBeInTheDocument();
    await waitFor(() => expect(done.parentElement).toHaveFocus());
  });

  it('shows an acknowledgement the API already has, with no button', async () => {
    openPage(ID, [found(aBulletin({ acknowledgedByMe: true }))]);
    expect(await screen.findByText('Acknowledged ✓')).toBeInTheDocument();
    expect(screen.getByText(/You acknowledged revision 2\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge receipt' })).not.toBeInTheDocument();
  });

  it('asks again for an amended bulletin, without claiming to know of an earlier acknowledgement', async () => {
    openPage(ID, [found(aBulletin({ revision: 2, acknowledgedByMe: false }))]);
    expect(await screen.findByRole('button', { name: 'Acknowledge receipt' })).toBeInTheDocument();
    expect(screen.getByText(/This is revision 2: it needs its own acknowledgement/)).toBeInTheDocument();
    expect(screen.queryByText(/Amended since you acknowledged/)).not.toBeInTheDocument();
  });

  it('shows why an acknowledgement failed, in plain words with its code', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: ACKNOWLEDGE_BULLETIN, variables: { id: ID } },
      result: { errors: [{ message: 'Slow down.', extensions: { code: 'RATE_LIMITED', requestId: 'req-7' } }] },
    };
    openPage(ID, [found(aBulletin()), refused]);
    await userEvent.click(await screen.findByRole('button', { name: 'Acknowledge receipt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code RATE_LIMITED · request req-7');
  });

  it('a retracted bulletin keeps its reference and title, shows the notice, and drops body, indicators and the button', async () => {
    openPage(ID, [
      found(
        aBulletin({
          status: 'RETRACTED',
          bodyHtml: null,
          retractedAt: '2026-10-03T10:00:00.000Z',
          retractionReason: 'The traffic was a misconfigured monitor.',
        }),
      ),
    ]);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Credential phishing');
    expect(screen.getByText('CISA-2026-0002')).toBeInTheDocument();
    expect(screen.getByText('This bulletin was retracted')).toBeInTheDocument();
    expect(screen.getByText(/Retracted on .*: The traffic was a misconfigured monitor\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Background' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge receipt' })).not.toBeInTheDocument();
  });

  it('shows the receipt report to those the API gives it to, folded', async () => {
    const report: NonNullable<PageBulletin['acknowledgements']> = typed('AcknowledgementReport', {
      revision: 2,
      acknowledgedCount: 12,
      pendingCount: 28,
      organizations: [
        typed('OrganizationAcknowledgements', {
          organization: typed('Organization', { id: 'org-ga', name: 'Georgia Secretary of State' }),
          acknowledged: [typed('Acknowledger', { userId: 'u1' })],
          pending: [],
        }),
      ],
    });
    openPage(ID, [found(aBulletin({ acknowledgements: report }))]);
    const summary = await screen.findByText(/Receipt: 12 of 40 acknowledged/);
    const details = summary.closest('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(details as HTMLElement).getByText('Georgia Secretary of State')).toBeInTheDocument();
  });

  it('shows no receipt report when the API gives none', async () => {
    openPage(ID, [found(aBulletin())]);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/of \d+ acknowledged/)).not.toBeInTheDocument();
  });

  it('a bulletin the API does not return, and a malformed id, show the very same not-found page', async () => {
    const MADE_UP = '11111111-2222-4333-8444-555555555555';
    const absent = openPage(MADE_UP, [
      { request: pageQuery(MADE_UP), result: { data: { latestEventSequence: LATEST_SEQUENCE, bulletin: null } } },
    ]);
    await screen.findByTestId('not-found');
    const absentHtml = absent.container.innerHTML;
    expect(document.title).toBe('Not found · Bulwark');
    absent.unmount();

    const malformed = openPage('nonsense', [
      {
        request: pageQuery('nonsense'),
        result: {
          data: { latestEventSequence: LATEST_SEQUENCE, bulletin: null },
          errors: [{ message: 'id must be a UUID.', extensions: { code: 'BAD_USER_INPUT', requestId: 'req-1' } }],
        },
      },
    ]);
    await screen.findByTestId('not-found');
    expect(malformed.container.innerHTML).toBe(absentHtml);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('Not found · Bulwark');
  });

  it('a real failure shows the error in plain words with a retry, never a blank page', async () => {
    openPage(ID, [
      {
        request: pageQuery(ID),
        result: { errors: [{ message: 'Boom.', extensions: { code: 'INTERNAL', requestId: 'req-500' } }] },
      },
      found(aBulletin()),
    ]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Bulwark ran into a problem');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code INTERNAL · request req-500');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Credential phishing');
  });
  it('folds a long history to its newest revisions until asked for all', async () => {
    const revisions = [1, 2, 3, 4, 5, 6].map((revision) =>
      typed('BulletinRevision', {
        revision,
        tier: 'AMBER' as const,
        title: 'Credential phishing',
        status: 'PUBLISHED' as const,
        publishedAt: `2026-10-0${revision}T10:00:00.000Z`,
        changeNote: revision === 1 ? null : `Change ${revision}.`,
      }),
    );
    openPage(ID, [found(aBulletin({ revision: 6, revisions }))]);
    const heading = await screen.findByRole('heading', { name: 'Revisions (6)' });
    const section = heading.closest('section') as HTMLElement;
    const revisionNumbers = () =>
      within(section)
        .getAllByRole('listitem')
        .map((item) => /Revision (\d)/.exec(item.textContent)?.[1]);
    expect(revisionNumbers()).toEqual(['6', '5', '4']);
    const toggle = within(section).getByRole('button', { name: 'Show all 6 revisions' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(revisionNumbers()).toEqual(['6', '5', '4', '3', '2', '1']);
    expect(within(section).getByRole('button', { name: 'Show only the latest revisions' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('never folds a short history', async () => {
    openPage(ID, [found(aBulletin())]);
    const heading = await screen.findByRole('heading', { name: 'Revisions (2)' });
    expect(within(heading.closest('section') as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a reference that is not a web address as text, never as a link', async () => {
    openPage(ID, [found(aBulletin({ references: ['javascript:alert(1)', 'https://www.cisa.gov/example'] }))]);
    await screen.findByRole('heading', { name: 'References' });
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect(screen.getByRole('link', { name: 'https://www.cisa.gov/example' })).toHaveAttribute(
      'href',
      'https://www.cisa.gov/example',
    );
  });

  it('follows its bulletin live from the sequence read with it, and says when it changed', async () => {
    vi.mocked(useLiveBulletin).mockReturnValue({ type: 'AMENDED', sequence: 42 });
    openPage(ID, [found(aBulletin())]);
    expect(await screen.findByText('Amended while you were reading')).toBeInTheDocument();
    expect(useLiveBulletin).toHaveBeenLastCalledWith(ID, LATEST_SEQUENCE);
  });

  it('opens no stream for a bulletin it could not show', async () => {
    const MADE_UP = '11111111-2222-4333-8444-555555555555';
    openPage(MADE_UP, [
      { request: pageQuery(MADE_UP), result: { data: { latestEventSequence: LATEST_SEQUENCE, bulletin: null } } },
    ]);
    await screen.findByTestId('not-found');
    expect(vi.mocked(useLiveBulletin).mock.calls.every(([, since]) => since === null)).toBe(true);
  });
  it('a lost connection says so, and tries again by itself once the browser is back online', async () => {
    openPage(ID, [{ request: pageQuery(ID), error: new TypeError('Failed to fetch') }, found(aBulletin())]);
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bulletin');
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('heading', { level: 1, name: /Credential phishing/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
