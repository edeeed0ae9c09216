import { expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/checks';
import { bulletinList, signInAs, waitUntilLive } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';

// The sign-in, feed, bulletin and search pages are scanned where their journeys bring them up (session, live-feed
// and search specs); here: the feed on a phone, and the keyboard.
describeInBrowser('the feed on a phone, and by keyboard', () => {
  const portal = usePortal();

  it('fits 375 px without sideways scrolling, and passes the scan there', async () => {
    const page = await portal.page({ width: 375, height: 812 });
    await signInAs(page, 'clerk@fulton.ga.demo');
    await waitUntilLive(page);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.viewport).toBe(375);
    expect(widths.document, 'nothing wider than the phone').toBeLessThanOrEqual(375);
    expect(widths.body).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'feed (375 px)');
    await screenshot(page, 'feed-mobile.png');

    // The sections fold into a menu that opens.
    await page.getByRole('button', { name: 'Open the menu' }).click();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('textbox', { name: 'Search bulletins' }).waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('Tab reaches the first bulletin in the feed, with a visible focus ring', async () => {
    const page = await portal.page();
    await signInAs(page, 'clerk@fulton.ga.demo');
    await waitUntilLive(page);
    const first = bulletinList(page).getByRole('link').first();
    await first.waitFor({ state: 'visible' });

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');

    let presses = 1;
    while (!(await first.evaluate((link) => link === document.activeElement)) && presses < 60) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await first.evaluate((link) => link === document.activeElement), 'Tab reaches the first bulletin').toBe(
      true,
    );
    const ring = await first.evaluate((link) => {
      const style = getComputedStyle(link);
      return {
        focusVisible: link.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    expect(ring.focusVisible).toBe(true);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    process.stdout.write(`  keyboard: the first bulletin after ${presses} presses of Tab\n`);
  });
});
