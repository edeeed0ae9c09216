import { describe, expect, it } from 'vitest';
import type { AppConfig } from '@api/config/app-config';
import { SecretBox } from '@api/auth/secret-box';
import { flowCookie, openFlow, sealFlow, SSO_FLOW_COOKIE, SSO_FLOW_TTL_SECONDS, type SsoFlow } from './sso-flow-cookie';

function box(key = Buffer.alloc(32, 7)): SecretBox {
  return new SecretBox({ auth: { secretKey: { key, source: 'SECRET_KEY' } } } as unknown as AppConfig);
}

const flow: SsoFlow = {
  organizationId: '8d0c6a8e-6c8e-4a63-9d43-5f1f1c8f4a10',
  state: 's'.repeat(43),
  nonce: 'n'.repeat(43),
  codeVerifier: 'v'.repeat(43),
  startedAt: Date.now(),
};

const header = (sealed: string) => `other=1; ${SSO_FLOW_COOKIE}=${sealed}`;

describe('the single sign-on flow cookie', () => {
  it('opens what it sealed', () => {
    expect(openFlow(box(), header(sealFlow(box(), flow)))).toEqual(flow);
  });

  it('opens nothing altered, sealed under another key, too old, or absent', () => {
    const sealed = sealFlow(box(), flow);
    // The next-to-last character changed (the last may hold unused bits): it was 'A' in 1 run in 64.
    const altered = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(altered).not.toBe(sealed);
    expect(openFlow(box(), header(altered))).toBeNull();
    expect(openFlow(box(Buffer.alloc(32, 8)), header(sealed))).toBeNull();
    const old = { ...flow, startedAt: Date.now() - (SSO_FLOW_TTL_SECONDS + 1) * 1000 };
    expect(openFlow(box(), header(sealFlow(box(), old)))).toBeNull();
    expect(openFlow(box(), 'other=1')).toBeNull();
    expect(openFlow(box(), undefined)).toBeNull();
  });

  it("is httpOnly, Lax (it must come back on the provider's redirect), scoped to /auth/sso, and short-lived", () => {
    expect(flowCookie('v1.abc', true)).toBe(
      `${SSO_FLOW_COOKIE}=v1.abc; Path=/auth/sso; Max-Age=${SSO_FLOW_TTL_SECONDS}; SameSite=Lax; HttpOnly; Secure`,
    );
    expect(flowCookie(null, false)).toBe(
      `${SSO_FLOW_COOKIE}=; Path=/auth/sso; Max-Age=0; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly`,
    );
  });
});
