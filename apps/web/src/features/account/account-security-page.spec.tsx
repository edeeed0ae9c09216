import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cisaPublisherAnswer } from '@web/auth/viewer-fixtures';
import { renderWithApi } from '@web/features/admin/admin-test-kit';
import { END_SESSION, MY_SECOND_FACTORS, MY_SESSIONS, REGENERATE_RECOVERY_CODES } from './account-queries';
import { AccountSecurityPage } from './account-security-page';

const PASSKEY = {
  __typename: 'Passkey',
  id: 'p1',
  name: 'Blue YubiKey',
  createdAt: '2026-11-01T10:00:00.000Z',
  lastUsedAt: '2026-12-05T09:00:00.000Z',
  backedUp: false,
};

function factors(overrides: object = {}): MockLink.MockedResponse {
  return {
    request: { query: MY_SECOND_FACTORS },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        mySecondFactors: {
          __typename: 'SecondFactorStatus',
          required: true,
          totp: false,
          recoveryCodesLeft: 2,
          passkeys: [PASSKEY],
          ...overrides,
        },
      },
    },
  };
}

const session = (id: string, current: boolean, device: string) => ({
  __typename: 'ActiveSession',
  id,
  current,
  signInMethod: 'PASSWORD',
  secondFactor: 'WEBAUTHN',
  device,
  ipAddress: '203.0.113.7',
  startedAt: '2026-12-05T08:00:00.000Z',
  lastUsedAt: '2026-12-05T09:30:00.000Z',
});

function sessions(list: unknown[]): MockLink.MockedResponse {
  return { request: { query: MY_SESSIONS }, result: { data: { mySessions: list } } };
}

describe('account security', () => {
  it('lists the passkeys, the app, the codes left, and where the person is signed in', async () => {
    renderWithApi(<AccountSecurityPage />, [
      cisaPublisherAnswer([]),
      factors(),
      sessions([session('s1', true, 'Firefox on Windows'), session('s2', false, 'Safari on iOS')]),
    ]);
    const passkeys = await screen.findByRole('list', { name: 'Your passkeys and security keys' });
    expect(within(passkeys).getByText('Blue YubiKey')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Rename Blue YubiKey' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Set up an authenticator app' })).toBeEnabled();
    expect(screen.getByTestId('codes-left')).toHaveTextContent('2 unused codes left. Make new ones soon.');

    const list = await screen.findByRole('list', { name: 'Your sessions' });
    const here = within(list).getByRole('listitem', { name: 'Firefox on Windows (this device)' });
    expect(here).toHaveTextContent('This device');
    expect(here).toHaveTextContent('Password and passkey · from 203.0.113.7');
    expect(within(here).queryByRole('button')).toBeNull();
    expect(within(list).getByRole('listitem', { name: 'Safari on iOS' })).toContainElement(
      within(list).getByRole('button', { name: /^Sign out Safari on iOS/ }),
    );
  });

  it('warns before removing the only factor of an account that needs one', async () => {
    renderWithApi(<AccountSecurityPage />, [cisaPublisherAnswer([]), factors(), sessions([])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Blue YubiKey' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Blue YubiKey?' });
    expect(dialog).toHaveTextContent('It is your only second factor, and your account needs one');
  });

  it('ends another session after saying what happens', async () => {
    const ended = {
      request: { query: END_SESSION, variables: { input: { id: 's2' } } },
      result: { data: { endSession: true } },
    };
    renderWithApi(<AccountSecurityPage />, [
      cisaPublisherAnswer([]),
      factors(),
      sessions([session('s1', true, 'Firefox on Windows'), session('s2', false, 'Safari on iOS')]),
      ended,
      sessions([session('s1', true, 'Firefox on Windows')]),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /^Sign out Safari on iOS/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Sign out Safari on iOS?' });
    expect(dialog).toHaveTextContent('signed out at once');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sign it out' }));
    const list = screen.getByRole('list', { name: 'Your sessions' });
    await screen.findByText('Firefox on Windows');
    await expect.poll(() => within(list).queryByText('Safari on iOS')).toBeNull();
  });

  it('makes new recovery codes after a warning, and shows them once', async () => {
    const codes = Array.from({ length: 10 }, (_, index) => `new${index}-aaaa-bbbb`);
    renderWithApi(<AccountSecurityPage />, [
      cisaPublisherAnswer([]),
      factors(),
      sessions([]),
      { request: { query: REGENERATE_RECOVERY_CODES }, result: { data: { regenerateRecoveryCodes: codes } } },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Make new recovery codes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make new recovery codes?' });
    expect(dialog).toHaveTextContent('Every code you saved before stops working');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make new codes' }));
    const shown = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(
      within(shown)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(codes);
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    await userEvent.click(screen.getByRole('button', { name: 'Done: hide the codes' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
  });
});
