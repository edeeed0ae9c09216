import { Secret, TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_TOTP_SECRET } from '../../../../test/support/black-box-sign-in';
import { fillSignIn } from './pages';
import { DEMO_PASSWORD } from './portal';
import { visible } from './waits';

/** The demo accounts' authenticator-app secret (published, like the demo password). */
export { DEMO_TOTP_SECRET };
const PERIOD_MS = 30_000;

/** The last 30-second step each account used a code of: the server refuses a step already used by that account. */
const usedSteps = new Map<string, number>();

/**
 * A code the server takes now, as an authenticator app shows it (RFC 6238, SHA-1, six digits, 30 s): of the current
 * step, or of the next one (the server accepts one step either side) when this run has used the current one.
 */
export function freshCode(account: string, secret: string): string {
  const current = Math.floor(Date.now() / PERIOD_MS);
  const step = Math.max(current, (usedSteps.get(account) ?? -1) + 1);
  if (step > current + 1) throw new Error(`no fresh code for ${account}: two sign-ins in this step already`);
  usedSteps.set(account, step);
  const base32 = secret.replace(/\s+/g, '');
  return new TOTP({ secret: Secret.fromBase32(base32), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: step * PERIOD_MS,
  });
}

/** The second step's heading: "Confirm it’s you". */
export const secondStepHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /^Confirm it.s you$/ });

/** Password, then the authenticator app's code. Leaves the page on its way to the feed. */
export async function signInWithCode(page: Page, email: string, secret = DEMO_TOTP_SECRET): Promise<void> {
  await page.goto('/');
  await fillSignIn(page, email, DEMO_PASSWORD);
  await visible(secondStepHeading(page), 20_000);
  await page.getByLabel('6-digit code').fill(freshCode(email, secret));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
}

export interface VirtualAuthenticator {
  /** The passkeys it holds (for this site or any). */
  credentialCount(): Promise<number>;
}

/**
 * Chromium's virtual authenticator on this page (DevTools protocol): a platform authenticator with resident keys
 * and user verification that always says yes, as a laptop's fingerprint reader would for its owner.
 */
export async function addVirtualAuthenticator(context: BrowserContext, page: Page): Promise<VirtualAuthenticator> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async credentialCount() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials.length;
    },
  };
}
