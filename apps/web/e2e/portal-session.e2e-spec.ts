import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  eventually,
  visible,
  type Portal,
  Publisher,
  signInAs,
  startPortal,
  uniqueTitle,
  waitUntilLive,
} from './support/portal';

const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

describeInBrowser('signing in from a browser, and staying in step', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('keeps the access token out of web storage, survives a reload, and signs out on the server', async () => {
    const context = await portal.context();
    const page = await context.newPage();
    const signInAnswer = page.waitForResponse((response) => response.url().endsWith('/auth/session'));
    await signInAs(page, 'clerk@fulton.ga.demo');
    const { accessToken } = (await (await signInAnswer).json()) as { accessToken: string };
    expect(accessToken).toMatch(JWT);

    const stored = await page.evaluate(() => {
      const dump = (storage: Storage) => Object.entries({ ...storage }).map(([key, value]) => `${key}=${value}`);
      return { local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie };
    });
    for (const entry of [...stored.local, ...stored.session]) {
      expect(entry).not.toContain(accessToken);
      expect(entry).not.toMatch(JWT);
    }
    expect(stored.cookie).not.toContain('bulwark_refresh'); // httpOnly: the page cannot read it
    expect(stored.cookie).not.toMatch(JWT);

    await page.reload();
    await visible(page.getByRole('list', { name: 'Bulletins' }), 20_000);
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);

    const cookies = await context.cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'bulwark_refresh');
    const csrf = cookies.find((cookie) => cookie.name === 'bulwark_csrf');
    expect(refresh?.httpOnly).toBe(true);
    expect(refresh?.sameSite).toBe('Strict');
    expect(refresh?.path).toBe('/auth/session');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await visible(page.getByRole('button', { name: 'Sign in' }), 15_000);
    const replay = await fetch(`${portal.url}/auth/session/refresh`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `bulwark_refresh=${refresh?.value}; bulwark_csrf=${csrf?.value}`,
        'x-csrf-token': csrf?.value ?? '',
      },
      body: '{}',
    });
    expect(replay.status).toBe(401);
  });

  it('answers a wrong password in plain words', async () => {
    const page = await (await portal.context()).newPage();
    await page.goto('/');
    await page.getByLabel('Email').fill('clerk@fulton.ga.demo');
    await page.getByLabel(/^Password/).fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await eventually(
      () => page.getByRole('alert').innerText(),
      (text) => expect(text).toContain('Sign-in failed: check the email and password'),
    );
    await eventually(
      () => page.getByRole('alert').innerText(),
      (text) => expect(text).toContain('UNAUTHENTICATED'),
    );
  });

  it('catches up after the network drops: both bulletins published meanwhile appear once, in order', async () => {
    const publisher = await Publisher.signIn(portal.url);
    const context = await portal.context();
    const page = await context.newPage();
    await signInAs(page, 'clerk@fulton.ga.demo');
    await waitUntilLive(page);

    await context.setOffline(true);
    await eventually(
      () => page.getByTestId('live-status').innerText(),
      (text) => expect(text).toMatch(/Offline/),
      10_000,
    );
    const first = await publisher.publish({ title: uniqueTitle('Offline first'), tier: 'GREEN' });
    const second = await publisher.publish({ title: uniqueTitle('Offline second'), tier: 'GREEN' });
    await context.setOffline(false);
    await waitUntilLive(page);

    await page.getByRole('button', { name: /^2 new bulletins/ }).click({ timeout: 20_000 });
    const list = page.getByRole('list', { name: 'Bulletins' });
    expect(await list.getByRole('link', { name: second.title }).count()).toBe(1);
    expect(await list.getByRole('link', { name: first.title }).count()).toBe(1);
    const titles = await list.getByRole('link').allInnerTexts();
    expect(titles.indexOf(second.title)).toBeLessThan(titles.indexOf(first.title)); // newest first
    expect(titles.indexOf(second.title)).toBe(0);
  });
});
