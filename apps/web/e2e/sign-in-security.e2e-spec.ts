import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, screenshot } from './support/checks';
import { bulletinList, fillSignIn } from './support/pages';
import { DEMO_PASSWORD, describeInBrowser, usePortal } from './support/portal';
import {
  addVirtualAuthenticator,
  DEMO_TOTP_SECRET,
  freshCode,
  secondStepHeading,
  signInWithCode,
} from './support/second-factor';
import { eventually, visible } from './support/waits';

const PHONE = { width: 375, height: 740 };

const enrolHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Protect your account' });
const codesList = (page: Page) => page.getByRole('list', { name: 'Recovery codes' });

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Sign in' }));
}

/** The ten recovery codes on the page, shown once; "Continue" waits for "I have saved them". */
async function saveRecoveryCodes(page: Page, file?: string): Promise<string[]> {
  await visible(page.getByRole('heading', { name: 'Save your recovery codes' }), 20_000);
  const codes = (await codesList(page).getByRole('listitem').allInnerTexts()).map((code) => code.trim());
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  const proceed = page.getByRole('button', { name: 'Continue to Bulwark' });
  expect(await proceed.isDisabled(), 'Continue before the codes are saved').toBe(true);
  if (file) {
    await expectAccessible(page, 'recovery codes');
    await screenshot(page, file);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a text file' }).click();
  expect((await download).suggestedFilename()).toBe('bulwark-recovery-codes.txt');
  await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
  await proceed.click();
  await visible(bulletinList(page), 20_000);
  return codes;
}

describeInBrowser('strong sign-in in the portal', () => {
  // Every sign-in here takes two or three steps, all from one address: more than the default 30 a minute.
  const portal = usePortal({ SECOND_FACTOR_REQUIRED: 'true', SIGN_IN_LIMIT_PER_ADDRESS: '500' }, { localhost: true });

  it('a publisher whose factors an administrator reset must enrol: a passkey, codes shown once, then signs in with it', async () => {
    // The platform administrator signs in with the demo authenticator app, and resets the EAC publisher's factors.
    const admin = await portal.page();
    await admin.goto('/');
    await fillSignIn(admin, 'admin@platform.demo', DEMO_PASSWORD);
    await visible(secondStepHeading(admin), 20_000);
    // A demo server shows the demo accounts' current code, labelled as such.
    const hint = admin.getByTestId('demo-hint');
    await visible(hint);
    expect(await hint.innerText()).toMatch(/Demo server[\s\S]*The code for this demo account is \d{3} \d{3}/);
    await expectAccessible(admin, 'second step');
    await screenshot(admin, 'sign-in-second-step.png');
    await admin.getByLabel('6-digit code').fill(freshCode('admin@platform.demo', DEMO_TOTP_SECRET));
    await admin.getByRole('button', { name: 'Confirm', exact: true }).click();
    await visible(bulletinList(admin), 20_000);
    await admin.goto('/admin/users');
    await admin.getByRole('textbox', { name: 'Search' }).fill('publisher@eac.demo');
    const reset = admin.getByRole('button', { name: /^Reset the second factors of / });
    await eventually(
      () => reset.count(),
      (count) => count === 1,
      15_000,
      'one member found',
    );
    await reset.click();
    const dialog = admin.getByRole('dialog');
    expect(await dialog.innerText()).toContain('must set up a new second factor at their next sign-in');
    await dialog.getByRole('button', { name: 'Reset second factors' }).click();
    await visible(admin.getByRole('status').filter({ hasText: 'second factors are reset' }));

    // The publisher: the password is right, but nothing opens before a second factor is added.
    const context = await portal.context();
    const page = await context.newPage();
    const authenticator = await addVirtualAuthenticator(context, page);
    await page.goto('/');
    await fillSignIn(page, 'publisher@eac.demo', DEMO_PASSWORD);
    await visible(enrolHeading(page), 20_000);
    expect(await page.getByText('Publishers and administrators must protect their account').count()).toBe(1);
    await expectAccessible(page, 'enrol a second factor');
    await screenshot(page, 'enrol-second-factor.png');

    await page.getByRole('button', { name: 'Add a passkey or security key' }).click();
    await page.getByRole('textbox', { name: /^Name it/ }).fill('Work laptop');
    await page.getByRole('button', { name: 'Add the passkey or security key' }).click();
    await saveRecoveryCodes(page, 'recovery-codes.png');
    expect(await authenticator.credentialCount(), 'the passkey the authenticator made').toBe(1);

    // Signing in again: the password, then the passkey (the virtual authenticator says yes).
    await signOut(page);
    await fillSignIn(page, 'publisher@eac.demo', DEMO_PASSWORD);
    await visible(secondStepHeading(page), 20_000);
    expect(await page.getByTestId('demo-hint').count(), 'no demo code for a passkey').toBe(0);
    await expectAccessible(page, 'second step with a passkey');
    await page.getByRole('button', { name: 'Use your passkey or security key' }).click();
    await visible(bulletinList(page), 20_000);

    // The codes are never shown again: the account page counts them.
    await page.goto('/account/security');
    await visible(page.getByRole('list', { name: 'Your passkeys and security keys' }).getByText('Work laptop'));
    await eventually(
      () => page.getByTestId('codes-left').innerText(),
      (text) => text.startsWith('10 unused codes left'),
    );
    expect(await page.getByRole('heading', { name: 'Save your recovery codes' }).count()).toBe(0);
    expect(await page.getByRole('list', { name: 'Your sessions' }).innerText()).toContain('Password and passkey');
  });

  it('on a phone: enrols an authenticator app with its typed key, signs in with its codes, and a recovery code works once', async () => {
    const admin = await portal.page();
    await signInWithCode(admin, 'admin@platform.demo');
    await visible(bulletinList(admin), 20_000);
    await admin.goto('/admin/users');
    await admin.getByRole('textbox', { name: 'Search' }).fill('publisher@fbi.demo');
    const reset = admin.getByRole('button', { name: /^Reset the second factors of / });
    await eventually(
      () => reset.count(),
      (count) => count === 1,
      15_000,
      'one member found',
    );
    await reset.click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Reset second factors' }).click();
    await visible(admin.getByRole('status').filter({ hasText: 'second factors are reset' }));

    const page = await portal.page(PHONE);
    await page.goto('/');
    await fillSignIn(page, 'publisher@fbi.demo', DEMO_PASSWORD);
    await visible(enrolHeading(page), 20_000);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await visible(page.getByRole('img', { name: 'QR code to scan with your authenticator app' }));
    const typed = await page.getByTestId('totp-secret').innerText();
    expect(typed, 'the key in groups of four').toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    const secret = typed.replace(/\s+/g, '');
    await expectNoSidewaysScroll(page);
    await page.getByLabel('6-digit code').fill(freshCode('publisher@fbi.demo', secret));
    await page.getByRole('button', { name: 'Confirm the code' }).click();
    await visible(codesList(page), 20_000);
    await expectNoSidewaysScroll(page);
    const codes = await saveRecoveryCodes(page);

    // The app's next code signs in; a wrong one is refused in words.
    await signOut(page);
    await fillSignIn(page, 'publisher@fbi.demo', DEMO_PASSWORD);
    await visible(secondStepHeading(page), 20_000);
    await expectNoSidewaysScroll(page);
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await visible(page.getByRole('alert').filter({ hasText: 'That code is not valid' }));
    await page.getByLabel('6-digit code').fill(freshCode('publisher@fbi.demo', secret));
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await visible(bulletinList(page), 20_000);

    // A recovery code signs in once, and only once.
    for (const attempt of ['first', 'again'] as const) {
      await signOut(page);
      await fillSignIn(page, 'publisher@fbi.demo', DEMO_PASSWORD);
      await visible(secondStepHeading(page), 20_000);
      await page.getByRole('button', { name: 'Use a recovery code' }).click();
      await page.getByLabel('Recovery code').fill(codes[0] ?? '');
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      if (attempt === 'first') await visible(bulletinList(page), 20_000);
      else await visible(page.getByRole('alert').filter({ hasText: 'That code is not valid' }));
    }
  });

  it('account security: adds a passkey, lists the sessions, and ends the one on another device', async () => {
    // Another device of the same person: signed in with the demo authenticator app.
    const other = await portal.page();
    await signInWithCode(other, 'publisher@cisa.demo');
    await visible(bulletinList(other), 20_000);

    const context = await portal.context();
    const page = await context.newPage();
    await addVirtualAuthenticator(context, page);
    await signInWithCode(page, 'publisher@cisa.demo');
    await visible(bulletinList(page), 20_000);
    await page.getByRole('link', { name: /Account security/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Account security' }));

    await page.getByRole('button', { name: 'Add a passkey or security key' }).click();
    const adding = page.getByRole('dialog', { name: 'Add a passkey or security key' });
    await adding.getByRole('textbox', { name: /^Name it/ }).fill('Office desktop');
    await adding.getByRole('button', { name: 'Add the passkey or security key' }).click();
    const passkeys = page.getByRole('list', { name: 'Your passkeys and security keys' });
    await visible(passkeys.getByText('Office desktop'));
    // The demo account had an authenticator app but no recovery codes: its new factor brings ten, shown once.
    expect(await codesList(page).getByRole('listitem').count()).toBe(10);
    await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).check();
    await page.getByRole('button', { name: 'Done: hide the codes' }).click();
    expect(await codesList(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Rename Office desktop' }).click();
    const renaming = page.getByRole('dialog', { name: 'Rename Office desktop' });
    await renaming.getByRole('textbox', { name: 'Name' }).fill('Front office PC');
    await renaming.getByRole('button', { name: 'Save the name' }).click();
    await visible(passkeys.getByText('Front office PC'));

    const sessions = page.getByRole('list', { name: 'Your sessions' });
    await eventually(
      () => sessions.getByRole('listitem').count(),
      (count) => count === 2,
      15_000,
      'two sessions',
    );
    expect(await sessions.getByText('This device').count()).toBe(1);
    expect(await sessions.innerText()).toContain('Password and authenticator app');
    await expectAccessible(page, 'account security');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'account-security.png', { fullPage: true });
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    await sessions.getByRole('button', { name: /^Sign out / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign it out' }).click();
    await eventually(
      () => sessions.getByRole('listitem').count(),
      (count) => count === 1,
      15_000,
      'one session left',
    );

    // The other device is signed out at once: its live socket closes, and it shows the sign-in page with why.
    await visible(other.getByRole('heading', { level: 1, name: 'Sign in' }), 10_000);
    expect(await other.getByRole('status').innerText()).toContain('Your session has ended');
  });

  it('an administrator allows passkeys alone for the organization, and then signs in with one, no password', async () => {
    const context = await portal.context();
    const page = await context.newPage();
    await addVirtualAuthenticator(context, page);
    await signInWithCode(page, 'admin@ga.demo');
    await visible(bulletinList(page), 20_000);

    await page.goto('/admin/users');
    const rule = page.getByRole('switch', { name: /^Allow signing in with a passkey alone/ });
    await eventually(
      () => rule.isChecked(),
      (checked) => !checked,
      15_000,
      'the rule, off',
    );
    await rule.click();
    await eventually(
      () => rule.isChecked(),
      (checked) => checked,
      15_000,
      'the rule, on',
    );

    await page.goto('/account/security');
    await page.getByRole('button', { name: 'Add a passkey or security key' }).click();
    const adding = page.getByRole('dialog', { name: 'Add a passkey or security key' });
    await adding.getByRole('textbox', { name: /^Name it/ }).fill('Elections office laptop');
    await adding.getByRole('button', { name: 'Add the passkey or security key' }).click();
    await visible(
      page.getByRole('list', { name: 'Your passkeys and security keys' }).getByText('Elections office laptop'),
    );

    await signOut(page);
    await page.getByRole('button', { name: 'Use a passkey instead of a password' }).click();
    // Back where the administrator signed out, signed in by the passkey alone.
    await visible(page.getByRole('heading', { level: 1, name: 'Account security' }), 20_000);
    const here = page.getByRole('list', { name: 'Your sessions' }).getByRole('listitem', { name: /\(this device\)$/ });
    await eventually(
      () => here.innerText(),
      (text) => text.includes('Passkey ·'),
      15_000,
      'a passkey session',
    );
  });
});
