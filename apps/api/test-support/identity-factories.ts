import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { GraphqlError, GraphqlResponse } from './graphql-http-client';
import { secondStep } from './second-factor-sign-in';
import type { TestApp } from './test-app';

/** The demo accounts of DOMAIN.md that identity tests lean on (all share `t.demoPassword`). */
export const DEMO = {
  platformAdmin: 'admin@platform.demo',
  gaAdmin: 'admin@ga.demo',
  gaOfficial: 'official@ga.demo',
  fultonClerk: 'clerk@fulton.ga.demo',
  paOfficial: 'official@pa.demo',
  cisaAnalyst: 'analyst@cisa.demo',
} as const;

/** The password every factory-made user gets unless told otherwise. */
export const TEST_PASSWORD = 'correct horse battery staple';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

export interface CreatedUser {
  id: string;
  email: string;
  password: string;
  organizationId: string;
}

export interface CreatedOrganization {
  id: string;
  name: string;
  shortName: string;
}

export interface CreatedApiKey {
  id: string;
  prefix: string;
  secret: string;
}

/** A short random tag, to keep names unique within one test database. */
export function uniqueTag(): string {
  return randomBytes(4).toString('hex');
}

/** The first error of a response that must have failed: its code and message. */
export function errorOf(response: GraphqlResponse<unknown>): { code: string | undefined; message: string } {
  const error: GraphqlError | undefined = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { code: error.extensions?.code, message: error.message };
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) {
    accessToken refreshToken viewer { kind } secondFactor { challengeToken enrolmentRequired }
  }
}`;

interface LoginAnswer {
  accessToken: string | null;
  refreshToken: string | null;
  viewer: { kind: string } | null;
  secondFactor: { challengeToken: string; enrolmentRequired: boolean } | null;
}

/** One login attempt as a partner would send it; the raw response. */
export function attemptLogin(
  t: TestApp,
  email: string,
  password: string,
): Promise<GraphqlResponse<{ login: LoginAnswer }>> {
  return t.gql.request(LOGIN, { email, password });
}

/** Signs in (demo password by default) and returns the token pair; throws when sign-in fails. */
export async function signIn(t: TestApp, email: string, password = t.demoPassword): Promise<Tokens> {
  const response = await attemptLogin(t, email, password);
  const answer = response.data?.login;
  if (!answer) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(response.errors)}`);
  if (answer.accessToken && answer.refreshToken)
    return { accessToken: answer.accessToken, refreshToken: answer.refreshToken };
  if (!answer.secondFactor) throw new Error(`sign-in of ${email} answered neither tokens nor a second step`);
  return secondStep(t, email, answer.secondFactor);
}

/** An access token of a demo account. */
export async function tokenOf(t: TestApp, email: string): Promise<string> {
  return (await signIn(t, email)).accessToken;
}

const REFRESH = `mutation Refresh($token: String!) {
  refreshSession(input: { refreshToken: $token }) { accessToken refreshToken }
}`;

export function attemptRefresh(t: TestApp, refreshToken: string): Promise<GraphqlResponse<{ refreshSession: Tokens }>> {
  return t.gql.request(REFRESH, { token: refreshToken });
}

/** `{ viewer { kind } }` with the given access token: the cheapest "does this credential still work". */
export function whoAmI(
  t: TestApp,
  credentials: { token?: string; apiKey?: string },
): Promise<GraphqlResponse<{ viewer: { kind: string } }>> {
  return t.gql.request('{ viewer { kind } }', {}, credentials);
}

/** The id of a demo (or any) organization by its short name, straight from the database. */
export async function demoOrganizationId(t: TestApp, shortName: string): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM organizations WHERE short_name = $1', [
    shortName,
  ]);
  if (!rows[0]) throw new Error(`no organization ${shortName}`);
  return rows[0].id;
}

/** The id of a user by email, straight from the database. */
export async function userIdOf(t: TestApp, email: string): Promise<string> {
  const rows: { id: string }[] = await t.dataSource.query('SELECT id FROM users WHERE email = $1', [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}

/** A count straight from the database, to prove that a refused call changed nothing. */
export async function countRows(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { count: string | number }[] = await t.dataSource.query(sql, params);
  return Number(rows[0]?.count ?? 0);
}

export interface UserOverrides {
  organizationId?: string;
  email?: string;
  displayName?: string;
  roles?: string[];
  clearance?: string;
  initialPassword?: string;
}

const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) { id email organization { id } }
}`;

/** Creates a user through the API as `adminToken`'s holder; by default a VIEWER with GREEN clearance. */
export async function createUser(t: TestApp, adminToken: string, overrides: UserOverrides = {}): Promise<CreatedUser> {
  const input = {
    email: `user-${uniqueTag()}@test.demo`,
    displayName: 'Test User',
    roles: ['VIEWER'],
    clearance: 'GREEN',
    initialPassword: TEST_PASSWORD,
    ...overrides,
  };
  const { createUser: user } = await t.gql.data<{
    createUser: { id: string; email: string; organization: { id: string } };
  }>(CREATE_USER, { input }, { token: adminToken });
  return { id: user.id, email: user.email, password: input.initialPassword, organizationId: user.organization.id };
}

/** A fresh user, signed in. */
export async function createSignedInUser(
  t: TestApp,
  adminToken: string,
  overrides: UserOverrides = {},
): Promise<CreatedUser & Tokens> {
  const user = await createUser(t, adminToken, overrides);
  return { ...user, ...(await signIn(t, user.email, user.password)) };
}

export interface OrganizationOverrides {
  name?: string;
  shortName?: string;
  kind?: string;
  parentId?: string;
  jurisdiction?: string;
  vettedTier?: string;
}

const CREATE_ORGANIZATION = `mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name shortName }
}`;

/** Creates an organization as a platform administrator; by default a LOCAL office vetted AMBER_STRICT. */
export async function createOrganization(
  t: TestApp,
  platformToken: string,
  overrides: OrganizationOverrides = {},
): Promise<CreatedOrganization> {
  const tag = uniqueTag().toUpperCase();
  const input = {
    name: `Test Office ${tag}`,
    shortName: `T-${tag}`,
    kind: 'LOCAL',
    vettedTier: 'AMBER_STRICT',
    ...overrides,
  };
  const { createOrganization: organization } = await t.gql.data<{ createOrganization: CreatedOrganization }>(
    CREATE_ORGANIZATION,
    { input },
    { token: platformToken },
  );
  return organization;
}

/**
 * A fresh office vetted AMBER_STRICT, with an administrator signed in. As in real onboarding: the platform
 * administrator (GREEN) makes a first administrator no higher than GREEN (R9), who makes one cleared AMBER_STRICT.
 */
export async function createOfficeWithAdmin(
  t: TestApp,
  platformToken: string,
): Promise<{ office: CreatedOrganization; admin: CreatedUser & Tokens }> {
  const office = await createOrganization(t, platformToken, { vettedTier: 'AMBER_STRICT' });
  const first = await createSignedInUser(t, platformToken, {
    organizationId: office.id,
    roles: ['ORG_ADMIN', 'VIEWER'],
    clearance: 'GREEN',
  });
  const admin = await createSignedInUser(t, first.accessToken, {
    organizationId: office.id,
    roles: ['ORG_ADMIN', 'VIEWER'],
    clearance: 'AMBER_STRICT',
  });
  return { office, admin };
}

export interface ApiKeyOverrides {
  name?: string;
  roles?: string[];
  clearance?: string;
  expiresAt?: string;
}

const CREATE_API_KEY = `mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id prefix } }
}`;

/** Creates an API key for the admin's own organization; by default a VIEWER key with GREEN clearance. */
export async function createApiKey(
  t: TestApp,
  adminToken: string,
  overrides: ApiKeyOverrides = {},
): Promise<CreatedApiKey> {
  const input = { name: `key ${uniqueTag()}`, roles: ['VIEWER'], clearance: 'GREEN', ...overrides };
  const { createApiKey: created } = await t.gql.data<{
    createApiKey: { secret: string; apiKey: { id: string; prefix: string } };
  }>(CREATE_API_KEY, { input }, { token: adminToken });
  return { id: created.apiKey.id, prefix: created.apiKey.prefix, secret: created.secret };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A JWT signed with HS256 and `secret`, or unsigned when the header says `alg: none`; for forging tokens. */
export function signJwt(
  claims: Record<string, unknown>,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const body = `${base64url(header)}.${base64url(claims)}`;
  if (header['alg'] === 'none') return `${body}.`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** The claims of a JWT, unverified. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The claims the server itself puts in an access token, for `sub` and `sid`, valid for five minutes. */
export function accessClaims(sub: string, sid: string = randomUUID()): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { sub, sid, iss: 'bulwark', aud: 'bulwark-api', iat: now, exp: now + 300 };
}
