import { expect, it } from 'vitest';
import { graphql, signIn } from '../../../test/support/server-process';
import { expectAccessible, expectNoSidewaysScroll, screenshot } from './support/checks';
import { signInAs } from './support/pages';
import { DEMO_PASSWORD, describeInBrowser, usePortal } from './support/portal';
import { eventually, visible } from './support/waits';

/** One signed-in account calling the API directly, to set up what the browser then works on. */
async function apiAs(url: string, email: string) {
  const token = await signIn(url, email, DEMO_PASSWORD);
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await graphql(url, query, variables, { authorization: `Bearer ${token}` });
    if (result.errors?.length || !result.data) throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  };
  const me = await call<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }');
  return { call, userId: me.viewer.user.id };
}

const CREATE = 'mutation ($input: CreateBulletinInput!) { createBulletin(input: $input) { id version } }';
const SUBMIT = 'mutation ($input: SubmitBulletinInput!) { submitBulletin(input: $input) { id version } }';
const PUBLISH = 'mutation ($input: BulletinRefInput!) { publishBulletin(input: $input) { id reference } }';

interface Made {
  readonly id: string;
  readonly reference: string;
}

/**
 * An AMBER+STRICT or RED bulletin as the two-person rule has it (R10): CISA's analyst writes and submits it, CISA's
 * publisher publishes it.
 */
async function publishedByTwo(url: string, input: Record<string, unknown>, approver?: string): Promise<Made> {
  const analyst = await apiAs(url, 'analyst@cisa.demo');
  const publisher = await apiAs(url, 'publisher@cisa.demo');
  const created = await analyst.call<{ createBulletin: { id: string; version: number } }>(CREATE, {
    input: { category: 'CYBER_THREAT', severity: 'HIGH', ...input },
  });
  const { id, version } = created.createBulletin;
  await analyst.call(SUBMIT, {
    input: { id, expectedVersion: version, ...(approver && { approverUserId: approver }) },
  });
  const published = await publisher.call<{ publishBulletin: Made }>(PUBLISH, { input: { id } });
  return published.publishBulletin;
}

describeInBrowser('after publication', () => {
  const portal = usePortal();

  it('the publisher amends a RED bulletin down to GREEN with a change note; a GREEN reader sees the new revision only (R12)', async () => {
    const cisaPublisher = await apiAs(portal.url, 'publisher@cisa.demo');
    const fbiPublisher = await apiAs(portal.url, 'publisher@fbi.demo');
    const redTitle = 'Named staff at two counties targeted by a spear-phishing crew';
    const redText = 'The crew wrote to Jane Example at the Fulton office';
    const bulletin = await publishedByTwo(
      portal.url,
      {
        tier: 'RED',
        title: redTitle,
        summary: 'Two named election workers received tailored lures.',
        body: `## Victims\n\n${redText} and to her deputy.`,
        recipientUserIds: [fbiPublisher.userId],
      },
      cisaPublisher.userId,
    );

    const publisher = await portal.page();
    await signInAs(publisher, 'publisher@cisa.demo');
    await publisher.goto(`/bulletins/${bulletin.id}`);
    await publisher.getByRole('link', { name: 'Amend' }).click();
    await visible(publisher.getByRole('heading', { name: `Amend ${bulletin.reference}`, level: 1 }));
    // Prefilled with the current revision, as RED.
    expect(await publisher.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe(redTitle);
    expect(await publisher.getByTestId('pending-note').innerText()).toContain('This becomes a pending amendment');

    const greenTitle = 'Spear-phishing crew targets county election staff';
    await publisher.getByRole('textbox', { name: /^Title/ }).fill(greenTitle);
    await publisher
      .getByRole('textbox', { name: /^Summary/ })
      .fill('Tailored lures reached county election workers; check your mail filters.');
    await publisher
      .getByRole('textbox', { name: /^Text/ })
      .fill('## What to do\n\nBlock the sender domain and remind staff to report unexpected password requests.');
    await publisher.getByRole('radio', { name: 'TLP:GREEN' }).click();
    // RED's named people cannot receive GREEN (it goes to the whole community): remove them as the page asks.
    const unfit = publisher.getByTestId('unfit-recipients');
    await visible(unfit);
    await unfit
      .getByRole('button', { name: /^Remove/ })
      .first()
      .click();
    await eventually(
      () => unfit.count(),
      (count) => count === 0,
      10_000,
      'no recipient left that GREEN cannot take',
    );

    // Without a change note the amendment is refused on the page.
    await publisher.getByRole('button', { name: 'Publish revision 2' }).click();
    await visible(publisher.getByText(/^Say what changed and why/).first());
    await publisher.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(publisher, 'amend');
    const note = 'Lowered to TLP:GREEN: the names of the people targeted are removed.';
    await publisher.getByRole('textbox', { name: /^Change note/ }).fill(note);
    await publisher.evaluate(() => window.scrollTo(0, 0));
    await screenshot(publisher, 'amend.png');
    await publisher.getByRole('button', { name: 'Publish revision 2' }).click();
    await visible(publisher.getByRole('heading', { name: greenTitle, level: 1 }), 20_000);
    await visible(publisher.getByText(note).first());

    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, 'publisher@cisa.demo');
    await phone.goto(`/bulletins/${bulletin.id}/amend`);
    await visible(phone.getByRole('heading', { name: `Amend ${bulletin.reference}`, level: 1 }));
    await expectNoSidewaysScroll(phone);
    await screenshot(phone, 'amend-mobile.png');

    const reader = await portal.page();
    await signInAs(reader, 'contact@vendor.demo');
    await reader.goto(`/bulletins/${bulletin.id}`);
    await visible(reader.getByRole('heading', { name: greenTitle, level: 1 }));
    const page = await reader.locator('body').innerText();
    expect(page).toContain('Block the sender domain');
    expect(page).toContain(note);
    expect(page, 'never the RED title').not.toContain(redTitle);
    expect(page, 'never the RED text').not.toContain(redText);
    expect(page).toContain('Revisions (1)');
    expect(await reader.getByRole('link', { name: 'Amend' }).count(), 'no Amend for a reader').toBe(0);
  });

  it('the publisher retracts with a reason; a reader keeps the reference and the notice, not the text (R13)', async () => {
    const { call } = await apiAs(portal.url, 'publisher@cisa.demo');
    const text = 'Block 198.51.100.77 at the perimeter';
    const created = await call<{ createBulletin: { id: string } }>(CREATE, {
      input: {
        tier: 'GREEN',
        category: 'CYBER_THREAT',
        severity: 'MEDIUM',
        title: 'Password-spraying against county e-mail',
        summary: 'Spraying attempts from one address against county mail servers.',
        body: `## What to do\n\n${text}.`,
      },
    });
    const bulletin = (await call<{ publishBulletin: Made }>(PUBLISH, { input: { id: created.createBulletin.id } }))
      .publishBulletin;

    const publisher = await portal.page();
    await signInAs(publisher, 'publisher@cisa.demo');
    await publisher.goto(`/bulletins/${bulletin.id}`);
    await publisher.getByRole('button', { name: 'Retract…' }).click();
    const confirm = publisher.locator('form').filter({ hasText: `Retract ${bulletin.reference}?` });
    await visible(confirm);
    expect(await confirm.innerText()).toContain('Readers keep its reference number and see your reason');
    expect(await confirm.innerText()).toContain('Its text and indicators are no longer served');
    await expectAccessible(publisher, 'retract');
    await screenshot(publisher, 'retract.png', { fullPage: true });
    await confirm.getByRole('button', { name: 'Retract the bulletin' }).click();
    await visible(confirm.getByText(/^Say why it is retracted/));
    const reason = 'The address belongs to a state partner: the spraying was a sanctioned test.';
    await confirm.getByRole('textbox', { name: /^Reason for retracting/ }).fill(reason);
    await confirm.getByRole('button', { name: 'Retract the bulletin' }).click();
    await visible(publisher.getByText('This bulletin was retracted'), 20_000);

    const reader = await portal.page();
    await signInAs(reader, 'clerk@fulton.ga.demo');
    await reader.goto(`/bulletins/${bulletin.id}`);
    await visible(reader.getByText('This bulletin was retracted'));
    const page = await reader.locator('body').innerText();
    expect(page).toContain(bulletin.reference);
    expect(page).toContain(reason);
    expect(page, 'the text is no longer served').not.toContain(text);
  });
});
