import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/checks';
import {
  anyNewBulletinsBar,
  bulletinList,
  listedBulletin,
  markDocument,
  newBulletinsBar,
  sameDocument,
  searchFor,
  signInAs,
  waitUntilLive,
} from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { Publisher } from './support/publisher';
import { eventually, visible } from './support/waits';

/** What a reader sees at a bulletin's address opened directly: the whole page's words and the document title. */
async function openDirectly(page: Page, id: string): Promise<{ page: string; notFound: string; title: string }> {
  await page.goto(`/bulletins/${id}`);
  await visible(page.getByTestId('not-found'));
  return {
    page: await page.locator('#main').innerText(),
    notFound: await page.getByTestId('not-found').innerText(),
    title: await page.title(),
  };
}

describeInBrowser('the live feed: an AMBER bulletin for Georgia', () => {
  const portal = usePortal();

  it("reaches Fulton County's clerk without a reload, is acknowledged for good, and never reaches Pennsylvania", async () => {
    const publisher = await Publisher.signIn(portal.url);
    const clerk = await portal.page();
    const pennsylvania = await portal.page();
    await Promise.all([signInAs(clerk, 'clerk@fulton.ga.demo'), signInAs(pennsylvania, 'official@pa.demo')]);
    await Promise.all([waitUntilLive(clerk), waitUntilLive(pennsylvania)]);
    await Promise.all([markDocument(clerk), markDocument(pennsylvania)]);

    // CISA sends it to Georgia's office; Fulton County is one of its clients (AMBER reaches them).
    const amber = await publisher.publish({
      title: 'Phishing kit aimed at Georgia poll workers',
      summary:
        'A phishing kit imitates the poll-worker training portal and asks for county credentials. Block its domain and address and warn your poll workers.',
      tier: 'AMBER',
      toStates: ['GA'],
      jurisdictions: ['GA'],
      indicators: [
        { type: 'DOMAIN', value: 'ga-pollworker-training.example' },
        { type: 'IPV4', value: '203.0.113.45' },
        { type: 'URL', value: 'https://ga-pollworker-training.example/login' },
        { type: 'SHA256', value: '9f2c4e1b7a0d3c6e8f5a2b4d6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e' },
      ],
      references: ['https://www.cisa.gov/topics/election-security'],
      tags: ['phishing', 'poll-workers'],
    });

    // The clerk, already on the feed: the bulletin waits behind a bar, nothing moves until they ask.
    await newBulletinsBar(clerk, 1).click({ timeout: 15_000 });
    await visible(listedBulletin(clerk, amber.title));
    expect(await sameDocument(clerk), 'arrived without a reload').toBe(true);

    // A GREEN bulletin after it, for everyone: Pennsylvania's feed receives this one, so its socket was up when
    // the AMBER one went out, and its bar counts this one alone.
    const green = await publisher.publish({
      title: 'Outage of a voter-registration lookup service',
      summary: 'A hosting provider outage took several states’ registration lookups offline for two hours.',
      tier: 'GREEN',
    });
    await visible(anyNewBulletinsBar(pennsylvania), 15_000);
    expect(await anyNewBulletinsBar(pennsylvania).innerText()).toBe('1 new bulletin — show');
    await anyNewBulletinsBar(pennsylvania).click();
    await visible(listedBulletin(pennsylvania, green.title));
    expect(await sameDocument(pennsylvania)).toBe(true);
    expect(await pennsylvania.getByText(amber.title).count(), "the AMBER title on Pennsylvania's feed").toBe(0);

    await newBulletinsBar(clerk, 1).click({ timeout: 15_000 });
    await visible(listedBulletin(clerk, green.title));
    const titles = await bulletinList(clerk).getByRole('link').allInnerTexts();
    expect(titles.slice(0, 2)).toEqual([green.title, amber.title]); // newest first
    await clerk.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await clerk.mouse.move(0, 0);
    await expectAccessible(clerk, 'feed');
    await screenshot(clerk, 'feed.png');

    // The clerk opens it: the AMBER banner and its sharing rule, the indicators; then acknowledges it.
    await listedBulletin(clerk, amber.title).click();
    await visible(clerk.getByRole('heading', { level: 1, name: amber.title }));
    const banner = clerk.getByRole('note', { name: /TLP:AMBER/ });
    await visible(banner);
    expect(await banner.innerText()).toContain('TLP:AMBER');
    expect(await banner.innerText()).toContain('share within your organization and its clients');
    await visible(clerk.getByRole('cell', { name: '203.0.113.45', exact: true }));
    expect(await sameDocument(clerk), 'opened inside the app').toBe(true);
    await expectAccessible(clerk, 'bulletin');
    await screenshot(clerk, 'bulletin.png', { fullPage: true });

    await clerk.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await visible(clerk.getByText(/^Acknowledged/));

    // A reload: still signed in (the page, not the sign-in form), and still acknowledged, from the server.
    await clerk.reload();
    await visible(clerk.getByRole('heading', { level: 1, name: amber.title }), 20_000);
    await visible(clerk.getByText(/^Acknowledged/));
    expect(await clerk.getByRole('button', { name: 'Acknowledge receipt' }).count()).toBe(0);
    expect(await clerk.getByRole('button', { name: 'Sign in' }).count()).toBe(0);

    // What Fulton did about it, for Fulton's own members: a note, kept across a reload.
    const notes = clerk.getByRole('region', { name: /^Notes for / });
    await notes
      .getByLabel('Add a note')
      .fill('Forwarded to our poll-worker training lead; the link was removed from our site.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    const saved = notes.getByRole('list', { name: 'Notes' }).getByRole('listitem');
    await visible(saved.getByText('Forwarded to our poll-worker training lead', { exact: false }));
    expect(await saved.innerText()).toMatch(/^Forwarded to our poll-worker training lead.*\nYou, /s);
    expect(await notes.getByLabel('Add a note').inputValue(), 'the box is cleared for the next note').toBe('');
    await notes.scrollIntoViewIfNeeded();
    await screenshot(clerk, 'bulletin-notes.png');

    // For the county's threat-intelligence tool: the bulletin as a STIX 2.1 file, under its TLP:AMBER marking.
    const [download] = await Promise.all([
      clerk.waitForEvent('download'),
      clerk.getByRole('button', { name: 'Download STIX 2.1' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.stix\.json$/);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      objects: { type: string; name?: string; pattern?: string }[];
    };
    expect(bundle.objects.find((object) => object.type === 'report')?.name).toBe(amber.title);
    expect(bundle.objects.map((object) => object.pattern)).toContain("[ipv4-addr:value = '203.0.113.45']");

    // Pennsylvania: the bulletin's own address looks exactly like an address that never existed (R15).
    const forbidden = await openDirectly(pennsylvania, amber.id);
    const madeUp = await openDirectly(pennsylvania, '7d1e0c2a-4b7f-4c55-9a0e-3f8b2d6c9e11');
    expect(forbidden).toEqual(madeUp);
    expect(forbidden.title).toBe('Not found · Bulwark');
    expect(forbidden.page).not.toContain(amber.title);

    // Its feed, loaded afresh, has the GREEN bulletin and not the AMBER one.
    await pennsylvania.goto('/');
    await visible(listedBulletin(pennsylvania, green.title));
    expect(await pennsylvania.getByText(amber.title).count(), "on Pennsylvania's feed, reloaded").toBe(0);

    // …and search: its title's words and its indicator find it for the clerk, and nothing of it for Pennsylvania.
    await searchFor(clerk, amber.title);
    await visible(listedBulletin(clerk, amber.title));
    await searchFor(pennsylvania, amber.title);
    expect(await pennsylvania.getByRole('link', { name: amber.title }).count(), "in Pennsylvania's search").toBe(0);
    await searchFor(clerk, 'ga-pollworker-training.example');
    await visible(listedBulletin(clerk, amber.title));
    await searchFor(pennsylvania, 'ga-pollworker-training.example');
    expect(await pennsylvania.getByRole('link', { name: amber.title }).count(), 'by its indicator').toBe(0);
    await eventually(
      () => pennsylvania.title(),
      (title) => title.startsWith('Search: ga-pollworker-training.example'),
      5_000,
      'the search page title',
    );
  });
});
