import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { cisaPublisherAnswer } from '@web/auth/viewer-fixtures';
import type { Permission } from '@web/graphql/generated/graphql';
import { aBulletin, typed } from './bulletin-fixtures';
import type { PageBulletin } from './bulletin-query';
import { PublisherActions, reasonProblem } from './publisher-actions';

function renderActions(bulletin: PageBulletin, permissions: Permission[], organizationId: string) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={[cisaPublisherAnswer(permissions, organizationId)]}>
        <MemoryRouter>
          <PublisherActions bulletin={bulletin} />
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

const sender = () => aBulletin().originators[0]!.id;

describe('PublisherActions', () => {
  it('offers amend and retract to a publisher of a sending organization, with what retracting does', async () => {
    const user = userEvent.setup();
    renderActions(aBulletin(), ['BULLETIN_READ', 'BULLETIN_PUBLISH'], sender());
    expect(await screen.findByRole('link', { name: 'Amend' })).toHaveAttribute(
      'href',
      `/bulletins/${aBulletin().id}/amend`,
    );
    await user.click(screen.getByRole('button', { name: 'Retract…' }));
    expect(screen.getByText(/Readers keep its reference number and see your reason/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retract the bulletin' }));
    expect(screen.getByText(/^Say why it is retracted/)).toBeInTheDocument();
  });

  it('offers neither to a publisher of another organization, nor to a reader', async () => {
    renderActions(aBulletin({ acknowledgements: null }), ['BULLETIN_READ', 'BULLETIN_PUBLISH'], 'org-elsewhere');
    await new Promise((tick) => setTimeout(tick, 20));
    expect(screen.queryByRole('link', { name: 'Amend' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retract…' })).not.toBeInTheDocument();
  });

  it('names a pending amendment and offers no second one', async () => {
    const bulletin = aBulletin({
      pendingAmendment: typed('BulletinRevision', {
        revision: 3,
        tier: 'RED' as const,
        title: 'Victims named',
        changeNote: 'Adds the names of the people targeted.',
      }),
    });
    renderActions(bulletin, ['BULLETIN_READ', 'BULLETIN_PUBLISH'], sender());
    const note = await screen.findByTestId('pending-amendment');
    expect(note).toHaveTextContent('Pending amendment: revision 3 (TLP:RED)');
    expect(note).toHaveTextContent('Until then every reader keeps revision 2');
    expect(screen.queryByRole('link', { name: 'Amend' })).not.toBeInTheDocument();
  });
});

describe('reasonProblem', () => {
  it('requires 3 to 2,000 characters', () => {
    expect(reasonProblem('  ')).toMatch(/^Say why it is retracted/);
    expect(reasonProblem('no')).toBe('Write at least 3 characters.');
    expect(reasonProblem('x'.repeat(2001))).toBe('Shorten the reason to 2,000 characters.');
    expect(reasonProblem('Sanctioned test.')).toBeNull();
  });
});
