import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CREATE_USER, DEACTIVATE_USER, USERS } from './admin-queries';
import { adminContext, enabledButton, GEORGIA, renderWithApi, signInPolicyAnswer } from './admin-test-kit';
import { END_USER_SESSIONS, RESET_SECOND_FACTORS, SET_SIGN_IN_POLICY } from './sign-in-security-queries';
import * as passwords from './temporary-password';
import { UsersPage } from './users-page';

const PERSON = {
  __typename: 'User',
  id: 'd0000000-0000-4000-8000-000000000001',
  email: 'poll.worker@ga.example',
  displayName: 'Dana Poll',
  roles: ['VIEWER'],
  clearance: 'GREEN',
  active: true,
  lockedUntil: null,
  lastSignInAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
};

function userList(people: unknown[]) {
  return {
    request: { query: USERS, variables: { first: 20, after: null, filter: { active: true } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: people.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: people.map((node) => ({ __typename: 'UserEdge', node })),
        },
      },
    },
  };
}

const NEW_USER = {
  displayName: 'Sam Clerk',
  email: 'sam@ga.example',
  roles: ['VIEWER'],
  clearance: 'AMBER_STRICT',
  initialPassword: 'abcd-efgh-ijkm-npqr-stuv',
};

describe('users page', () => {
  it('offers clearances up to the vetting only, says why beside the field, and shows the API’s refusal', async () => {
    vi.spyOn(passwords, 'temporaryPassword').mockReturnValue(NEW_USER.initialPassword);
    const refused = {
      request: { query: CREATE_USER, variables: { input: NEW_USER } },
      result: {
        errors: [
          new GraphQLError("Clearance AMBER_STRICT is above Georgia Secretary of State's vetting (AMBER).", {
            extensions: { code: 'BAD_USER_INPUT', requestId: 'req-1' },
          }),
        ],
      },
    };
    renderWithApi(<UsersPage />, [
      signInPolicyAnswer(),
      adminContext({ vettedTier: 'AMBER_STRICT' }),
      userList([PERSON]),
      refused,
    ]);
    await userEvent.click(await enabledButton('Add a person'));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    expect(
      within(dialog).getByText(
        'Your organization (Georgia Secretary of State) is vetted TLP:AMBER+STRICT, so no one in it can be cleared above that.',
      ),
    ).toBeVisible();
    const clearance = within(dialog).getByRole('combobox', { name: 'Clearance' });
    expect(
      within(clearance).getByRole('option', { name: "TLP:RED (above your organization's vetting)" }),
    ).toBeDisabled();
    expect(within(clearance).getByRole('option', { name: 'TLP:AMBER+STRICT' })).toBeEnabled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), NEW_USER.displayName);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Email/ }), NEW_USER.email);
    await userEvent.selectOptions(clearance, 'AMBER_STRICT');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the account' }));
    // The vetting was lowered meanwhile: the API is the judge, and its reason is shown in the form.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "Clearance AMBER_STRICT is above Georgia Secretary of State's vetting (AMBER).",
    );
    expect(screen.queryByTestId('secret-once')).not.toBeInTheDocument();
  });

  it('shows the temporary password once after creating the account', async () => {
    let sentPassword = '';
    const created = {
      request: {
        query: CREATE_USER,
        // The password is made in the browser for each account: any well-formed one; the rest exactly as entered.
        variables: ({ input }: { input: typeof NEW_USER }) => {
          sentPassword = input.initialPassword;
          return (
            /^([a-km-zA-HJ-NP-Z2-9]{4}-){4}[a-km-zA-HJ-NP-Z2-9]{4}$/.test(input.initialPassword) &&
            input.displayName === NEW_USER.displayName &&
            input.email === NEW_USER.email &&
            input.roles.join() === NEW_USER.roles.join() &&
            input.clearance === 'GREEN'
          );
        },
      },
      result: {
        data: {
          createUser: {
            ...PERSON,
            id: 'd0000000-0000-4000-8000-000000000002',
            email: NEW_USER.email,
            displayName: NEW_USER.displayName,
          },
        },
      },
    };
    renderWithApi(<UsersPage />, [signInPolicyAnswer(), adminContext(), userList([PERSON]), created]);
    await userEvent.click(await enabledButton('Add a person'));
    const dialog = await screen.findByRole('dialog', { name: 'Add a person' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), NEW_USER.displayName);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Email/ }), NEW_USER.email);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the account' }));
    const secret = await screen.findByRole('region', { name: 'Temporary password for Sam Clerk' });
    expect(sentPassword).not.toBe('');
    expect(secret).toHaveTextContent(sentPassword);
    expect(secret).toHaveTextContent('Bulwark sends no invitation email');
  });

  it('deactivates only after a confirmation that says sessions end at once', async () => {
    let deactivated = 0;
    const deactivate = {
      request: { query: DEACTIVATE_USER, variables: { input: { id: PERSON.id } } },
      result: () => {
        deactivated += 1;
        return { data: { deactivateUser: { ...PERSON, active: false } } };
      },
    };
    renderWithApi(<UsersPage />, [signInPolicyAnswer(), adminContext(), userList([PERSON]), deactivate]);
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate Dana Poll' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Dana Poll?' });
    expect(dialog).toHaveTextContent('They are signed out at once, on every device');
    expect(deactivated).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() => expect(deactivated).toBe(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('resets a member’s second factors only after saying they must enrol again, then says it is done', async () => {
    let resets = 0;
    const reset = {
      request: { query: RESET_SECOND_FACTORS, variables: { input: { userId: PERSON.id } } },
      result: () => {
        resets += 1;
        return { data: { resetSecondFactors: { __typename: 'User', id: PERSON.id } } };
      },
    };
    renderWithApi(<UsersPage />, [signInPolicyAnswer(), adminContext(), userList([PERSON]), reset]);
    await userEvent.click(await screen.findByRole('button', { name: 'Reset the second factors of Dana Poll' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset the second factors of Dana Poll?' });
    expect(dialog).toHaveTextContent('They must set up a new second factor at their next sign-in');
    expect(dialog).toHaveTextContent('signed out everywhere');
    expect(resets).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset second factors' }));
    expect(await screen.findByRole('status')).toHaveTextContent("Dana Poll's second factors are reset");
    expect(resets).toBe(1);
  });

  it('ends a member’s sessions and says how many', async () => {
    const ended = {
      request: { query: END_USER_SESSIONS, variables: { input: { userId: PERSON.id } } },
      result: { data: { endUserSessions: 2 } },
    };
    renderWithApi(<UsersPage />, [signInPolicyAnswer(), adminContext(), userList([PERSON]), ended]);
    await userEvent.click(await screen.findByRole('button', { name: 'End the sessions of Dana Poll' }));
    const dialog = await screen.findByRole('dialog', { name: 'End the sessions of Dana Poll?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'End sessions' }));
    expect(await screen.findByRole('status')).toHaveTextContent('2 sessions of Dana Poll ended.');
  });

  it('requires a second factor of everyone only after saying who is signed out', async () => {
    let sent: unknown = null;
    const changed = {
      request: {
        query: SET_SIGN_IN_POLICY,
        variables: (variables: unknown) => {
          sent = variables;
          return true;
        },
      },
      result: {
        data: {
          setOrganizationSignInPolicy: {
            __typename: 'Organization',
            id: GEORGIA.id,
            requireSecondFactor: true,
            allowPasswordless: false,
          },
        },
      },
    };
    renderWithApi(<UsersPage />, [signInPolicyAnswer(), adminContext(), userList([PERSON]), changed]);
    const rule = await screen.findByRole('switch', { name: /^Require a second factor for everyone/ });
    expect(rule).not.toBeChecked();
    await userEvent.click(rule);
    const dialog = await screen.findByRole('dialog', { name: 'Require a second factor for everyone?' });
    expect(dialog).toHaveTextContent('Members who have none are signed out at once');
    expect(sent).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Require it' }));
    await waitFor(() => expect(rule).toBeChecked());
    expect(sent).toEqual({ input: { organizationId: GEORGIA.id, requireSecondFactor: true } });
  });
});
