import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '@web/app/app-layout';
import { BrowserSession } from '@web/auth/browser-session';
import { SessionProvider } from '@web/auth/session-context';
import type { Permission } from '@web/graphql/generated/graphql';
import { RequirePermission } from './require-permission';
import { fultonClerkAnswer } from './viewer-fixtures';

const READER: Permission[] = ['BULLETIN_READ', 'BULLETIN_ACKNOWLEDGE', 'FEED_MANAGE_OWN'];
const ANALYST: Permission[] = [...READER, 'BULLETIN_DRAFT'];

function showAt(path: string, answer: MockLink.MockedResponse) {
  const router = createMemoryRouter(
    [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <p>The feed</p> },
          {
            path: 'compose',
            element: (
              <RequirePermission permission="BULLETIN_DRAFT" page="Write a bulletin" whoMay="analysts and publishers">
                <p>The editor</p>
              </RequirePermission>
            ),
          },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <MantineProvider>
      <SessionProvider session={new BrowserSession()}>
        <MockedProvider mocks={[answer]}>
          <RouterProvider router={router} />
        </MockedProvider>
      </SessionProvider>
    </MantineProvider>,
  );
}

const sections = () => within(screen.getByRole('navigation', { name: 'Sections' }));

describe('navigation by role', () => {
  it('shows a viewer the reading sections only', async () => {
    showAt('/', fultonClerkAnswer(['VIEWER'], READER));
    await screen.findByText('Pat Clerk');
    expect(
      sections()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Feed', 'Search']);
  });

  it('adds the writing pages for someone who may draft', async () => {
    showAt('/', fultonClerkAnswer(['ANALYST'], ANALYST));
    await screen.findByText('Pat Clerk');
    expect(
      sections()
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Feed', 'Search', 'Write a bulletin', 'My drafts']);
  });

  it('a page opened by its address without the permission says so, in words, instead of the page', async () => {
    showAt('/compose', fultonClerkAnswer(['VIEWER'], READER));
    expect(await screen.findByRole('heading', { name: 'Not available to your role', level: 1 })).toBeInTheDocument();
    expect(screen.getByTestId('not-available')).toHaveTextContent(
      '“Write a bulletin” is for analysts and publishers. Your role is viewer.',
    );
    expect(screen.queryByText('The editor')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the feed' })).toHaveAttribute('href', '/');
  });

  it('with the permission, the page itself', async () => {
    showAt('/compose', fultonClerkAnswer(['ANALYST'], ANALYST));
    expect(await screen.findByText('The editor')).toBeInTheDocument();
    expect(screen.queryByText('Not available to your role')).not.toBeInTheDocument();
  });
});
