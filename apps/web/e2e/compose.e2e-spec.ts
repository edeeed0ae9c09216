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

const PARTNER_TITLE = 'Credential phishing against county election offices';
const GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';
/** What a partner's platform exports: a GREEN report, two indicators, and two things Bulwark does not model. */
const PARTNER_BUNDLE = {
  type: 'bundle',
  id: 'bundle--9e4d2f6a-5b1c-4c8e-9a0f-1d2e3f4a5b6c',
  objects: [
    {
      type: 'report',
      spec_version: '2.1',
      id: 'report--4b7e1c2d-3f4a-4b5c-8d6e-7f8091a2b3c4',
      created: '2026-11-30T09:00:00.000Z',
      modified: '2026-11-30T09:00:00.000Z',
      name: PARTNER_TITLE,
      description: 'Lures that imitate state password resets.\n\nBlock the sender address and the domain.',
      published: '2026-11-30T09:00:00.000Z',
      report_types: ['threat-report'],
      object_marking_refs: [GREEN],
      object_refs: [
        'indicator--5c8f2d3e-4a5b-4c6d-9e7f-8091a2b3c4d5',
        'indicator--6d9a3e4f-5b6c-4d7e-8f80-91a2b3c4d5e6',
        'malware--7e0b4f5a-6c7d-4e8f-9a01-a2b3c4d5e6f7',
      ],
    },
    {
      type: 'indicator',
      spec_version: '2.1',
      id: 'indicator--5c8f2d3e-4a5b-4c6d-9e7f-8091a2b3c4d5',
      created: '2026-11-30T09:00:00.000Z',
      modified: '2026-11-30T09:00:00.000Z',
      pattern: "[ipv4-addr:value = '203.0.113.99']",
      pattern_type: 'stix',
      valid_from: '2026-11-30T09:00:00.000Z',
      object_marking_refs: [GREEN],
    },
    {
      type: 'indicator',
      spec_version: '2.1',
      id: 'indicator--6d9a3e4f-5b6c-4d7e-8f80-91a2b3c4d5e6',
      created: '2026-11-30T09:00:00.000Z',
      modified: '2026-11-30T09:00:00.000Z',
      pattern: "[domain-name:value = 'sos-password-reset.example']",
      pattern_type: 'stix',
      valid_from: '2026-11-30T09:00:00.000Z',
      object_marking_refs: [GREEN],
    },
    {
      type: 'malware',
      spec_version: '2.1',
      id: 'malware--7e0b4f5a-6c7d-4e8f-9a01-a2b3c4d5e6f7',
      created: '2026-11-30T09:00:00.000Z',
      modified: '2026-11-30T09:00:00.000Z',
      name: 'PollPhish kit',
      is_family: true,
    },
    {
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--8f1c5a6b-7d8e-4f90-8a12-b3c4d5e6f708',
      created: '2026-11-30T09:00:00.000Z',
      modified: '2026-11-30T09:00:00.000Z',
      relationship_type: 'indicates',
      source_ref: 'indicator--5c8f2d3e-4a5b-4c6d-9e7f-8091a2b3c4d5',
      target_ref: 'malware--7e0b4f5a-6c7d-4e8f-9a01-a2b3c4d5e6f7',
    },
  ],
};

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

  it("CISA's analyst imports a partner's STIX bundle as a draft, told first what it will be and what is left out", async () => {
    const analyst = await portal.page();
    await signInAs(analyst, 'analyst@cisa.demo');
    await analyst.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'My drafts' }).click();
    await analyst.getByRole('button', { name: 'Import a STIX bundle' }).click();
    const dialog = analyst.getByRole('dialog', { name: 'Import a STIX bundle' });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'partner-report.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(PARTNER_BUNDLE)),
    });
    const preview = dialog.getByRole('group', { name: 'What the draft will be' });
    await visible(preview);
    expect(await preview.innerText()).toContain(`“${PARTNER_TITLE}”`);
    expect(await preview.innerText()).toContain('The bundle is marked TLP:GREEN, so the draft is too.');
    expect(await preview.innerText()).toContain('2 indicators');
    expect(await dialog.getByRole('list', { name: 'Left out of the draft' }).getByRole('listitem').count()).toBe(2);
    await expectAccessible(analyst, 'import a STIX bundle');
    await screenshot(analyst, 'import-stix.png');

    await dialog.getByRole('button', { name: 'Make the draft' }).click();
    await analyst.waitForURL(/\/bulletins\/[0-9a-f-]{36}\/edit$/);
    await visible(analyst.getByRole('heading', { name: 'Edit draft', level: 1 }));
    expect(await analyst.getByRole('textbox', { name: /^Title/ }).inputValue()).toBe(PARTNER_TITLE);
    expect(await analyst.getByRole('textbox', { name: /^Indicators/ }).inputValue()).toContain('203.0.113.99');
  });

  it('a county clerk sees no staff pages, and opening one by its address says it is not for their role', async () => {
    const clerk = await portal.page();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    const sections = clerk.getByRole('navigation', { name: 'Sections' });
    // Reporting an incident is every member's; no page for writing, reviewing or administering.
    expect(await sections.getByRole('link').allInnerTexts()).toEqual([
      'Feed',
      'Search',
      'Report an incident',
      'Incident reports',
    ]);

    await clerk.goto('/compose');
    await visible(clerk.getByRole('heading', { name: 'Not available to your role', level: 1 }));
    expect(await clerk.getByTestId('not-available').innerText()).toContain(
      '“Write a bulletin” is for analysts and publishers. Your role is viewer.',
    );
    expect(await clerk.getByRole('textbox', { name: /^Title/ }).count()).toBe(0);
    expect(await clerk.title()).toBe('Not available to your role · Bulwark');
  });
});
