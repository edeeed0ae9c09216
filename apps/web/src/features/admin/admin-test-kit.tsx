import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Permission, Tier } from '@web/graphql/generated/graphql';
import { expect } from 'vitest';
import { ADMIN_CONTEXT } from './admin-queries';
import { SIGN_IN_POLICY } from './sign-in-security-queries';

export const GEORGIA = { id: 'a0000000-0000-4000-8000-000000000001', name: 'Georgia Secretary of State' };

/** Georgia's organization administrator, as the API describes them. */
export function adminContext(
  options: { vettedTier?: Tier; clearance?: Tier; permissions?: Permission[] } = {},
): MockLink.MockedResponse {
  return {
    request: { query: ADMIN_CONTEXT },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        viewer: {
          __typename: 'Viewer',
          clearance: options.clearance ?? 'AMBER',
          permissions: options.permissions ?? [
            'ORG_USERS_MANAGE',
            'ORG_API_KEYS_MANAGE',
            'ORG_WEBHOOKS_MANAGE',
            'ORG_AUDIT_READ',
          ],
          user: { __typename: 'User', id: 'b0000000-0000-4000-8000-000000000001' },
          organization: {
            __typename: 'Organization',
            ...GEORGIA,
            vettedTier: options.vettedTier ?? 'AMBER_STRICT',
          },
        },
      },
    },
  };
}

/** Georgia's sign-in rules, as the users page shows them. */
export function signInPolicyAnswer(policy = { requireSecondFactor: false, allowPasswordless: false }) {
  return {
    request: { query: SIGN_IN_POLICY },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: { viewer: { __typename: 'Viewer', organization: { __typename: 'Organization', ...GEORGIA, ...policy } } },
    },
  } satisfies MockLink.MockedResponse;
}

export function renderWithApi(page: ReactNode, mocks: MockLink.MockedResponse[]) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MemoryRouter>{page}</MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

/** A page's button once it is enabled: "Add a person" and the like wait for the organization to load. */
export async function enabledButton(name: string): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}
