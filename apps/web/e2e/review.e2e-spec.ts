import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, SCREENSHOTS, screenshot } from './support/checks';
import { listedBulletin, markDocument, newBulletinsBar, sameDocument, signInAs, waitUntilLive } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { eventually, visible } from './support/waits';

const saveStatus = (page: Page) => page.getByTestId('save-status');
const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const recipients = (page: Page) => page.getByRole('region', { name: 'Recipients' });
const unfit = (page: Page) => page.getByTestId('unfit-recipients');
const chosen = (page: Page) => recipients(page).getByRole('list', { name: /^Chosen \(\d+\)$/ });

async function saved(page: Page, what = 'the draft saved'): Promise<void> {
  await eventually(
    () => saveStatus(page).innerText(),
    (text) => /^Draft saved at/.test(text),
    20_000,
    what,
  );
}

/** Opens the editor from the menu and writes what every draft needs: a title and a summary. */
async function startDraft(page: Page, title: string, summary: string): Promise<void> {
  await sections(page).getByRole('link', { name: 'Write a bulletin' }).click();
  await visible(page.getByRole('heading', { name: 'Write a bulletin', level: 1 }));
  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  await page.getByRole('textbox', { name: /^Summary/ }).fill(summary);
}

/** The list item of one recipient in the picker, with its checkbox and its reason when not offered. */
const option = (page: Page, name: string): Locator =>
  recipients(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('checkbox', { name, exact: true }) })
    .last();

/** A person's row under Georgia's office on the acknowledgement dashboard. */
const officeRow = (page: Page, person: string): Locator =>
  page
    .getByRole('region', { name: 'Georgia Secretary of State' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${person}`) }) });

/** The bulletin's entry in the review queue, by title. */
const queued = (page: Page, title: string): Locator =>
  page.getByRole('list', { name: 'Waiting for review' }).getByRole('listitem').filter({ hasText: title });

async function submitAndOpen(page: Page): Promise<void> {
  const submit = page.getByRole('button', { name: 'Submit for review' });
  await eventually(() => submit.isEnabled(), Boolean, 15_000, 'submit allowed');
  await submit.click();
  await visible(page.getByRole('heading', { name: 'Submitted for review', level: 1 }));
  await page.getByRole('link', { name: 'Open the bulletin' }).click();
  await visible(page.getByRole('region', { name: 'Awaiting review' }));
}

/**
 * The "Whom it is for" part of the editor alone, cut from a full-page picture: an element screenshot scrolls the
 * page, and the sticky header and save status would cover the section's top.
 */
async function sectionShot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page
    .locator('fieldset')
    .filter({ has: recipients(page) })
    .boundingBox();
  if (!box) throw new Error('the recipients section is not on the page');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({
    path: resolve(SCREENSHOTS, file),
    fullPage: true,
    clip: { x: Math.max(0, box.x - 8), y: Math.max(0, box.y - 8), width: box.width + 16, height: box.height + 16 },
    animations: 'disabled',
    caret: 'hide',
  });
}

describeInBrowser('review', () => {
  const portal = usePortal();

  it("CISA's analyst sends an AMBER+STRICT draft to Georgia for review; CISA's publisher publishes it from the queue; Georgia's official has it live and acknowledges it, and the publisher's dashboard follows without a reload", async () => {
    const title = 'Look-alike ballot tracking site targets Georgia voters';
    const analyst = await portal.page();
    await signInAs(analyst, 'analyst@cisa.demo');
    expect(await sections(analyst).getByRole('link', { name: 'Review queue' }).count(), 'analysts review nothing').toBe(
      0,
    );
    await analyst.goto('/review');
    await visible(analyst.getByRole('heading', { name: 'Not available to your role', level: 1 }));
    await startDraft(analyst, title, 'A site copying the state ballot tracker asks voters for their date of birth.');
    await analyst.getByRole('radio', { name: 'TLP:AMBER+STRICT' }).click();

    // The picker: Georgia's office is offered; the vendor is listed, not offered, with the API's reason.
    const georgia = analyst.getByRole('checkbox', { name: 'Georgia Secretary of State', exact: true });
    await visible(georgia);
    const vendor = analyst.getByRole('checkbox', { name: 'Ballot Systems Inc.', exact: true });
    expect(await vendor.isDisabled(), 'the vendor cannot be chosen').toBe(true);
    expect(await option(analyst, 'Ballot Systems Inc.').innerText()).toContain('Not offered: vetted GREEN');
    expect(await option(analyst, 'Election Assistance Commission').innerText()).toContain('Not offered: vetted AMBER');
    await georgia.check();
    await visible(chosen(analyst).getByText('Georgia Secretary of State'));
    await saved(analyst);
    // A second publisher releases it (R10): the analyst may ask one by name.
    const approvers = analyst.getByRole('radiogroup', { name: /^Publisher asked to approve it/ });
    await approvers.getByRole('radio', { name: /^CISA Publisher/ }).check();

    await submitAndOpen(analyst);
    // Georgia's official is on the feed, live, before anything is published.
    const official = await portal.page();
    await signInAs(official, 'official@ga.demo');
    await waitUntilLive(official);
    await markDocument(official);
    expect(await official.getByText(title).count(), 'nothing of a draft reaches its recipients').toBe(0);

    const panel = analyst.getByRole('region', { name: 'Awaiting review' });
    expect(await panel.innerText()).toContain('Needs a second publisher');
    expect(await panel.innerText()).toMatch(/Named approver\s+CISA Publisher/);
    expect(await panel.getByRole('button', { name: 'Publish' }).count(), 'no Publish button for the analyst').toBe(0);
    expect(await panel.getByTestId('cannot-publish').innerText()).toBe(
      'You cannot publish it: only a publisher of an originating organization.',
    );

    const publisher = await portal.page();
    await signInAs(publisher, 'publisher@cisa.demo');
    await sections(publisher).getByRole('link', { name: 'Review queue' }).click();
    await visible(publisher.getByRole('heading', { name: 'Review queue', level: 1 }));
    const entry = queued(publisher, title);
    await visible(entry);
    const words = await entry.innerText();
    expect(words).toContain('Needs a second publisher');
    expect(words).toContain('Draft in review');
    expect(words).toContain('CISA Analyst');
    expect(words).toContain('You may publish it.');
    await publisher.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(publisher, 'review queue');
    await screenshot(publisher, 'review-queue.png');

    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, 'publisher@cisa.demo');
    await phone.goto('/review');
    await visible(queued(phone, title));
    await expectNoSidewaysScroll(phone);
    await screenshot(phone, 'review-queue-mobile.png');

    await entry.getByRole('link', { name: title }).click();
    const review = publisher.getByRole('region', { name: 'Awaiting review' });
    await visible(review);
    expect(await review.innerText()).toContain('Needs a second publisher');
    // Whom it goes to, before the publisher releases it.
    expect(await publisher.getByRole('list', { name: 'Recipients' }).innerText()).toBe('Georgia Secretary of State');
    await expectAccessible(publisher, 'bulletin in review');
    await screenshot(publisher, 'review-panel.png', { fullPage: true });
    await review.getByRole('button', { name: 'Publish' }).click();
    await visible(publisher.getByRole('status').filter({ hasText: 'Published: its recipients have it now.' }));
    await eventually(
      () => publisher.getByRole('region', { name: 'Awaiting review' }).count(),
      (count) => count === 0,
      15_000,
      'the review panel gone once published',
    );
    expect(
      await publisher.getByText(/^CISA-\d{4}-\d{4}$/).count(),
      'a reference number once published',
    ).toBeGreaterThan(0);

    // Georgia's official: the bulletin waits behind the feed's bar, arrived without a reload.
    await newBulletinsBar(official, 1).click({ timeout: 15_000 });
    await visible(listedBulletin(official, title));
    expect(await sameDocument(official), 'arrived live').toBe(true);

    // The publisher's dashboard: Georgia's official pending, then acknowledged, on the same page.
    await publisher.getByRole('link', { name: 'Who acknowledged' }).click();
    await visible(publisher.getByRole('heading', { name: 'Acknowledgements', level: 1 }));
    await eventually(
      () => publisher.getByTestId('live-status').innerText(),
      (text) => text === 'Live',
      20_000,
      'the dashboard live',
    );
    const person = officeRow(publisher, 'Georgia Election Official');
    await visible(person);
    expect(await person.innerText()).toContain('Pending');
    expect(await person.innerText()).toMatch(/since /);
    await markDocument(publisher);

    await listedBulletin(official, title).click();
    await visible(official.getByRole('heading', { name: title, level: 1 }));
    await official.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await visible(official.getByText('Acknowledged ✓'));
    await eventually(
      () => person.innerText(),
      (text) => text.includes('Acknowledged') && !text.includes('Pending'),
      20_000,
      "Georgia's official acknowledged on the dashboard",
    );
    expect(await sameDocument(publisher), 'the dashboard was never reloaded').toBe(true);
    expect(await publisher.getByTestId('ack-totals').innerText()).toMatch(/Acknowledged\s+1\b/);
    await expectAccessible(publisher, 'acknowledgement dashboard');
    await screenshot(publisher, 'acknowledgements.png', { fullPage: true });

    const dashboardOnPhone = await portal.page({ width: 375, height: 812 });
    await signInAs(dashboardOnPhone, 'publisher@cisa.demo');
    await dashboardOnPhone.goto(new URL(publisher.url()).pathname);
    await visible(officeRow(dashboardOnPhone, 'Georgia Election Official'));
    await expectNoSidewaysScroll(dashboardOnPhone);
    await screenshot(dashboardOnPhone, 'acknowledgements-mobile.png', { fullPage: true });
  });

  it('a draft with AMBER recipients switched to AMBER+STRICT or RED names those that no longer fit, and keeps them until removed', async () => {
    const analyst = await portal.page();
    await signInAs(analyst, 'analyst@cisa.demo');
    await startDraft(
      analyst,
      'Fake polling place change notices in Georgia',
      'Text messages tell voters their polling place has moved.',
    );
    await analyst.getByRole('radio', { name: 'TLP:AMBER', exact: true }).click();
    await analyst.getByRole('checkbox', { name: 'Georgia Secretary of State', exact: true }).check();
    // Counties sit under their state, folded until asked for.
    await option(analyst, 'Georgia Secretary of State')
      .getByRole('button', { name: /^Show its \d+ offices/ })
      .click();
    const under = recipients(analyst).getByRole('list', { name: 'Offices under Georgia Secretary of State' });
    await under.getByRole('checkbox', { name: 'Fulton County Elections' }).check();
    await saved(analyst);
    expect(await unfit(analyst).count()).toBe(0);

    await analyst.getByRole('radio', { name: 'TLP:AMBER+STRICT' }).click();
    await visible(unfit(analyst));
    const strict = await unfit(analyst).innerText();
    expect(strict).toContain('A chosen recipient does not fit TLP:AMBER+STRICT');
    expect(strict).toContain('Fulton County Elections: vetted AMBER');
    expect(await chosen(analyst).innerText(), 'still chosen until the writer removes it').toContain(
      'Does not fit: vetted AMBER',
    );
    await visible(
      analyst
        .getByRole('list')
        .getByRole('link', { name: /^Remove Fulton County Elections \(vetted AMBER\): it cannot receive/ }),
    );
    expect(await analyst.getByRole('button', { name: 'Submit for review' }).isDisabled()).toBe(true);
    await analyst.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await sectionShot(analyst, 'compose-recipients.png');
    await expectAccessible(analyst, 'compose (recipients)');

    // RED goes to people: both organizations are named, and the draft is not saved with them.
    await analyst.getByRole('radio', { name: 'TLP:RED' }).click();
    await eventually(
      () => unfit(analyst).innerText(),
      (text) => text.includes('2 chosen recipients do not fit TLP:RED'),
      15_000,
    );
    expect(await unfit(analyst).innerText()).toContain(
      'Georgia Secretary of State: RED goes to named people, not organizations',
    );
    await eventually(
      () => saveStatus(analyst).innerText(),
      (text) => text.includes('Remove the 2 recipients that TLP:RED cannot go to'),
      10_000,
    );
    await visible(recipients(analyst).getByRole('searchbox', { name: /^Find people/ }));
    // People, each with the API's verdict: Georgia's official is cleared to AMBER+STRICT only.
    const official = recipients(analyst).getByRole('checkbox', { name: /^Georgia Election Official/ });
    await visible(official);
    expect(await official.isDisabled()).toBe(true);
    const officialItem = recipients(analyst)
      .getByRole('listitem')
      .filter({ has: analyst.getByRole('checkbox', { name: /^Georgia Election Official/ }) });
    expect(await officialItem.innerText()).toContain('Not offered: clearance AMBER_STRICT');

    // Back to AMBER+STRICT, removing only what does not fit: saved again.
    await analyst.getByRole('radio', { name: 'TLP:AMBER+STRICT' }).click();
    await visible(unfit(analyst).filter({ hasText: 'Fulton County Elections' }));
    await unfit(analyst).getByRole('button', { name: 'Remove Fulton County Elections' }).click();
    await eventually(
      () => unfit(analyst).count(),
      (count) => count === 0,
      10_000,
      'nothing left that does not fit',
    );
    await saved(analyst, 'saved without Fulton');
    expect(await chosen(analyst).innerText()).toContain('Georgia Secretary of State');

    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, 'analyst@cisa.demo');
    await phone.goto(new URL(analyst.url()).pathname);
    await visible(phone.getByRole('checkbox', { name: 'Georgia Secretary of State', exact: true }));
    await expectNoSidewaysScroll(phone);
    await sectionShot(phone, 'compose-recipients-mobile.png');
  });

  it('a publisher sends a draft back with a comment, and its author sees the comment on My drafts and in the editor', async () => {
    const title = 'Robocalls giving the wrong election date';
    const analyst = await portal.page();
    await signInAs(analyst, 'analyst@cisa.demo');
    // The preview follows the text from the first keystroke, before anything is saved.
    await sections(analyst).getByRole('link', { name: 'Write a bulletin' }).click();
    await analyst.getByRole('textbox', { name: /^Text/ }).fill('## What to tell voters\n\n- Election Day is Tuesday');
    const preview = analyst.getByRole('region', { name: 'Preview' });
    await visible(preview.getByRole('heading', { name: 'What to tell voters' }));
    await visible(preview.getByRole('listitem').filter({ hasText: 'Election Day is Tuesday' }));
    expect(await saveStatus(analyst).innerText()).toMatch(/^Not saved yet/);
    await analyst.getByRole('textbox', { name: /^Title/ }).fill(title);
    await analyst
      .getByRole('textbox', { name: /^Summary/ })
      .fill('Automated calls tell voters the election is on Wednesday.');
    await saved(analyst);
    await submitAndOpen(analyst);

    const publisher = await portal.page();
    await signInAs(publisher, 'publisher@cisa.demo');
    await publisher.goto('/review');
    const entry = queued(publisher, title);
    await visible(entry);
    expect(await entry.innerText(), 'GREEN needs no second publisher').not.toContain('Needs a second publisher');
    await entry.getByRole('link', { name: title }).click();
    const review = publisher.getByRole('region', { name: 'Awaiting review' });
    await visible(review);
    await review.getByRole('button', { name: 'Send back' }).click();
    await visible(review.getByText('Say what the author should change: the comment is required.'));
    const comment = 'Name the phone numbers the calls come from, and say which counties reported them.';
    await review.getByRole('textbox', { name: /^Send back to the author/ }).fill(comment);
    await review.getByRole('button', { name: 'Send back' }).click();
    await visible(publisher.getByRole('status').filter({ hasText: 'Sent back to CISA Analyst with your comment.' }));

    await sections(analyst).getByRole('link', { name: 'My drafts' }).click();
    const listed = analyst.getByRole('list', { name: 'Drafts' }).getByRole('listitem').filter({ hasText: title });
    await visible(listed);
    await eventually(
      () => listed.innerText(),
      (text) => text.includes('Sent back') && text.includes(comment),
      15_000,
      'the comment on My drafts',
    );
    expect(await listed.innerText()).toContain('CISA Publisher sent it back:');
    await expectAccessible(analyst, 'my drafts');
    await screenshot(analyst, 'my-drafts.png');

    await listed.getByRole('link', { name: title }).click();
    await visible(analyst.getByRole('heading', { name: 'Edit draft', level: 1 }));
    const notice = analyst.getByTestId('review-comments');
    await visible(notice);
    expect(await notice.innerText()).toContain('Sent back by CISA Publisher');
    expect(await notice.innerText()).toContain(comment);
  });
});
