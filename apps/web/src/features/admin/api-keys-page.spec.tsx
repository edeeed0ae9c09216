import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { API_KEYS, CREATE_API_KEY, TAXII_CONNECTION } from './admin-queries';
import { adminContext, enabledButton, renderWithApi } from './admin-test-kit';
import { ApiKeysPage } from './api-keys-page';

const KEY = {
  __typename: 'ApiKey',
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'County EMS feed',
  prefix: 'abc123def456',
  roles: ['VIEWER'],
  clearance: 'GREEN',
  createdAt: '2026-12-01T10:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  rotatedFromId: null,
  active: true,
};

function keyList(keys: unknown[]) {
  return {
    request: { query: API_KEYS, variables: { first: 20, after: null } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        apiKeys: {
          __typename: 'ApiKeyConnection',
          totalCount: keys.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: keys.map((node) => ({ __typename: 'ApiKeyEdge', node })),
        },
      },
    },
  };
}

const taxiiConnection = {
  request: { query: TAXII_CONNECTION },
  result: {
    data: {
      serverInfo: {
        __typename: 'ServerInfo',
        taxiiDiscoveryPath: '/taxii2/',
        taxiiCollectionId: '878c243c-7289-58af-a711-7b7689a23496',
      },
    },
  },
};

describe('API keys page', () => {
  it('tells an administrator where a TAXII client connects and how it sends the key', async () => {
    renderWithApi(<ApiKeysPage />, [adminContext(), keyList([KEY]), taxiiConnection]);
    const panel = await screen.findByRole('region', { name: /Connect a threat-intelligence platform/ });
    expect(panel).toHaveTextContent(`${window.location.origin}/taxii2/`);
    expect(panel).toHaveTextContent('878c243c-7289-58af-a711-7b7689a23496');
    expect(panel).toHaveTextContent(/key as the password/);
    expect(within(panel).getByRole('button', { name: 'Copy the collection id' })).toBeEnabled();
  });

  it('caps the clearance at the vetting, and shows the new secret once, until hidden', async () => {
    const create = {
      request: {
        query: CREATE_API_KEY,
        variables: { input: { name: 'County EMS feed', roles: ['VIEWER'], clearance: 'AMBER' } },
      },
      result: {
        data: {
          createApiKey: {
            __typename: 'ApiKeyWithSecret',
            secret: 'bwk_abc123def456_THE-SECRET',
            apiKey: KEY,
          },
        },
      },
    };
    renderWithApi(<ApiKeysPage />, [adminContext({ vettedTier: 'AMBER' }), keyList([KEY]), create]);
    await userEvent.click(await enabledButton('Create an API key'));
    const dialog = await screen.findByRole('dialog', { name: 'Create an API key' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'County EMS feed');
    const clearance = within(dialog).getByRole('combobox', { name: 'Clearance' });
    expect(within(dialog).getByText(/is vetted TLP:AMBER, so no one in it can be cleared above that/)).toBeVisible();
    expect(within(clearance).getByRole('option', { name: /TLP:AMBER\+STRICT \(above/ })).toBeDisabled();
    await userEvent.selectOptions(clearance, 'AMBER');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Stops working' }), '');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create the key' }));

    const secret = await screen.findByRole('region', { name: /Secret of the new key “County EMS feed”/ });
    expect(secret).toHaveTextContent('bwk_abc123def456_THE-SECRET');
    expect(secret).toHaveTextContent('you will not see it again');
    await userEvent.click(within(secret).getByRole('button', { name: /hide it/ }));
    await waitFor(() => expect(screen.queryByText('bwk_abc123def456_THE-SECRET')).not.toBeInTheDocument());
    // The list still shows only the key's public part.
    expect(screen.getByRole('list', { name: 'API keys' })).toHaveTextContent('bwk_abc123def456_…');
  });

  it('asks before revoking, saying the key stops at once', async () => {
    renderWithApi(<ApiKeysPage />, [adminContext(), keyList([KEY])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke County EMS feed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “County EMS feed”?' });
    expect(dialog).toHaveTextContent('stops working on its next request, on every channel');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
