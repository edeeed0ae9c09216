import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, screenshot } from './support/checks';
import { signInAs } from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { eventually, visible } from './support/waits';

const TITLE = 'Phishing emails posing as the Georgia Secretary of State';

/** Three good indicators and, on line 3, an address with an octet out of range. */
const PASTED = ['203.0.113.7', 'hxxps://sos-ga-verify[.]example/login', '198.51.100.300', 'CVE-2024-3400'];
const FIXED = ['203.0.113.7', 'hxxps://sos-ga-verify[.]example/login', '198.51.100.30', 'CVE-2024-3400'];

const saveStatus = (page: Page) => page.getByTestId('save-status');
const submitButton = (page: Page) => page.getByRole('button', { name: 'Submit for review' });

/** The save status once every change on the page is saved. */
async function saved(page: Page, what = 'the draft saved'): Promise<string> {
  return eventually(
    () => saveStatus(page).innerText(),
    (text) => /^Draft saved at/.test(text),
    20_000,
    what,
  );
}

describeInBrowser('compose', () => {
  const portal = usePortal();

  it("CISA's analyst writes an AMBER+STRICT draft with pasted indicators, fixes the bad line, and submits it", async () => {
    const analyst = await portal.page();
    await signInAs(analyst, 'analyst@cisa.demo');
    await analyst.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Write a bulletin' }).click();
    await visible(analyst.getByRole('heading', { name: 'Write a bulletin', level: 1 }));
    expect(await saveStatus(analyst).innerText()).toMatch(/^Not saved yet/);

    await analyst.getByRole('textbox', { name: /^Title/ }).fill(TITLE);
    await analyst
      .getByRole('textbox', { name: /^Summary/ })
      .fill('Emails that look like they come from the Secretary of State ask county staff to confirm their passwords.');
    await analyst
      .getByRole('textbox', { name: /^Text/ })
      .fill(
        '## What happened\n\nSince Monday, county election staff have received emails asking them to "verify" their accounts.\n\n## What to do\n\n- Do not click the link\n- Block the indicators below\n- Tell your state office',
      );
    await analyst.getByRole('radio', { name: 'TLP:AMBER+STRICT' }).click();
    // Not saved without a recipient: AMBER+STRICT goes to named organizations.
    await eventually(
      () => saveStatus(analyst).innerText(),
      (text) => text.includes('Choose at least one recipient organization'),
      10_000,
    );
    // The picker offers Georgia's election office; the vendor, vetted GREEN only, is shown but cannot be chosen.
    await analyst.getByRole('checkbox', { name: 'Georgia Secretary of State' }).check();
    expect(await analyst.getByRole('checkbox', { name: 'Ballot Systems Inc.' }).isDisabled()).toBe(true);

    await analyst.getByRole('textbox', { name: /^Indicators/ }).fill(PASTED.join('\n'));
    const toFix = analyst.getByRole('list', { name: 'Lines to fix' });
    await visible(toFix);
    expect(await toFix.innerText()).toMatch(/Line 3\s+198\.51\.100\.300\s+IPv4 octet '300' is out of range 0–255\./);
    expect(await analyst.getByTestId('indicator-summary').innerText()).toBe('3 indicators ready · 1 line to fix');
    expect(await submitButton(analyst).isDisabled(), 'submit refused while a line is bad').toBe(true);
    await visible(analyst.getByRole('link', { name: 'Fix or remove indicator line 3.' }));

    // The rest is saved meanwhile; the draft now has its own address.
    const heldBack = await eventually(
      () => saveStatus(analyst).innerText(),
      (text) => text.includes('without the new indicators'),
      20_000,
    );
    expect(heldBack).toMatch(/^Draft saved at/);
    await analyst.waitForURL(/\/bulletins\/[0-9a-f-]{36}\/edit$/);
    expect(await submitButton(analyst).isDisabled()).toBe(true);

    await analyst.getByRole('textbox', { name: /^Indicators/ }).fill(FIXED.join('\n'));
    expect(await toFix.count()).toBe(0);
    expect(await analyst.getByTestId('indicator-summary').innerText()).toBe('4 indicators ready');
    expect(await saved(analyst, 'the indicators saved')).not.toContain('without the new indicators');
    await eventually(() => submitButton(analyst).isEnabled(), Boolean, 10_000, 'submit allowed');
    const table = analyst.getByRole('table', { name: 'Indicators as they will be sent' });
    expect(await table.innerText()).toContain('https://sos-ga-verify.example/login');
    // The preview is the API's own rendering of the text (previewBulletinBody), as the bulletin page shows it.
    await visible(
      analyst
        .getByRole('region', { name: 'Preview' })
        .getByRole('listitem')
        .filter({ hasText: 'Block the indicators below' }),
    );

    await analyst.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await expectAccessible(analyst, 'compose');
    await screenshot(analyst, 'compose.png', { fullPage: true });

    // The same draft on a phone: one column, nothing cut off.
    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, 'analyst@cisa.demo');
    await phone.goto(new URL(analyst.url()).pathname);
    await visible(phone.getByRole('heading', { name: 'Edit draft', level: 1 }));
    expect(await phone.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe(TITLE);
    await expectNoSidewaysScroll(phone);
    await screenshot(phone, 'compose-mobile.png', { fullPage: true });

    await submitButton(analyst).click();
    await visible(analyst.getByRole('heading', { name: 'Submitted for review', level: 1 }));
    await analyst.getByRole('link', { name: 'My drafts' }).first().click();
    const listed = analyst.getByRole('list', { name: 'Drafts' }).getByRole('listitem').filter({ hasText: TITLE });
    await visible(listed);
    expect(await listed.innerText()).toContain('In review');
  });

  it('a county clerk sees no staff pages, and opening one by its address says it is not for their role', async () => {
    const clerk = await portal.page();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    const sections = clerk.getByRole('navigation', { name: 'Sections' });
    expect(await sections.getByRole('link').allInnerTexts()).toEqual(['Feed', 'Search']);

    await clerk.goto('/compose');
    await visible(clerk.getByRole('heading', { name: 'Not available to your role', level: 1 }));
    expect(await clerk.getByTestId('not-available').innerText()).toContain(
      '“Write a bulletin” is for analysts and publishers. Your role is viewer.',
    );
    expect(await clerk.getByRole('textbox', { name: /^Title/ }).count()).toBe(0);
    expect(await clerk.title()).toBe('Not available to your role · Bulwark');
  });
});
