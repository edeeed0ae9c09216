import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RECHECK_RECIPIENTS, type RecipientOption } from '@web/features/compose/recipient-query';
import { aBulletin, typed } from './bulletin-fixtures';
import type { PageBulletin } from './bulletin-query';
import { RecipientsFact } from './recipients-fact';

const GA = '00000000-0000-4000-8000-0000000000a1';
const FULTON = '00000000-0000-4000-8000-0000000000a2';
const AGENT = '00000000-0000-4000-8000-0000000000b1';

const office = (id: string, name: string) => typed('Organization', { id, name });

function option(id: string, name: string, reasonText: string | null, person = false): RecipientOption {
  return {
    __typename: 'RecipientOption',
    id,
    kind: person ? 'PERSON' : 'ORGANIZATION',
    name,
    offered: reasonText === null,
    reason: reasonText === null ? null : 'VETTING_BELOW_TIER',
    reasonText,
    organizationKind: person ? null : 'STATE',
    parentId: null,
    email: person ? 'agent@fbi.demo' : null,
    organizationName: person ? 'Federal Bureau of Investigation' : null,
  } as RecipientOption;
}

function recheck(bulletin: PageBulletin, ids: string[], answer: RecipientOption[]): MockedResponse {
  return {
    request: { query: RECHECK_RECIPIENTS, variables: { tier: bulletin.tier, ids } },
    result: {
      data: {
        recipientOptions: {
          __typename: 'RecipientOptionConnection',
          edges: answer.map((node) => ({ __typename: 'RecipientOptionEdge', node })),
        },
      },
    },
  };
}

function show(bulletin: PageBulletin, mocks: MockedResponse[] = []) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <dl>
          <RecipientsFact bulletin={bulletin} />
        </dl>
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('RecipientsFact', () => {
  it('shows nothing to a reader: the API gives the list to originators alone', () => {
    const { container } = show(aBulletin());
    expect(container.querySelector('dl')).toBeEmptyDOMElement();
  });

  it("names a published AMBER bulletin's organizations without asking anything more", () => {
    show(aBulletin({ recipientOrganizations: [office(GA, 'Georgia Secretary of State')], recipientUserIds: [] }));
    expect(screen.getByText('Goes to (1)')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Recipients' })).getByRole('listitem')).toHaveTextContent(
      'Georgia Secretary of State',
    );
  });

  it('marks, before release, a recipient that no longer fits the tier, with the reason', async () => {
    const bulletin = aBulletin({
      status: 'IN_REVIEW',
      tier: 'AMBER_STRICT',
      recipientOrganizations: [office(GA, 'Georgia Secretary of State'), office(FULTON, 'Fulton County Elections')],
      recipientUserIds: [],
    });
    show(bulletin, [
      recheck(
        bulletin,
        [GA, FULTON],
        [option(GA, 'Georgia Secretary of State', null), option(FULTON, 'Fulton County Elections', 'vetted AMBER')],
      ),
    ]);
    expect(
      await screen.findByText('— does not fit TLP:AMBER+STRICT: vetted AMBER', { exact: false }),
    ).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Recipients' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Georgia Secretary of State$/);
    expect(items[1]).toHaveTextContent('Fulton County Elections — does not fit TLP:AMBER+STRICT: vetted AMBER');
  });

  it("names RED's people through the API, and counts them where the viewer may not ask", async () => {
    const bulletin = aBulletin({ tier: 'RED', recipientOrganizations: [], recipientUserIds: [AGENT] });
    const { unmount } = show(bulletin, [recheck(bulletin, [AGENT], [option(AGENT, 'FBI Agent', null, true)])]);
    expect(await screen.findByText('FBI Agent')).toBeInTheDocument();
    expect(screen.getByText('· Federal Bureau of Investigation', { exact: false })).toBeInTheDocument();
    unmount();

    show(bulletin, [
      {
        request: { query: RECHECK_RECIPIENTS, variables: { tier: 'RED', ids: [AGENT] } },
        result: { errors: [{ message: 'Only for a writer cleared for RED.', extensions: { code: 'FORBIDDEN' } }] },
      },
    ]);
    expect(await screen.findByText('1 named person')).toBeInTheDocument();
    expect(screen.queryByText('FBI Agent')).toBeNull();
  });
});
