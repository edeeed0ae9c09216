import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Tier } from '@web/graphql/generated/graphql';
import { emptyDraft, saveProblems, submitProblems, wrongKindRecipients } from './draft-form';
import { parseIndicatorLines } from './indicator-lines';
import { RecipientPicker } from './recipient-picker';
import { useRecipientCheck } from './use-recipient-check';
import { RECHECK_RECIPIENTS, RECIPIENT_OPTIONS, type RecipientOption } from './recipient-query';
import { recipientTree } from './recipient-tree';

const GA = '00000000-0000-4000-8000-0000000000a1';
const FULTON = '00000000-0000-4000-8000-0000000000a2';
const CISA = '00000000-0000-4000-8000-0000000000a3';
const VENDOR = '00000000-0000-4000-8000-0000000000a4';

function organization(
  id: string,
  name: string,
  organizationKind: RecipientOption['organizationKind'],
  parentId: string | null,
  reasonText: string | null = null,
): RecipientOption {
  return {
    __typename: 'RecipientOption',
    id,
    kind: 'ORGANIZATION',
    name,
    offered: reasonText === null,
    reason: reasonText === null ? null : 'VETTING_BELOW_TIER',
    reasonText,
    organizationKind,
    parentId,
    email: null,
    organizationName: null,
  } as RecipientOption;
}

/** The directory at a tier, as the API judges it: Fulton (vetted AMBER) does not fit AMBER+STRICT. */
function directory(tier: Tier): RecipientOption[] {
  const strict = tier === 'AMBER_STRICT';
  return [
    organization(CISA, 'Cybersecurity and Infrastructure Security Agency', 'FEDERAL', null),
    organization(FULTON, 'Fulton County Elections', 'LOCAL', GA, strict ? 'vetted AMBER' : null),
    organization(GA, 'Georgia Secretary of State', 'STATE', null),
    organization(VENDOR, 'Ballot Systems Inc.', 'PRIVATE', null, 'vetted GREEN'),
  ];
}

const page = (options: RecipientOption[]) => ({
  __typename: 'RecipientOptionConnection',
  totalCount: options.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
  edges: options.map((node) => ({ __typename: 'RecipientOptionEdge', node })),
});

function browse(tier: Tier): MockedResponse {
  return {
    request: { query: RECIPIENT_OPTIONS, variables: { tier, search: null } },
    result: { data: { recipientOptions: page(directory(tier)) } },
    maxUsageCount: 10,
  };
}

function recheck(tier: Tier, ids: string[], answer: RecipientOption[]): MockedResponse {
  return {
    request: { query: RECHECK_RECIPIENTS, variables: { tier, ids } },
    result: { data: { recipientOptions: { __typename: 'RecipientOptionConnection', edges: page(answer).edges } } },
    maxUsageCount: 10,
  };
}

/** The picker as the editor holds it: the tier and the chosen recipients are the test's to change. */
function Harness({ start }: { start: { tier: Tier; organizations: string[] } }) {
  const [tier, setTier] = useState<Tier>(start.tier);
  const [organizations, setOrganizations] = useState<string[]>(start.organizations);
  const [people, setPeople] = useState<string[]>([]);
  const check = useRecipientCheck(tier, [...organizations, ...people]);
  return (
    <>
      <button type="button" onClick={() => setTier('AMBER_STRICT')}>
        to strict
      </button>
      <RecipientPicker
        tier={tier}
        organizationIds={organizations}
        userIds={people}
        check={check}
        onChange={(nextOrganizations, nextPeople) => {
          setOrganizations(nextOrganizations);
          setPeople(nextPeople);
        }}
      />
    </>
  );
}

function show(mocks: MockedResponse[], start: { tier: Tier; organizations: string[] }) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <Harness start={start} />
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('recipientTree', () => {
  it('puts counties under their state and groups the rest by kind', () => {
    const groups = recipientTree(directory('AMBER'));
    expect(groups.map((group) => [group.label, group.nodes.map((node) => node.option.name)])).toEqual([
      ['Federal agencies', ['Cybersecurity and Infrastructure Security Agency']],
      ['States and their counties', ['Georgia Secretary of State']],
      ['Vendors, partners and operators', ['Ballot Systems Inc.']],
    ]);
    const georgia = groups[1]?.nodes[0];
    expect(georgia?.children.map((child) => child.option.name)).toEqual(['Fulton County Elections']);
  });

  it('shows a county found without its state on its own, and survives a parent loop', () => {
    const county = organization(FULTON, 'Fulton County Elections', 'LOCAL', GA);
    expect(recipientTree([county])[0]?.nodes.map((node) => node.option.name)).toEqual(['Fulton County Elections']);
    const a = organization(GA, 'A', 'STATE', FULTON);
    const b = organization(FULTON, 'B', 'LOCAL', GA);
    const shown = recipientTree([a, b]).flatMap((group) => group.nodes);
    expect(shown.map((node) => node.option.name)).toEqual(['A', 'B']);
  });
});

describe('RecipientPicker', () => {
  it('offers Georgia, shows the vendor as not offered with its reason, and puts Fulton under Georgia', async () => {
    show([browse('AMBER')], { tier: 'AMBER', organizations: [] });
    const georgia = await screen.findByRole('checkbox', { name: 'Georgia Secretary of State' });
    expect(georgia).toBeEnabled();
    const vendor = screen.getByRole('checkbox', { name: 'Ballot Systems Inc.' });
    expect(vendor).toBeDisabled();
    expect(vendor).toHaveAccessibleDescription('Not offered: vetted GREEN');
    // Fulton is folded under Georgia until asked for.
    expect(screen.queryByRole('checkbox', { name: 'Fulton County Elections' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Show its 1 office/ }));
    const under = screen.getByRole('list', { name: 'Offices under Georgia Secretary of State' });
    expect(within(under).getByRole('checkbox', { name: 'Fulton County Elections' })).toBeEnabled();
  });

  it('names the chosen recipients that no longer fit when the tier changes, and removes them only when asked', async () => {
    show(
      [
        browse('AMBER'),
        browse('AMBER_STRICT'),
        recheck(
          'AMBER',
          [GA, FULTON],
          [
            organization(GA, 'Georgia Secretary of State', 'STATE', null),
            organization(FULTON, 'Fulton County Elections', 'LOCAL', GA),
          ],
        ),
        recheck(
          'AMBER_STRICT',
          [GA, FULTON],
          [
            organization(GA, 'Georgia Secretary of State', 'STATE', null),
            organization(FULTON, 'Fulton County Elections', 'LOCAL', GA, 'vetted AMBER'),
          ],
        ),
        recheck('AMBER_STRICT', [GA], [organization(GA, 'Georgia Secretary of State', 'STATE', null)]),
      ],
      { tier: 'AMBER', organizations: [GA, FULTON] },
    );
    const chosen = await screen.findByRole('list', { name: 'Chosen (2)' });
    await waitFor(() => expect(within(chosen).getAllByText('Fits')).toHaveLength(2));
    expect(screen.queryByTestId('unfit-recipients')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'to strict' }));
    const unfit = await screen.findByTestId('unfit-recipients');
    expect(unfit).toHaveTextContent('A chosen recipient does not fit TLP:AMBER+STRICT');
    expect(unfit).toHaveTextContent('Fulton County Elections: vetted AMBER');
    // Still chosen: nothing is dropped behind the writer's back.
    expect(within(chosen).getByText('Does not fit: vetted AMBER')).toBeInTheDocument();

    await userEvent.click(within(unfit).getByRole('button', { name: 'Remove Fulton County Elections' }));
    await waitFor(() => expect(screen.queryByTestId('unfit-recipients')).toBeNull());
    expect(screen.getByRole('list', { name: 'Chosen (1)' })).toHaveTextContent('Georgia Secretary of State');
  });
});

describe('the draft and its recipients', () => {
  it('is not saved while it names recipients its tier does not take, and says so', () => {
    const form = { ...emptyDraft(CISA), tier: 'RED' as const, recipientOrganizationIds: [GA] };
    expect(wrongKindRecipients(form)).toBe(1);
    expect(saveProblems(form).map((problem) => problem.message)).toContain(
      'Remove the recipient that TLP:RED cannot go to (named under Recipients).',
    );
    const green = { ...emptyDraft(CISA), recipientOrganizationIds: [GA, FULTON] };
    expect(saveProblems(green).map((problem) => problem.message)).toContain(
      'Remove the 2 recipients that TLP:GREEN cannot go to (named under Recipients).',
    );
  });

  it('is not submitted while the API says a recipient does not fit, naming it with the reason', () => {
    const form = {
      ...emptyDraft(CISA),
      title: 'A title',
      summary: 'A summary.',
      tier: 'AMBER_STRICT' as const,
      recipientOrganizationIds: [GA, FULTON],
    };
    expect(saveProblems(form)).toEqual([]);
    const problems = submitProblems(form, parseIndicatorLines(''), [
      { name: 'Fulton County Elections', reasonText: 'vetted AMBER' },
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Remove Fulton County Elections (vetted AMBER): it cannot receive TLP:AMBER+STRICT.',
    ]);
  });
});
