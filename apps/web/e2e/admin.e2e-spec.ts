import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/checks';
import {
  anyNewBulletinsBar,
  listedBulletin,
  markDocument,
  newBulletinsBar,
  sameDocument,
  signInAs,
  waitUntilLive,
} from './support/pages';
import { describeInBrowser, usePortal } from './support/portal';
import { Publisher } from './support/publisher';
import { eventually, visible } from './support/waits';

const GA_ADMIN = 'admin@ga.demo';

/** A partner's receiver on 127.0.0.1 (the API allows plain-HTTP loopback outside production): answers 200. */
class Receiver {
  received = 0;
  private server!: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        this.received += 1;
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/bulwark`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });

/** An administration page's tab, once "Administration" in the header has been opened. */
async function administration(page: Page, name: string) {
  await section(page, 'Administration').click();
  return page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name, exact: true });
}

async function secretShown(page: Page): Promise<string> {
  const panel = page.getByTestId('secret-once');
  await visible(panel);
  expect(await panel.innerText()).toContain('you will not see it again');
  return (await page.getByTestId('secret-value').innerText()).trim();
}

describeInBrowser('organization administrators', () => {
  const portal = usePortal();
  const receiver = new Receiver();
  let hookUrl = '';

  beforeAll(async () => {
    hookUrl = await receiver.start();
  });
  afterAll(() => receiver.stop());

  it("Georgia's administrator adds a person cleared AMBER+STRICT, never above the vetting", async () => {
    const page = await portal.page();
    await signInAs(page, GA_ADMIN);
    await (await administration(page, 'Users')).click();
    await visible(page.getByRole('heading', { name: 'Users', level: 1 }));
    await visible(page.getByRole('list', { name: 'Users' }));

    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await visible(dialog);
    // The cap, in words, beside the field; RED is listed but cannot be chosen.
    await visible(
      dialog.getByText(
        'Your organization (Georgia Secretary of State) is vetted TLP:AMBER+STRICT, so no one in it can be cleared above that.',
      ),
    );
    const clearance = dialog.getByRole('combobox', { name: 'Clearance' });
    expect(await clearance.locator('option[value="RED"]').isDisabled()).toBe(true);
    expect(await clearance.locator('option[value="RED"]').innerText()).toBe(
      "TLP:RED (above your organization's vetting)",
    );
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Morgan Reyes');
    await dialog.getByRole('textbox', { name: /^Email/ }).fill('morgan.reyes@ga.demo');
    await dialog.getByRole('checkbox', { name: /^Publisher/ }).check();
    await clearance.selectOption('AMBER_STRICT');
    await expectAccessible(page, 'add a person');
    await dialog.getByRole('button', { name: 'Create the account' }).click();

    const password = await secretShown(page);
    expect(password).toMatch(/^(\w{4}-){4}\w{4}$/);
    const person = page.getByRole('listitem', { name: 'Morgan Reyes' });
    await visible(person);
    expect(await person.innerText()).toContain('TLP:AMBER+STRICT');
    await expectAccessible(page, 'users');
    await screenshot(page, 'admin-users.png');

    // The temporary password works once handed over.
    const newcomer = await portal.page();
    await signInAs(newcomer, 'morgan.reyes@ga.demo', password);

    // Deactivation says what happens before it does it.
    await page.getByRole('button', { name: 'I have stored it: hide it' }).click();
    await person.getByRole('button', { name: 'Deactivate Morgan Reyes' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Morgan Reyes?' });
    expect(await confirm.innerText()).toContain('They are signed out at once, on every device');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await eventually(
      () => person.count(),
      (count) => count === 0,
      10_000,
      'Morgan gone from the active users',
    );

    const phone = await portal.page({ width: 375, height: 812 });
    await signInAs(phone, GA_ADMIN);
    await phone.goto('/admin/users');
    await visible(phone.getByRole('list', { name: 'Users' }));
    await expectAccessible(phone, 'users (375 px)');
    await screenshot(phone, 'admin-users-mobile.png');
  });

  it('creates an API key whose secret is shown once, and gone after a reload', async () => {
    const page = await portal.page();
    await signInAs(page, GA_ADMIN);
    await (await administration(page, 'API keys')).click();
    await visible(page.getByRole('heading', { name: 'API keys', level: 1 }));
    await page.getByRole('button', { name: 'Create an API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Georgia SIEM');
    await dialog.getByRole('combobox', { name: 'Clearance' }).selectOption('AMBER');
    await dialog.getByRole('button', { name: 'Create the key' }).click();
    const secret = await secretShown(page);
    expect(secret).toMatch(/^bwk_[a-z0-9]+_/);
    await visible(page.getByRole('listitem', { name: 'Georgia SIEM' }));
    // Where the partner's TAXII client connects with that key.
    const taxii = page.getByRole('region', { name: /Connect a threat-intelligence platform/ });
    expect(await taxii.innerText()).toContain(`${new URL(page.url()).origin}/taxii2/`);
    await expectAccessible(page, 'API keys');
    await screenshot(page, 'admin-api-keys.png', { fullPage: true });

    await page.reload();
    await visible(page.getByRole('listitem', { name: 'Georgia SIEM' }));
    expect(await page.getByTestId('secret-once').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // Rotation with an overlap: a new secret, once.
    await page.getByRole('button', { name: 'Rotate Georgia SIEM' }).click();
    const rotate = page.getByRole('dialog', { name: 'Rotate “Georgia SIEM”' });
    await rotate.getByRole('combobox', { name: 'The old key' }).selectOption('3600');
    await rotate.getByRole('button', { name: 'Rotate the key' }).click();
    const rotated = await secretShown(page);
    expect(rotated).not.toBe(secret);
    expect(await page.getByTestId('secret-once').innerText()).toContain('the old one stops in 1 hour');
  });

  it('registers a webhook, and sees a publication delivered in its log', async () => {
    const page = await portal.page();
    await signInAs(page, GA_ADMIN);
    await (await administration(page, 'Webhooks')).click();
    await visible(page.getByRole('heading', { name: 'Webhooks', level: 1 }));
    await page.getByRole('button', { name: 'Register a webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register a webhook' });
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Georgia SIEM');
    await dialog.getByRole('textbox', { name: /^Address/ }).fill(hookUrl);
    await dialog.getByRole('checkbox', { name: 'Published' }).check();
    await dialog.getByRole('combobox', { name: /^Clearance/ }).selectOption('GREEN');
    await dialog.getByRole('button', { name: 'Register the webhook' }).click();
    const secret = await secretShown(page);
    expect(secret.length).toBeGreaterThan(20);
    await visible(page.getByRole('listitem', { name: 'Georgia SIEM' }));
    await expectAccessible(page, 'webhooks');
    await screenshot(page, 'admin-webhooks.png');

    const publisher = await Publisher.signIn(portal.url);
    await publisher.publish({ title: 'Voter registration portal probed from known scanner addresses', tier: 'GREEN' });
    await eventually(
      () => receiver.received,
      (count) => count >= 1,
      30_000,
      'the receiver to get the delivery',
    );

    await page.getByRole('link', { name: 'Delivery log of Georgia SIEM' }).click();
    await visible(page.getByRole('heading', { name: 'Delivery log: Georgia SIEM', level: 1 }));
    const log = page.getByRole('table', { name: 'Deliveries' });
    await visible(log, 20_000);
    const row = await eventually(
      () => log.locator('tbody tr').first().innerText(),
      (text) => text.includes('Delivered'),
      20_000,
      'a delivered row',
    );
    expect(row).toMatch(/HTTP 200/);
    expect(row).toMatch(/\d+ ms/);
    await expectAccessible(page, 'webhook delivery log');
    await screenshot(page, 'admin-webhook-deliveries.png');
  });

  it('views the audit trail, filtered, with the verdict of the chain', async () => {
    const page = await portal.page();
    await signInAs(page, GA_ADMIN);
    await (await administration(page, 'Audit trail')).click();
    await visible(page.getByRole('heading', { name: 'Audit trail', level: 1 }));
    const verdict = page.getByTestId('chain-verdict');
    await visible(verdict);
    expect(await verdict.innerText()).toMatch(
      /The audit chain is intact[\s\S]*Confirmed through your organization's record no\. \d+/,
    );
    await visible(page.getByRole('table', { name: 'Audit records' }));

    await page.getByRole('combobox', { name: 'Action' }).selectOption('USER_CREATED');
    await page.getByRole('button', { name: 'Show records' }).click();
    const records = page.getByRole('table', { name: 'Audit records' });
    const text = await eventually(
      () => records.innerText(),
      (value) => value.includes('User created') && !value.includes('Signed in'),
      10_000,
      'only the user-creation records',
    );
    expect(text).toContain('morgan.reyes@ga.demo');
    await expectAccessible(page, 'audit trail');
    await screenshot(page, 'admin-audit.png');
  });

  it("lets the platform administrator lower a county's vetting in the tree: its clerk, signed in elsewhere, stops receiving AMBER live; the whole trail shows it", async () => {
    const publisher = await Publisher.signIn(portal.url);
    const clerk = await portal.page();
    await signInAs(clerk, 'clerk@fulton.ga.demo');
    await waitUntilLive(clerk);
    await markDocument(clerk);
    // AMBER for Georgia's office reaches its clients, Fulton County among them.
    const before = await publisher.publish({
      title: 'Credential stuffing against county election e-mail',
      tier: 'AMBER',
      toStates: ['GA'],
    });
    await newBulletinsBar(clerk, 1).click({ timeout: 15_000 });
    await visible(listedBulletin(clerk, before.title));

    const page = await portal.page();
    await signInAs(page, 'admin@platform.demo');
    const organizations = await administration(page, 'Organizations');
    await visible(organizations);
    const tabs = page.getByRole('navigation', { name: 'Administration' });
    expect(await tabs.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    await organizations.click();
    await visible(page.getByRole('heading', { name: 'Organizations', level: 1 }));
    // Fulton County sits under Georgia's office.
    const underGeorgia = page.getByRole('list', { name: 'Under Georgia Secretary of State' });
    const fulton = underGeorgia.getByRole('listitem', { name: 'Fulton County Elections' });
    await visible(fulton);
    await fulton.getByRole('button', { name: 'Change the vetting of Fulton County Elections' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vetting of Fulton County Elections' });
    await dialog.getByRole('combobox', { name: 'Vetted up to' }).selectOption('GREEN');
    expect(await dialog.innerText()).toContain('Lowering it takes effect at once');
    await dialog.getByRole('button', { name: 'Save the vetting' }).click();
    await eventually(
      () => fulton.innerText(),
      (text) => text.includes('TLP:GREEN'),
      10_000,
      'Fulton vetted GREEN',
    );

    // The next AMBER bulletin for Georgia passes the clerk by; a GREEN one after it still arrives, on the same
    // socket and in order, so the AMBER one would have been there first.
    const after = await publisher.publish({
      title: 'Second wave of credential stuffing against county e-mail',
      tier: 'AMBER',
      toStates: ['GA'],
    });
    const green = await publisher.publish({
      title: 'Reminder: report suspicious voter-roll requests',
      tier: 'GREEN',
    });
    await eventually(
      async () => {
        const bar = anyNewBulletinsBar(clerk);
        if (await bar.count()) await bar.click();
        return listedBulletin(clerk, green.title).count();
      },
      (count) => count > 0,
      20_000,
      "the GREEN bulletin on the clerk's feed",
    );
    expect(await clerk.getByText(after.title).count(), 'the AMBER bulletin published after the vetting').toBe(0);
    expect(await sameDocument(clerk), 'all of it live, without a reload').toBe(true);
    // What reached the clerk before is theirs no more: its address answers as one that never existed (R15).
    await clerk.goto(`/bulletins/${before.id}`);
    await visible(clerk.getByTestId('not-found'));

    await page.getByRole('textbox', { name: 'Find' }).fill('Georgia');
    await visible(page.getByRole('listitem', { name: 'Georgia Secretary of State' }));
    await page.getByRole('textbox', { name: 'Find' }).fill('');
    await page.getByRole('listitem', { name: 'Georgia Secretary of State' }).scrollIntoViewIfNeeded();
    await expectAccessible(page, 'organizations');
    await screenshot(page, 'admin-organizations.png');

    await (await administration(page, 'Audit trail')).click();
    const verdict = page.getByTestId('chain-verdict');
    await visible(verdict);
    expect(await verdict.innerText()).toMatch(/The audit chain is intact[\s\S]*Confirmed through the record no\. \d+/);
    await page.getByRole('combobox', { name: 'Action' }).selectOption('ORGANIZATION_VETTED');
    await page.getByRole('button', { name: 'Show records' }).click();
    await eventually(
      () => page.getByRole('table', { name: 'Audit records' }).innerText(),
      (text) => text.includes('Organization vetting changed'),
      10_000,
      'the vetting record',
    );
  });

  it('shows a county clerk none of these pages, and says so at their address', async () => {
    const page = await portal.page();
    await signInAs(page, 'official@ga.demo');
    await visible(section(page, 'Feed'));
    expect(await section(page, 'Administration').count()).toBe(0);
    for (const path of ['/admin', '/admin/users', '/admin/api-keys', '/admin/webhooks', '/admin/audit']) {
      await page.goto(path);
      await visible(page.getByRole('heading', { name: 'Not available to your role' }));
    }
  });
});
