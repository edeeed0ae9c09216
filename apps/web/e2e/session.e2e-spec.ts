import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/checks';
import { bulletinList, fillSignIn, signInAs } from './support/pages';
import { DEMO_PASSWORD, describeInBrowser, usePortal } from './support/portal';
import { eventually, visible } from './support/waits';

/** Anything shaped like a JSON Web Token (header.payload.signature, base64url). */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

/** Every key and value the page has put in web storage, and the cookies its script can read. */
async function readableByScript(page: Page): Promise<{ local: string[]; session: string[]; cookie: string }> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '').map(
        (key) => `${key}=${storage.getItem(key) ?? ''}`,
      );
    return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie };
  });
}

function expectNoToken(stored: { local: string[]; session: string[]; cookie: string }, accessToken: string): void {
  for (const entry of [...stored.local, ...stored.session]) {
    expect(entry).not.toContain(accessToken);
    expect(entry).not.toMatch(JWT);
    expect(entry.toLowerCase()).not.toMatch(/token|refresh|bearer/);
  }
  expect(stored.cookie).not.toContain(accessToken);
  expect(stored.cookie).not.toMatch(JWT);
  expect(stored.cookie, 'the refresh cookie is httpOnly').not.toContain('bulwark_refresh');
}

/** POST /auth/session/refresh from outside the browser, with a session's cookies and its CSRF token. */
async function refreshWith(url: string, refresh: string, csrf: string): Promise<Response> {
  return fetch(`${url}/auth/session/refresh`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `bulwark_refresh=${refresh}; bulwark_csrf=${csrf}`,
      'x-csrf-token': csrf,
    },
    body: '{}',
  });
}

/** The two session cookies of a Set-Cookie answer (a sign-in from outside the browser). */
function sessionCookiesOf(response: Response): { refresh: string; csrf: string } {
  const values = new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    }),
  );
  return { refresh: values.get('bulwark_refresh') ?? '', csrf: values.get('bulwark_csrf') ?? '' };
}

describeInBrowser('signing in from a browser', () => {
  const portal = usePortal();

  it('the sign-in page: accessible, and what a stranger sees first', async () => {
    const page = await portal.page();
    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
    expect(await page.title()).toBe('Sign in · Bulwark');
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in.png');
  });

  it('keeps the access token in memory only, survives a reload, and signs out on the server', async () => {
    const context = await portal.context();
    const page = await context.newPage();
    const signInAnswer = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/auth/session' && response.request().method() === 'POST',
    );
    await signInAs(page, 'clerk@fulton.ga.demo');
    const answer = await signInAnswer;
    expect(answer.status()).toBe(200);
    const { accessToken } = (await answer.json()) as { accessToken: string };
    expect(accessToken).toMatch(JWT);
    expectNoToken(await readableByScript(page), accessToken);

    // The refresh token: httpOnly, SameSite=Strict, sent only to the session routes.
    const cookies = await context.cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'bulwark_refresh');
    const csrf = cookies.find((cookie) => cookie.name === 'bulwark_csrf');
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth/session' });
    expect(csrf).toMatchObject({ httpOnly: false, sameSite: 'Strict', path: '/' });

    // A reload forgets the in-memory token: the page renews it through the cookie and shows the feed again.
    const renewal = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/session/refresh');
    await page.reload();
    expect((await renewal).status()).toBe(200);
    await visible(bulletinList(page), 20_000);
    expect(await page.getByRole('button', { name: 'Sign in' }).count(), 'the sign-in form after a reload').toBe(0);
    expectNoToken(await readableByScript(page), accessToken);

    // Sign out: back to the sign-in page; the cookies this browser held are now worthless.
    const held = await context.cookies();
    const heldRefresh = held.find((cookie) => cookie.name === 'bulwark_refresh')?.value ?? '';
    const heldCsrf = held.find((cookie) => cookie.name === 'bulwark_csrf')?.value ?? '';
    expect(heldRefresh).not.toBe('');
    const logout = page.waitForResponse((response) => new URL(response.url()).pathname === '/auth/session/logout');
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect((await logout).status()).toBe(200);
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('bulwark_refresh');

    const replay = await refreshWith(portal.url, heldRefresh, heldCsrf);
    expect(replay.status, 'the old refresh cookie after sign-out').toBe(401);
    expect(await replay.text()).toContain('UNAUTHENTICATED');

    // The same request with a live session's cookies is accepted: the 401 above is the sign-out's doing.
    const outside = await fetch(`${portal.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'clerk@fulton.ga.demo', password: DEMO_PASSWORD }),
    });
    expect(outside.status).toBe(200);
    const live = sessionCookiesOf(outside);
    expect((await refreshWith(portal.url, live.refresh, live.csrf)).status).toBe(200);

    // And a reload after sign-out stays on the sign-in page.
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }), 20_000);
  });

  it('answers a wrong password with the plain sign-in-failed message', async () => {
    const page = await portal.page();
    await page.goto('/');
    await fillSignIn(page, 'clerk@fulton.ga.demo', 'not the password');
    const alert = page.getByRole('alert');
    await eventually(
      () => alert.innerText(),
      (text) => text.includes('Sign-in failed: check the email and password, or try again later.'),
      15_000,
      'the sign-in-failed message',
    );
    expect(await alert.innerText()).toContain('Code UNAUTHENTICATED');
    expect(await page.getByLabel(/^Password/).inputValue(), 'the password is cleared').toBe('');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});
