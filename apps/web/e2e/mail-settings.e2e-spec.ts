import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, screenshot } from './support/checks';
import { signInAs } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { Publisher } from './support/publisher';
import { eventually, visible } from './support/waits';

/** Georgia's official: no demo feed of theirs mails them, so the one mail a bulletin gets is this test's feed's. */
const OFFICIAL = 'official@ga.demo';
const GA_ADMIN = 'admin@ga.demo';
/**
 * How long a published bulletin may take to show as sent: an idle mail worker may wait for its next idle check
 * (60 s) before it plans a publication.
 */
const MAIL_WAIT_MS = 90_000;
const URGENT_THEN_DAILY = 'Immediately for HIGH and CRITICAL, the rest in a daily digest';

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });

/** An administration page's tab, once "Administration" in the header has been opened. */
async function administration(page: Page, name: string) {
  await section(page, 'Administration').click();
  return page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name, exact: true });
}

/** Saves the feed filtered to Georgia as a saved feed, through the feed page's own button, and opens it. */
async function saveGeorgiaFeed(page: Page, name: string): Promise<void> {
  await page.goto('/?state=GA');
  await page.getByRole('button', { name: 'Save this view as a feed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this view as a feed' });
  await dialog.getByRole('textbox', { name: /^Name of the feed/ }).fill(name);
  await dialog.getByRole('button', { name: 'Save feed' }).click();
  await page.waitForURL(/\/feeds\/[\w-]+$/);
  await visible(page.getByRole('heading', { name, level: 1 }));
}

/** The text of a delivery-records table's rows, once it has some. */
async function recordRows(page: Page, table: string): Promise<string[]> {
  return page.getByRole('table', { name: table }).locator('tbody tr').allInnerTexts();
}

/** A row of "Your e-mail" for a sent mail from the feed this test saves. */
const isSentForThisFeed = (row: string) => row.includes('Sent') && row.includes('Feed: Georgia bulletins');

describeInBrowser('e-mail settings', () => {
  // Mail goes to files in the data directory (no SMTP_URL), looked at every 200 ms.
  const portal = usePortal({ MAIL_POLL_MS: '200' });

  it('a state election official sets a feed to HIGH+ at once and the rest daily, sees it kept, and the e-mail sent', async () => {
    const page = await portal.page();
    await signInAs(page, OFFICIAL);
    await saveGeorgiaFeed(page, 'Georgia bulletins');

    const summary = page.getByTestId('feed-mail-summary');
    expect((await summary.innerText()).trim()).toBe('No e-mail: new bulletins show here only.');
    await page.getByRole('button', { name: 'Set up e-mail' }).click();
    const dialog = page.getByRole('dialog', { name: 'E-mail for “Georgia bulletins”' });
    await visible(dialog);
    expect(await dialog.innerText()).toContain(`to ${OFFICIAL}`);
    await dialog.getByRole('radio', { name: URGENT_THEN_DAILY }).check();
    await dialog.getByRole('combobox', { name: 'Daily digest at' }).selectOption('6');
    // The browser's own time zone, unless the official picks another.
    expect(await dialog.getByRole('textbox', { name: 'Time zone' }).inputValue()).toBe('Eastern Time (New York)');
    expect(await dialog.getByTestId('next-digest').innerText()).toMatch(
      /^Next digest: \w{3}, \w{3} \d+, 6:00 AM E[SD]T/,
    );
    await expectAccessible(page, 'feed e-mail dialog');
    await screenshot(page, 'feed-mail-dialog.png');
    await dialog.getByRole('button', { name: 'Save e-mail settings' }).click();

    const saved = page.getByRole('status').filter({ hasText: 'Saved:' });
    await visible(saved);
    expect(await saved.innerText()).toContain(
      `Saved: ${URGENT_THEN_DAILY} at 6:00 AM, Eastern Time (New York). Next digest:`,
    );
    expect(await dialog.count()).toBe(0);
    await screenshot(page, 'feed-mail.png');

    // Kept by the API, not only on this page.
    await page.reload();
    await visible(summary);
    const kept = await summary.innerText();
    expect(kept).toContain(`${URGENT_THEN_DAILY} at 6:00 AM, Eastern Time (New York)`);
    expect(kept).toMatch(/Next digest: \w{3}, \w{3} \d+, 6:00 AM E[SD]T/);
    await expectAccessible(page, 'saved feed with e-mail');

    // A HIGH bulletin for Georgia is mailed at once.
    const publisher = await Publisher.signIn(portal.url);
    await publisher.publish({
      title: 'Credential phishing aimed at Georgia county election staff',
      tier: 'AMBER',
      toStates: ['GA'],
      jurisdictions: ['GA'],
    });

    // "Your e-mail", from the account's pages.
    await page.getByRole('link', { name: /Account security/ }).click();
    await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Your e-mail' }).click();
    await visible(page.getByRole('heading', { name: 'Your e-mail', level: 1 }));
    const rows = await eventually(
      async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return recordRows(page, 'Your e-mail');
      },
      (list) => list.some(isSentForThisFeed),
      MAIL_WAIT_MS,
      'the bulletin e-mail sent',
    );
    const sent = rows.find(isSentForThisFeed) ?? '';
    expect(sent).toContain('Immediate');
    expect(sent).toContain(OFFICIAL);
    // The record never names the bulletin.
    expect(rows.join('\n')).not.toContain('Credential phishing');
    await expectAccessible(page, 'your e-mail');
    await screenshot(page, 'account-mail.png');

    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, OFFICIAL);
    await phone.goto('/account/mail');
    await visible(phone.getByRole('table', { name: 'Your e-mail' }));
    await expectNoSidewaysScroll(phone);
    await screenshot(phone, 'account-mail-mobile.png');
  });

  it("Georgia's administrator adds a shared mailbox with a subscription, and sees what it was sent", async () => {
    const page = await portal.page();
    await signInAs(page, GA_ADMIN);
    await (await administration(page, 'E-mail')).click();
    await visible(page.getByRole('heading', { name: 'E-mail', level: 1 }));

    const detail = page.getByRole('region', { name: 'What e-mail may say' });
    expect(await detail.getByRole('radio', { name: 'Standard' }).isChecked()).toBe(true);

    const mailboxes = page.getByRole('region', { name: 'Shared mailboxes' });
    await mailboxes.getByRole('button', { name: 'Add a mailbox' }).click();
    const add = page.getByRole('dialog', { name: 'Add a shared mailbox' });
    await add.getByRole('textbox', { name: /^Name/ }).fill('Elections office');
    await add.getByRole('textbox', { name: /^E-mail address/ }).fill('Elections@SOS.ga.example');
    await add.getByRole('button', { name: 'Add the mailbox' }).click();
    const mailbox = mailboxes.getByRole('listitem', { name: 'Elections office' });
    await visible(mailbox);
    expect(await mailbox.innerText()).toContain('elections@sos.ga.example');

    await mailbox.getByRole('button', { name: 'Add a subscription to Elections office' }).click();
    const form = page.getByRole('dialog', { name: 'Add a subscription to “Elections office”' });
    await form.getByRole('textbox', { name: /^Name/ }).fill('Georgia, high and above');
    await form.getByRole('region', { name: 'Filters' }).getByRole('textbox', { name: 'Minimum severity' }).click();
    await page.getByRole('option', { name: 'High and above' }).click();
    await form.getByRole('radio', { name: 'Immediately', exact: true }).check();
    await expectAccessible(page, 'mailbox subscription');
    await screenshot(page, 'admin-mail-subscription.png');
    await form.getByRole('button', { name: 'Add the subscription' }).click();

    const subscription = mailbox.getByRole('listitem', { name: 'Georgia, high and above' });
    await visible(subscription);
    const words = await subscription.innerText();
    expect(words).toContain('High severity and above');
    expect(words).toContain('Immediately, one e-mail per bulletin');
    expect(await form.count()).toBe(0);

    // A HIGH bulletin shared with Georgia reaches the mailbox, and the record shows it.
    const publisher = await Publisher.signIn(portal.url);
    await publisher.publish({ title: 'Scanning of Georgia voter-lookup sites', tier: 'GREEN', jurisdictions: ['GA'] });
    const records = page.getByRole('region', { name: 'Delivery records' });
    const rows = await eventually(
      async () => {
        await records.getByRole('button', { name: 'Refresh' }).click();
        return recordRows(page, 'Delivery records');
      },
      (list) => list.some((row) => row.includes('Mailbox: Elections office') && row.includes('Sent')),
      MAIL_WAIT_MS,
      "the mailbox's e-mail sent",
    );
    expect(rows.find((row) => row.includes('Mailbox: Elections office'))).toContain('elections@sos.ga.example');
    await records.getByRole('combobox', { name: 'Status' }).selectOption('DEAD');
    await visible(records.getByText('No e-mail with this status.'));
    await records.getByRole('combobox', { name: 'Status' }).selectOption('');
    await visible(page.getByRole('table', { name: 'Delivery records' }));
    await expectAccessible(page, 'organization e-mail');
    // From the top: the header is fixed, and would show halfway down a full-page picture otherwise.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'admin-mail.png', { fullPage: true });
  });
});
