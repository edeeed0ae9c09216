import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { BrowserSession, type BrowserSessionDeps } from './browser-session';
import { BEGIN_TOTP_ENROLMENT } from './second-factor/second-factor-queries';
import { SessionProvider } from './session-context';
import { SINGLE_SIGN_ON } from './sso/sso-queries';
import { SignInPage } from './sign-in-page';

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** /auth/session and friends: answers by path, in order; records what the page sent. */
function fakeServer(answers: Record<string, Answer[]>) {
  const sent: { path: string; body: unknown }[] = [];
  const deps: BrowserSessionDeps = {
    fetch: (input, init) => {
      const path = input instanceof Request ? input.url : input.toString();
      sent.push({ path, body: JSON.parse((init?.body as string | undefined) ?? 'null') });
      const answer = answers[path]?.shift();
      if (!answer) return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status }));
    },
    readCookies: () => '',
    now: () => Date.now(),
    withLock: (_name, task) => task(),
  };
  return { deps, sent };
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const tokens = { accessToken: 'access-1', accessTokenExpiresAt: inMinutes(15) };
const refused = (message: string): Answer => ({
  status: 401,
  body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED', requestId: 'r-1' } }] },
});
const challenge = (overrides: object = {}): Answer => ({
  status: 200,
  body: {
    secondFactor: {
      challengeToken: 'ch-1',
      expiresAt: inMinutes(5),
      methods: ['TOTP', 'RECOVERY_CODE'],
      enrolmentRequired: false,
      ...overrides,
    },
  },
});

async function showSignIn(answers: Record<string, Answer[]>, mocks: MockLink.MockedResponse[] = [], at = '/sign-in') {
  const server = fakeServer(answers);
  const session = new BrowserSession(server.deps);
  await session.resume();
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/', element: <p>The feed</p> },
    ],
    { initialEntries: [at] },
  );
  render(
    <MantineProvider>
      <SessionProvider session={session}>
        <MockedProvider mocks={mocks}>
          <RouterProvider router={router} />
        </MockedProvider>
      </SessionProvider>
    </MantineProvider>,
  );
  return { ...server, session };
}

async function typePassword(email = 'publisher@cisa.example') {
  await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), email);
  await userEvent.type(screen.getByLabelText(/^Password/), 'correct horse');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in with a second step', () => {
  it('asks for the app’s code after the password, says a wrong one was not accepted, and opens on the right one', async () => {
    const { sent } = await showSignIn({
      '/auth/session': [challenge()],
      '/auth/session/second-factor': [
        refused('That code is not valid. Try again, or use another method.'),
        { status: 200, body: tokens },
      ],
    });
    await typePassword();
    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm it’s you' })).toBeVisible();
    expect(document.title).toBe('Confirm it’s you · Bulwark');
    const code = screen.getByRole('textbox', { name: /^6-digit code/ });
    await userEvent.type(code, '111 111');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not accepted');
    expect(alert).toHaveTextContent('That code is not valid');
    expect(screen.getByRole('textbox', { name: /^6-digit code/ })).toHaveValue('');

    await userEvent.type(screen.getByRole('textbox', { name: /^6-digit code/ }), '222222');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The feed')).toBeVisible();
    expect(sent.map((request) => request.body)).toEqual([
      { email: 'publisher@cisa.example', password: 'correct horse' },
      { challengeToken: 'ch-1', totpCode: '111111' },
      { challengeToken: 'ch-1', totpCode: '222222' },
    ]);
  });

  it('offers the other methods the person has: a recovery code', async () => {
    const { sent } = await showSignIn({
      '/auth/session': [challenge()],
      '/auth/session/second-factor': [{ status: 200, body: tokens }],
    });
    await typePassword();
    await userEvent.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await userEvent.type(screen.getByRole('textbox', { name: /^Recovery code/ }), 'abcd-efgh-jkmn');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The feed')).toBeVisible();
    expect(sent.at(-1)?.body).toEqual({ challengeToken: 'ch-1', recoveryCode: 'abcd-efgh-jkmn' });
  });

  it('sends the reader back to the password when the second step is over, saying why', async () => {
    await showSignIn({
      '/auth/session': [challenge()],
      '/auth/session/second-factor': [refused('This sign-in has expired. Sign in again.')],
    });
    await typePassword();
    await userEvent.type(await screen.findByRole('textbox', { name: /^6-digit code/ }), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('That sign-in is over');
  });

  it('says when the time for the second step has run out, and starts again', async () => {
    await showSignIn({ '/auth/session': [challenge({ expiresAt: new Date(Date.now() - 1_000).toISOString() })] });
    await typePassword();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in again' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('that time has passed');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  it('one who must enrol sets up an app: QR code and typed key, first code, codes saved, then signed in', async () => {
    const codes = Array.from({ length: 10 }, (_, index) => `code-${index}-xxxx-yyyy`);
    const seed = {
      request: { query: BEGIN_TOTP_ENROLMENT, variables: { input: { challengeToken: 'ch-1' } } },
      result: {
        data: {
          beginTotpEnrolment: {
            __typename: 'TotpEnrolment',
            secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
            otpauthUri:
              'otpauth://totp/Bulwark:publisher%40cisa.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Bulwark',
            qrCodeSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
          },
        },
      },
    };
    const { sent, session } = await showSignIn(
      {
        '/auth/session': [challenge({ methods: [], enrolmentRequired: true, expiresAt: inMinutes(15) })],
        '/auth/session/enrolment/totp': [{ status: 200, body: { ...tokens, recoveryCodes: codes } }],
      },
      [seed],
    );
    await typePassword();
    expect(await screen.findByRole('heading', { level: 1, name: 'Protect your account' })).toBeVisible();
    expect(screen.getByText(/Publishers and administrators must protect their account/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));
    expect(await screen.findByRole('img', { name: 'QR code to scan with your authenticator app' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/),
    );
    expect(screen.getByTestId('totp-secret')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(screen.getByRole('link', { name: 'Add Bulwark to the app here' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^otpauth:\/\/totp\//),
    );
    await userEvent.type(screen.getByRole('textbox', { name: /^6-digit code/ }), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm the code' }));

    expect(await screen.findByRole('heading', { name: 'Save your recovery codes' })).toBeVisible();
    expect(screen.getByText('Your authenticator app is set up.', { exact: false })).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    const proceed = screen.getByRole('button', { name: 'Continue to Bulwark' });
    expect(proceed).toBeDisabled();
    expect(session.status).toBe('signed-out');
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }));
    await userEvent.click(proceed);
    expect(await screen.findByText('The feed')).toBeVisible();
    expect(sent.at(-1)).toEqual({
      path: '/auth/session/enrolment/totp',
      body: { challengeToken: 'ch-1', code: '123456' },
    });
  });

  it('after single sign-on: the second step from the fragment, which leaves the address', async () => {
    const { sent } = await showSignIn(
      { '/auth/session/second-factor': [{ status: 200, body: tokens }] },
      [],
      `/sign-in#challenge=sso-1&methods=TOTP&enrolmentRequired=false&expiresAt=${encodeURIComponent(inMinutes(5))}`,
    );
    expect(await screen.findByText(/Your organization signed you in/)).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: /^6-digit code/ }), '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('The feed')).toBeVisible();
    expect(sent).toEqual([
      { path: '/auth/session/second-factor', body: { challengeToken: 'sso-1', totpCode: '123456' } },
    ]);
  });

  it('says in words why single sign-on failed', async () => {
    await showSignIn({}, [], '/sign-in?sso=not_allowed');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Single sign-on did not sign you in');
    expect(alert).toHaveTextContent('That account cannot sign in to Bulwark this way');
  });
});

describe('the sign-in page without a second step', () => {
  it('offers single sign-on when the typed address’s organization has an identity provider', async () => {
    const option = {
      request: { query: SINGLE_SIGN_ON, variables: { email: 'analyst@cisa.example' } },
      result: {
        data: {
          singleSignOn: [
            {
              __typename: 'SingleSignOnOption',
              organizationId: 'o-cisa',
              organizationName: 'CISA',
              startUrl: 'http://localhost:3000/auth/sso/o-cisa/start',
            },
          ],
        },
      },
    };
    await showSignIn({}, [option]);
    await userEvent.type(screen.getByRole('textbox', { name: /^Email/ }), 'analyst@cisa.example');
    const link = await screen.findByRole('link', { name: 'Sign in through CISA' }, { timeout: 3_000 });
    expect(link).toHaveAttribute('href', 'http://localhost:3000/auth/sso/o-cisa/start');
  });

  it('still signs in on the password alone when none is due', async () => {
    await showSignIn({ '/auth/session': [{ status: 200, body: tokens }] });
    await typePassword('clerk@fulton.example');
    await waitFor(() => expect(screen.getByText('The feed')).toBeVisible());
  });
});
