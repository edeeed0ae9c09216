import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountToken, CISA_ANALYST, DEMO, errorOf, orgId, startTestApp, type TestApp, userId } from '@bulwark/testing';
import { AuditAction } from './audit-action';
import { AuditChainVerificationService } from './audit-chain-verification.service';
import { AuditService } from './audit.service';
import { verifyLiveAuditChain } from './audit-verifier';

const VERIFICATION = `query { auditChainVerification {
  intact checkedAt reusedUntil scope reason
  verifiedThrough { position occurredAt }
  firstUnverified { position occurredAt }
} }`;

interface Point {
  position: string;
  occurredAt: string | null;
}

interface Verification {
  intact: boolean;
  checkedAt: string;
  reusedUntil: string;
  scope: 'ORGANIZATION' | 'PLATFORM';
  reason: string | null;
  verifiedThrough: Point | null;
  firstUnverified: Point | null;
}

async function headPosition(t: TestApp): Promise<string> {
  const rows: { p: string }[] = await t.dataSource.query('SELECT last_position::text AS p FROM audit_sequence');
  return rows[0]?.p ?? '0';
}

/** An organization's members' records, newest first, straight from the table. */
async function positionsOf(t: TestApp, organizationId: string): Promise<string[]> {
  const rows: { p: string }[] = await t.dataSource.query(
    'SELECT position::text AS p FROM audit_events WHERE actor_organization_id = $1 ORDER BY position DESC',
    [organizationId],
  );
  return rows.map((row) => row.p);
}

describe('auditChainVerification (R18)', () => {
  let t: TestApp;
  let verifications: AuditChainVerificationService;
  let gaAdmin: string;
  let platformAdmin: string;
  let ga: string;

  const ask = async (token: string): Promise<Verification> =>
    (await t.gql.data<{ auditChainVerification: Verification }>(VERIFICATION, {}, { token })).auditChainVerification;

  beforeAll(async () => {
    t = await startTestApp();
    verifications = t.app.get(AuditChainVerificationService);
    gaAdmin = await accountToken(t, DEMO.gaAdmin);
    platformAdmin = await accountToken(t, DEMO.platformAdmin);
    // CISA acts last, so the chain's head is another organization's record when Georgia asks.
    await accountToken(t, CISA_ANALYST);
    ga = await orgId(t, 'GA-SOS');
  });
  afterAll(() => t.close());

  it('tells an organization administrator the verdict through their own records only: no head, no count', async () => {
    verifications.forget();
    const head = await headPosition(t);
    const ownNewest = (await positionsOf(t, ga))[0];
    expect(ownNewest).toBeDefined();
    expect(Number(ownNewest)).toBeLessThan(Number(head));

    const answer = await ask(gaAdmin);
    expect(answer).toMatchObject({
      intact: true,
      scope: 'ORGANIZATION',
      reason: null,
      firstUnverified: null,
      verifiedThrough: { position: ownNewest },
    });
    expect(answer.verifiedThrough?.occurredAt).toEqual(expect.any(String));
    // The chain's head (another organization's record, and the platform's volume) appears nowhere in the answer.
    expect(JSON.stringify(answer)).not.toContain(`"${head}"`);
    expect(new Date(answer.reusedUntil).getTime() - new Date(answer.checkedAt).getTime()).toBe(10 * 60 * 1000);
  });

  it('tells a platform administrator the whole chain: its head', async () => {
    verifications.forget();
    const head = await headPosition(t);
    const answer = await ask(platformAdmin);
    expect(answer).toMatchObject({
      intact: true,
      scope: 'PLATFORM',
      reason: null,
      firstUnverified: null,
      verifiedThrough: { position: head },
    });
  });

  it('walks the chain once for every caller until the answer is due again', async () => {
    verifications.forget();
    const [first, second] = await Promise.all([ask(gaAdmin), ask(platformAdmin)]);
    expect(second.checkedAt).toBe(first.checkedAt);
    // Records written since do not trigger another walk: the answer says when it was computed.
    await accountToken(t, DEMO.paOfficial);
    expect((await ask(gaAdmin)).checkedAt).toBe(first.checkedAt);
    verifications.forget();
    expect((await ask(gaAdmin)).checkedAt).not.toBe(first.checkedAt);
  });

  it('refuses a viewer, as every audit query does', async () => {
    const response = await t.gql.request(VERIFICATION, {}, { token: await accountToken(t, DEMO.gaOfficial) });
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(response.data ?? null).toBeNull();
  });

  it('does not report a break for records appended while it walks', async () => {
    const audit = t.app.get(AuditService);
    const actor = { kind: 'USER' as const, userId: await userId(t, DEMO.gaAdmin), apiKeyId: null, organizationId: ga };
    const writes = Array.from({ length: 30 }, () =>
      audit.recordStandalone({ actor, action: AuditAction.SIGN_OUT, details: { test: 'concurrent' } }),
    );
    const [verdict] = await Promise.all([verifyLiveAuditChain(t.dataSource), ...writes]);
    expect(verdict.intact).toBe(true);
    expect((await verifyLiveAuditChain(t.dataSource)).intact).toBe(true);
  });

  // Last: it breaks this app's chain for good.
  it("on a break in another organization's record, tells Georgia which of its records are confirmed and nothing of the break", async () => {
    const cisa = await orgId(t, 'CISA');
    await accountToken(t, DEMO.gaOfficial); // a Georgia record well before the break …
    const tampered = (await positionsOf(t, cisa))[0];
    const gaBefore = (await positionsOf(t, ga)).find((p) => Number(p) < Number(tampered));
    await t.dataSource.query('ALTER TABLE audit_events DISABLE TRIGGER ALL');
    await t.dataSource.query(`UPDATE audit_events SET details = '{"forged": true}' WHERE position = $1`, [tampered]);
    await t.dataSource.query('ALTER TABLE audit_events ENABLE TRIGGER ALL');
    // … and Georgia records after it, whose links can no longer be confirmed.
    const gaNewcomer = await t.gql.data<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: DEMO.gaOfficial, password: t.demoPassword } },
    );
    expect(gaNewcomer.login.accessToken).toBeTruthy();
    const gaAfter = (await positionsOf(t, ga)).filter((p) => Number(p) > Number(tampered)).at(-1);
    expect(gaAfter).toBeDefined();

    verifications.forget();
    const georgia = await ask(gaAdmin);
    expect(georgia).toMatchObject({
      intact: false,
      scope: 'ORGANIZATION',
      reason: null,
      verifiedThrough: { position: gaBefore },
      firstUnverified: { position: gaAfter },
    });
    // Neither the broken record (CISA's) nor why it broke.
    expect(JSON.stringify(georgia)).not.toContain(`"${tampered}"`);
    expect(JSON.stringify(georgia)).not.toMatch(/hash|forged/);

    const platform = await ask(platformAdmin);
    expect(platform).toMatchObject({
      intact: false,
      scope: 'PLATFORM',
      verifiedThrough: { position: String(Number(tampered) - 1) },
      firstUnverified: { position: tampered },
    });
    expect(platform.reason).toMatch(/hash does not match/);
  });
});
