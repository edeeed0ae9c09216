import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  eventually,
  visible,
  expectAccessible,
  type Portal,
  Publisher,
  screenshot,
  signInAs,
  startPortal,
  uniqueTitle,
  waitUntilLive,
} from './support/portal';

const feedList = (page: Page) => page.getByRole('list', { name: 'Bulletins' });

/** What a reader sees at a bulletin address: the page text and the document title. */
async function bulletinAddress(page: Page, id: string): Promise<{ text: string; title: string }> {
  await page.goto(`/bulletins/${id}`);
  const notFound = page.getByTestId('not-found');
  await visible(notFound, 15_000);
  return { text: await notFound.innerText(), title: await page.title() };
}

describeInBrowser('the portal, as election officials use it', () => {
  let portal: Portal;
  let publisher: Publisher;
  beforeAll(async () => {
    portal = await startPortal();
    publisher = await Publisher.signIn(portal.url);
  });
  afterAll(() => portal?.close());

  it('the sign-in page is accessible', async () => {
    const page = await (await portal.context()).newPage();
    await page.goto('/');
    await visible(page.getByRole('heading', { name: 'Sign in' }));
    await eventually(
      () => page.title(),
      (title) => expect(title).toMatch('Sign in · Bulwark'),
    );
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in.png');
  });

  it("a Georgia AMBER bulletin reaches Fulton County's clerk live, is acknowledged, and never reaches Pennsylvania", async () => {
    const clerk = await (await portal.context()).newPage();
    const pennsylvania = await (await portal.context()).newPage();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    await signInAs(pennsylvania, 'official@pa.demo');
    await Promise.all([waitUntilLive(clerk), waitUntilLive(pennsylvania)]);

    const amber = await publisher.publish({
      title: uniqueTitle('Phishing kit aimed at Georgia poll workers'),
      tier: 'AMBER',
      toStates: ['GA'],
      jurisdictions: ['GA'],
      indicators: [
        { type: 'DOMAIN', value: 'ga-pollworker-portal.example' },
        { type: 'IPV4', value: '203.0.113.45' },
        { type: 'SHA256', value: 'a'.repeat(64) },
      ],
    });
    // A GREEN bulletin right after: Pennsylvania receives it, so its socket was live when the AMBER one went out.
    const green = await publisher.publish({ title: uniqueTitle('Voter-registration lookup outage'), tier: 'GREEN' });

    // No reload: the bulletins wait behind a bar until the clerk asks for them.
    await clerk.getByRole('button', { name: /^2 new bulletins/ }).click({ timeout: 20_000 });
    await visible(feedList(clerk).getByRole('link', { name: amber.title }));
    await visible(feedList(clerk).getByRole('link', { name: green.title }));
    await expectAccessible(clerk, 'feed');
    await screenshot(clerk, 'feed.png');

    await pennsylvania.getByRole('button', { name: /^1 new bulletin/ }).click({ timeout: 20_000 });
    await visible(feedList(pennsylvania).getByRole('link', { name: green.title }));
    expect(await pennsylvania.getByText(amber.title).count()).toBe(0);

    await feedList(clerk).getByRole('link', { name: amber.title }).click();
    await visible(clerk.getByRole('heading', { level: 1, name: amber.title }));
    await visible(clerk.getByRole('note', { name: /TLP:AMBER/ }));
    await eventually(
      () => clerk.getByRole('note', { name: /TLP:AMBER/ }).innerText(),
      (text) => expect(text).toContain('share within your organization'),
    );
    await visible(clerk.getByRole('cell', { name: '203.0.113.45' }));
    await expectAccessible(clerk, 'bulletin');
    await screenshot(clerk, 'bulletin.png', { fullPage: true });
    await clerk.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await visible(clerk.getByText(/Acknowledged/));
    await clerk.reload();
    await visible(clerk.getByRole('heading', { level: 1, name: amber.title }), 15_000);
    await visible(clerk.getByText(/Acknowledged/));
    expect(await clerk.getByRole('button', { name: 'Acknowledge receipt' }).count()).toBe(0);

    // Pennsylvania: the bulletin's own address looks exactly like an address that never existed (R15).
    const forbidden = await bulletinAddress(pennsylvania, amber.id);
    const madeUp = await bulletinAddress(pennsylvania, '7d1e0c2a-4b7f-4c55-9a0e-3f8b2d6c9e11');
    expect(forbidden).toEqual(madeUp);
    expect(forbidden.text).not.toContain(amber.title);

    // …and search does not find it, though the same words find the GREEN one for the clerk.
    const words = amber.title.split(' ').slice(0, 3).join(' ');
    await pennsylvania.goto('/search');
    await pennsylvania.getByRole('textbox', { name: 'Search bulletins' }).fill(words);
    await pennsylvania.keyboard.press('Enter');
    await visible(pennsylvania.getByText(/No bulletins match/), 15_000);
    expect(await pennsylvania.getByText(amber.title).count()).toBe(0);
  });

  it('finds a bulletin by an IP address inside one of its CIDR blocks, and by a word, highlighted', async () => {
    const word = `Quillfeather${Math.random().toString(36).slice(2, 6)}`;
    const bulletin = await publisher.publish({
      title: `${word} scanning of county election networks`,
      tier: 'GREEN',
      indicators: [{ type: 'CIDR', value: '198.51.100.0/24' }],
    });
    const clerk = await (await portal.context()).newPage();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    await clerk.getByRole('link', { name: 'Search', exact: true }).first().click();
    const box = clerk.getByRole('textbox', { name: 'Search bulletins' });
    await box.fill('198.51.100.77');
    await box.press('Enter');
    await visible(clerk.getByText(/Searching indicators for/), 15_000);
    await visible(feedList(clerk).getByRole('link', { name: bulletin.title }), 15_000);
    expect(clerk.url()).toMatch(/q=198\.51\.100\.77/);

    await box.fill(word);
    await box.press('Enter');
    await visible(feedList(clerk).locator('mark', { hasText: word }), 15_000);
    await eventually(
      () => clerk.title(),
      (title) => expect(title).toMatch(new RegExp(`Search: ${word}`)),
    );
    await expectAccessible(clerk, 'search');
    await screenshot(clerk, 'search.png');
  });

  it('works at 375 px, and the keyboard reaches the first bulletin with a visible focus', async () => {
    const page = await (await portal.context({ width: 375, height: 812 })).newPage();
    await signInAs(page, 'clerk@fulton.ga.demo');
    await waitUntilLive(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375); // nothing wider than the phone
    await screenshot(page, 'feed-mobile.png');

    const desktop = await (await portal.context()).newPage();
    await signInAs(desktop, 'clerk@fulton.ga.demo');
    const firstTitle = await feedList(desktop).getByRole('link').first().innerText();
    let reached = false;
    for (let press = 0; press < 60 && !reached; press++) {
      await desktop.keyboard.press('Tab');
      reached = await desktop.evaluate(
        (title) => document.activeElement?.textContent?.trim() === title.trim(),
        firstTitle,
      );
    }
    expect(reached, 'Tab reaches the first bulletin').toBe(true);
    const outline = await desktop.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});
