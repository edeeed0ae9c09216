import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createApiKey, DEMO, errorOf, startTestApp, type TestApp, tokenOf, whoAmI } from '@bulwark/testing';

describe('the access guard', () => {
  let t: TestApp;
  let gaAdmin: string;
  let gaOfficial: string;
  beforeAll(async () => {
    t = await startTestApp();
    gaAdmin = await tokenOf(t, DEMO.gaAdmin);
    gaOfficial = await tokenOf(t, DEMO.gaOfficial);
  });
  afterAll(() => t.close());

  it('refuses viewer without credentials: UNAUTHENTICATED', async () => {
    const response = await whoAmI(t, {});
    expect(response.data ?? null).toBeNull();
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
  });

  it('refuses a VIEWER creating an organization: FORBIDDEN, nothing created', async () => {
    const before = await countRows(t, 'SELECT count(*) FROM organizations');
    const response = await t.gql.request(
      `mutation { createOrganization(input: { name: "Rogue Office", shortName: "ROGUE", kind: LOCAL, vettedTier: GREEN }) { id } }`,
      {},
      { token: gaOfficial },
    );
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(await countRows(t, 'SELECT count(*) FROM organizations')).toBe(before);
  });

  it('refuses a VIEWER creating a user: FORBIDDEN, nothing created', async () => {
    const response = await t.gql.request(
      `mutation { createUser(input: { email: "rogue@ga.demo", displayName: "Rogue", roles: [VIEWER], clearance: GREEN,
        initialPassword: "a long enough password" }) { id } }`,
      {},
      { token: gaOfficial },
    );
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(await countRows(t, `SELECT count(*) FROM users WHERE email = 'rogue@ga.demo'`)).toBe(0);
  });

  it('refuses a request sending both a bearer token and an API key, even when each is valid', async () => {
    const key = await createApiKey(t, gaAdmin);
    expect((await whoAmI(t, { apiKey: key.secret })).errors).toBeUndefined();
    const both = await whoAmI(t, { token: gaOfficial, apiKey: key.secret });
    expect(both.data ?? null).toBeNull();
    expect(errorOf(both).code).toBe('UNAUTHENTICATED');
  });

  it('lets anyone ask a public question, but not with a broken credential', async () => {
    expect((await t.gql.request('{ serverInfo { apiVersion } }')).errors).toBeUndefined();
    const broken = await t.gql.request('{ serverInfo { apiVersion } }', {}, { token: 'garbage' });
    expect(errorOf(broken).code).toBe('UNAUTHENTICATED');
  });
});
