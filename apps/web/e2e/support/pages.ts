import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './portal';
import { eventually, visible } from './waits';

/** The list of bulletins on the feed, a saved feed and search. */
export const bulletinList = (page: Page): Locator => page.getByRole('list', { name: 'Bulletins' });

/** A bulletin in that list, by its title (the link that opens it). */
export const listedBulletin = (page: Page, title: string): Locator =>
  bulletinList(page).getByRole('link', { name: title, exact: true });

/** The bar that shows bulletins which arrived live: "1 new bulletin — show", "2 new bulletins — show". */
export const newBulletinsBar = (page: Page, count: number): Locator =>
  page.getByRole('button', { name: `${count} new ${count === 1 ? 'bulletin' : 'bulletins'} — show`, exact: true });

/** Any such bar, whatever its count. */
export const anyNewBulletinsBar = (page: Page): Locator => page.getByRole('button', { name: /^\d+ new bulletins? —/ });

export const liveStatus = (page: Page): Locator => page.getByTestId('live-status');

/** Signs in through the portal's own form (at `/`, which shows it to a stranger) and waits for the feed. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await fillSignIn(page, email, password);
  await visible(bulletinList(page), 20_000);
}

export async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Sets a mark on the page's window: still there later means the page was never reloaded. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { bulwarkTestMark: true }));
}

/** Whether the mark of markDocument is still on the window: the same document, never reloaded. */
export async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => 'bulwarkTestMark' in window);
}

/** The feed's live status once its socket is up. */
export async function waitUntilLive(page: Page, timeout = 20_000): Promise<void> {
  await eventually(
    () => liveStatus(page).innerText(),
    (text) => text === 'Live',
    timeout,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Searches from the search page (through the header's link, as a reader does) and waits for this search's answer:
 * results, or "No bulletins match".
 */
export async function searchFor(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Search', exact: true }).first().click();
  await page.waitForURL((url) => url.pathname === '/search' && !url.searchParams.has('q'));
  const box = page.getByRole('textbox', { name: 'Search bulletins' });
  // The box starts over for each search (a new form): type only once the previous search's is gone.
  await eventually(
    () => box.inputValue(),
    (value) => value === '',
    10_000,
    'an empty search box',
  );
  await box.fill(text);
  await box.press('Enter');
  // "Bulletins mentioning …" or "Searching indicators for …": what shows below is this search's answer.
  await visible(page.getByText(new RegExp(`^(Bulletins mentioning|Searching indicators for) ${escapeRegExp(text)}`)));
  await visible(bulletinList(page).or(page.getByText(/^No bulletins match/)));
}
