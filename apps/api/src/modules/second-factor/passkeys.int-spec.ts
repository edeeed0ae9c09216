import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attemptFinishPasskeyRegistration,
  authenticatorFor,
  beginPasskeyRegistration,
  countRows,
  createOrganization,
  createUser,
  DEMO,
  errorOf,
  InvalidStateError,
  loginStep,
  registerPasskey,
  signInWithPasskey,
  startTestApp,
  type TestApp,
  WEBAUTHN_TEST_ENV,
  whoAmI,
} from '@bulwark/testing';

const MY_PASSKEYS = `{ mySecondFactors { required totp recoveryCodesLeft passkeys { id name backedUp lastUsedAt } } }`;
const RENAME = `mutation Rename($input: RenamePasskeyInput!) { renamePasskey(input: $input) { id name } }`;
const REMOVE = `mutation Remove($input: PasskeyIdInput!) { removePasskey(input: $input) { id name } }`;

interface Status {
  required: boolean;
  totp: boolean;
  recoveryCodesLeft: number;
  passkeys: { id: string; name: string; backedUp: boolean; lastUsedAt: string | null }[];
}

describe('passkey registration and management', () => {
  let t: TestApp;
  let adminToken: string;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp(WEBAUTHN_TEST_ENV);
    // The platform administrator must have a factor: the first sign-in enrols a passkey through the API.
    adminToken = (await signInWithPasskey(t, DEMO.platformAdmin, t.demoPassword, authenticatorFor(t))).accessToken;
    organizationId = (await createOrganization(t, adminToken)).id;
  });
  afterAll(() => t?.close());

  /** A VIEWER of an organization that requires no factor: signs in with the password alone, until they add one. */
  async function signedInViewer() {
    const user = await createUser(t, adminToken, { organizationId });
    const answer = await loginStep(t, user.email, user.password);
    if (!answer.accessToken) throw new Error('a viewer without factors signs in with the password');
    return { ...user, token: answer.accessToken };
  }

  const status = async (token: string) =>
    (await t.gql.data<{ mySecondFactors: Status }>(MY_PASSKEYS, {}, { token })).mySecondFactors;

  it('registers a signed-in user’s first passkey, with recovery codes, and lists it', async () => {
    const user = await signedInViewer();
    const options = await beginPasskeyRegistration(t, { token: user.token });
    expect(options.rp).toEqual({ id: 'bulwark.test', name: 'Bulwark (test)' });
    expect(options.user.name).toBe(user.email);
    expect(Buffer.from(options.user.id, 'base64url').toString()).toBe(user.id);
    expect(options.excludeCredentials).toEqual([]);
    expect(options.attestation).toBe('none');

    const authenticator = authenticatorFor(t, { syncs: true });
    const response = await attemptFinishPasskeyRegistration(
      t,
      { token: user.token },
      authenticator.createCredential(options),
      'MacBook Touch ID',
    );
    const registered = response.data?.finishPasskeyRegistration;
    expect(registered?.passkey).toMatchObject({ name: 'MacBook Touch ID', backedUp: true, lastUsedAt: null });
    expect(registered?.recoveryCodes).toHaveLength(10);
    expect(registered?.session).toBeNull();

    const mine = await status(user.token);
    expect(mine.passkeys).toEqual([
      { id: registered?.passkey.id, name: 'MacBook Touch ID', backedUp: true, lastUsedAt: null },
    ]);
    expect(mine.recoveryCodesLeft).toBe(10);
    expect(
      await countRows(
        t,
        `SELECT count(*) FROM audit_events WHERE action = 'SECOND_FACTOR_ENROLLED' AND target_id = $1 AND details->>'method' = 'WEBAUTHN'`,
        [user.id],
      ),
    ).toBe(1);
    // The next sign-in asks for it.
    expect((await loginStep(t, user.email, user.password)).secondFactor?.methods).toEqual([
      'WEBAUTHN',
      'RECOVERY_CODE',
    ]);
  });

  it('holds several per user, excluding the ones already registered, without new recovery codes', async () => {
    const user = await signedInViewer();
    const key = authenticatorFor(t);
    const first = await registerPasskey(t, { token: user.token }, key, 'YubiKey');

    const options = await beginPasskeyRegistration(t, { token: user.token });
    expect(options.excludeCredentials?.map((descriptor) => descriptor.id)).toEqual(key.credentialIds);
    // The browser refuses to make a second credential on the same authenticator for the same account.
    expect(() => key.createCredential(options)).toThrow(InvalidStateError);

    const second = await registerPasskey(t, { token: user.token }, authenticatorFor(t), 'Spare key');
    expect(second.recoveryCodes).toEqual([]);
    expect((await status(user.token)).passkeys.map((passkey) => passkey.name)).toEqual(['YubiKey', 'Spare key']);
    expect(first.passkey.id).not.toBe(second.passkey.id);
  });

  it('refuses a registration response replayed, from another origin or for another relying party', async () => {
    const user = await signedInViewer();
    const key = authenticatorFor(t);
    const credential = { token: user.token };

    const options = await beginPasskeyRegistration(t, credential);
    const response = key.createCredential(options);
    expect(
      (await attemptFinishPasskeyRegistration(t, credential, response)).data?.finishPasskeyRegistration,
    ).toBeTruthy();
    // Its challenge was used up by the first answer.
    expect(errorOf(await attemptFinishPasskeyRegistration(t, credential, response)).code).toBe('BAD_USER_INPUT');

    const phished = authenticatorFor(t).createCredential(await beginPasskeyRegistration(t, credential), {
      origin: 'https://bulwark-test.example',
    });
    expect(errorOf(await attemptFinishPasskeyRegistration(t, credential, phished)).code).toBe('BAD_USER_INPUT');

    const elsewhere = authenticatorFor(t).createCredential(await beginPasskeyRegistration(t, credential), {
      rpId: 'example.com',
    });
    expect(errorOf(await attemptFinishPasskeyRegistration(t, credential, elsewhere)).code).toBe('BAD_USER_INPUT');

    const garbage = await attemptFinishPasskeyRegistration(t, credential, { id: 'x', response: 'nope' });
    expect(errorOf(garbage).code).toBe('BAD_USER_INPUT');
    expect((await status(user.token)).passkeys).toHaveLength(1);
  });

  it('refuses a registration begun by another user', async () => {
    const alice = await signedInViewer();
    const mallory = await signedInViewer();
    const options = await beginPasskeyRegistration(t, { token: alice.token });
    await beginPasskeyRegistration(t, { token: mallory.token });
    const response = authenticatorFor(t).createCredential(options);
    // Alice's registration challenge is not Mallory's, and using it refused spends it.
    expect(errorOf(await attemptFinishPasskeyRegistration(t, { token: mallory.token }, response)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await attemptFinishPasskeyRegistration(t, { token: alice.token }, response)).data).toBeTruthy();
    expect((await status(mallory.token)).passkeys).toEqual([]);
  });

  it('needs a signed-in user or an enrolment challenge', async () => {
    const response = await t.gql.request('mutation { beginPasskeyRegistration }');
    expect(errorOf(response).code).toBe('UNAUTHENTICATED');
    const bogus = await t.gql.request('mutation { beginPasskeyRegistration(input: { challengeToken: "nope" }) }');
    expect(errorOf(bogus).code).toBe('UNAUTHENTICATED');
  });

  it('renames and removes only the user’s own passkeys, on the audit trail', async () => {
    const user = await signedInViewer();
    const other = await signedInViewer();
    const { passkey } = await registerPasskey(t, { token: user.token }, authenticatorFor(t), 'Old name');

    const renamed = await t.gql.data<{ renamePasskey: { name: string } }>(
      RENAME,
      { input: { id: passkey.id, name: '  Desk key ' } },
      { token: user.token },
    );
    expect(renamed.renamePasskey.name).toBe('Desk key');
    expect(
      errorOf(await t.gql.request(RENAME, { input: { id: passkey.id, name: 'Mine now' } }, { token: other.token }))
        .code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await t.gql.request(REMOVE, { input: { id: passkey.id } }, { token: other.token })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      errorOf(await t.gql.request(RENAME, { input: { id: passkey.id, name: '' } }, { token: user.token })).code,
    ).toBe('BAD_USER_INPUT');

    const removed = await t.gql.data<{ removePasskey: { id: string } }>(
      REMOVE,
      { input: { id: passkey.id } },
      { token: user.token },
    );
    expect(removed.removePasskey.id).toBe(passkey.id);
    const after = await status(user.token);
    expect(after.passkeys).toEqual([]);
    // The recovery codes went with the last factor they backed up.
    expect(after.recoveryCodesLeft).toBe(0);
    expect(errorOf(await t.gql.request(REMOVE, { input: { id: passkey.id } }, { token: user.token })).code).toBe(
      'NOT_FOUND',
    );
    const actions: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_events WHERE target_id = $1 AND action IN ('PASSKEY_RENAMED', 'SECOND_FACTOR_REMOVED') ORDER BY position`,
      [user.id],
    );
    expect(actions.map((row) => row.action)).toEqual(['PASSKEY_RENAMED', 'SECOND_FACTOR_REMOVED']);
    // Without a factor again, the password alone signs in.
    expect((await loginStep(t, user.email, user.password)).accessToken).toBeTruthy();
  });

  describe('a publisher without a factor', () => {
    it('can only enrol, and the first passkey completes the sign-in', async () => {
      const publisher = await createUser(t, adminToken, { organizationId, roles: ['PUBLISHER'], clearance: 'GREEN' });
      const first = await loginStep(t, publisher.email, publisher.password);
      expect(first.accessToken).toBeNull();
      expect(first.secondFactor).toMatchObject({ enrolmentRequired: true, methods: [] });
      const challengeToken = first.secondFactor!.challengeToken;

      // The enrolment token is not an access token.
      expect(errorOf(await whoAmI(t, { token: challengeToken })).code).toBe('UNAUTHENTICATED');

      const authenticator = authenticatorFor(t);
      const registered = await registerPasskey(t, { challengeToken }, authenticator, 'Office key');
      expect(registered.recoveryCodes).toHaveLength(10);
      const session = registered.session!;
      expect(session.accessToken).toBeTruthy();
      expect(session.viewer?.roles).toEqual(['PUBLISHER']);
      expect((await whoAmI(t, { token: session.accessToken! })).data?.viewer.kind).toBe('USER');

      const [row]: { sign_in_method: string; second_factor: string }[] = await t.dataSource.query(
        'SELECT sign_in_method, second_factor FROM sessions WHERE user_id = $1',
        [publisher.id],
      );
      expect(row).toEqual({ sign_in_method: 'PASSWORD', second_factor: 'WEBAUTHN' });

      // The enrolment challenge is spent: it neither registers nor signs in again.
      const again = await attemptFinishPasskeyRegistration(
        t,
        { challengeToken },
        authenticatorFor(t).createCredential(await beginPasskeyRegistration(t, { token: session.accessToken! })),
      );
      expect(errorOf(again).code).toBe('UNAUTHENTICATED');

      // From now on the passkey is the second step.
      const next = await signInWithPasskey(t, publisher.email, publisher.password, authenticator);
      expect(next.accessToken).toBeTruthy();
    });

    it('cannot remove the last passkey it needs', async () => {
      const publisher = await createUser(t, adminToken, { organizationId, roles: ['PUBLISHER'], clearance: 'GREEN' });
      const key = authenticatorFor(t);
      const { accessToken } = await signInWithPasskey(t, publisher.email, publisher.password, key);
      const only = (await status(accessToken)).passkeys[0];
      expect(errorOf(await t.gql.request(REMOVE, { input: { id: only.id } }, { token: accessToken })).code).toBe(
        'FORBIDDEN',
      );

      await registerPasskey(t, { token: accessToken }, authenticatorFor(t), 'Backup key');
      await t.gql.data(REMOVE, { input: { id: only.id } }, { token: accessToken });
      const after = await status(accessToken);
      expect(after.passkeys.map((passkey) => passkey.name)).toEqual(['Backup key']);
      // Another factor remains, so the recovery codes stay.
      expect(after.recoveryCodesLeft).toBe(10);
    });
  });
});
