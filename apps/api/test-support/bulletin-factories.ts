import { randomBytes, randomInt } from 'node:crypto';
import type { GraphqlResponse } from './graphql-http-client';
import { demoOrganizationId, signIn, userIdOf } from './identity-factories';
import type { TestApp } from './test-app';

/**
 * Bulletins for integration tests, made through the real GraphQL API as the demo accounts would make them:
 * create as the author, submit (naming an approver for RED), publish as another publisher where R10 says so.
 * Organizations are named by short name ('CISA', 'GA-SOS', …) and people by email, so a test reads like DOMAIN.md.
 */

export type TierName = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER_STRICT' | 'RED';
export type Stage = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED';

export interface IndicatorSpec {
  type: string;
  value: string;
}

export interface BulletinSpec {
  tier: TierName;
  /** Default: "Bulletin <tag>". */
  title?: string;
  summary?: string;
  body?: string;
  category?: string;
  severity?: string;
  /** Default: one fresh unique tag, so a test can find exactly this bulletin with `filter: { tags: [tag] }`. */
  tags?: string[];
  indicators?: IndicatorSpec[];
  jurisdictions?: string[];
  /** Email of the author. Default analyst@cisa.demo. */
  author?: string;
  /** Short names of the originating organizations; default the author's own (the API's default). */
  originators?: string[];
  /** Short names of the AMBER / AMBER_STRICT recipient organizations. */
  recipientOrganizations?: string[];
  /** Emails of the RED named recipients. */
  recipientUsers?: string[];
  /** Email of the publisher named on submission. Required by the API for RED; defaults to the publisher there. */
  approver?: string;
  /**
   * Email of who publishes. Default: the approver if any, else publisher@fbi.demo for a joint bulletin that FBI
   * originates, else publisher@cisa.demo.
   */
  publisher?: string;
  /** How far to take it. Default PUBLISHED. */
  stage?: Stage;
  expiresAt?: string;
}

export interface CreatedBulletin {
  id: string;
  reference: string | null;
  title: string;
  tag: string;
  status: string;
  version: number;
  revision: number;
  /** Who published it (or null while a draft). */
  publisher: string | null;
  approver: string | null;
}

export const CISA_ANALYST = 'analyst@cisa.demo';
export const CISA_PUBLISHER = 'publisher@cisa.demo';
export const FBI_PUBLISHER = 'publisher@fbi.demo';

// ---------------------------------------------------------------------------------------------------------------
// Per-app caches: sign in once per account, look each id up once.

interface AppCache {
  tokens: Map<string, Promise<string>>;
  organizations: Map<string, Promise<string>>;
  users: Map<string, Promise<string>>;
}

const caches = new WeakMap<TestApp, AppCache>();

function cacheOf(t: TestApp): AppCache {
  let cache = caches.get(t);
  if (!cache) {
    cache = { tokens: new Map(), organizations: new Map(), users: new Map() };
    caches.set(t, cache);
  }
  return cache;
}

function memo(map: Map<string, Promise<string>>, key: string, load: () => Promise<string>): Promise<string> {
  let value = map.get(key);
  if (!value) {
    value = load();
    map.set(key, value);
    void value.catch(() => map.delete(key));
  }
  return value;
}

/** An access token of an account (the demo password by default), signed in once per app. */
export function accountToken(t: TestApp, email: string, password = t.demoPassword): Promise<string> {
  return memo(cacheOf(t).tokens, email, async () => (await signIn(t, email, password)).accessToken);
}

/** Forget a cached token (after a deactivation or logout). */
export function forgetToken(t: TestApp, email: string): void {
  cacheOf(t).tokens.delete(email);
}

/** The id of an organization by short name ('GA-SOS', 'CISA', …). */
export function orgId(t: TestApp, shortName: string): Promise<string> {
  return memo(cacheOf(t).organizations, shortName, () => demoOrganizationId(t, shortName));
}

/** The id of a user by email. */
export function userId(t: TestApp, email: string): Promise<string> {
  return memo(cacheOf(t).users, email, () => userIdOf(t, email));
}

// ---------------------------------------------------------------------------------------------------------------
// Unique markers, so one test database can hold many bulletins and each test finds only its own.

/** A fresh lower-case tag, valid as a bulletin tag. */
export function uniqueBulletinTag(prefix = 't'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** A fresh made-up word (letters only, so full-text search keeps it as one lexeme). */
export function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let word = 'zq';
  for (let i = 0; i < 10; i++) word += letters[randomInt(letters.length)];
  return word;
}

let addressCounter = randomInt(0, 40_000);

/** A fresh IPv4 address in 198.18.0.0/15 (benchmarking space), unique within this process. */
export function uniqueIpv4(): string {
  const n = addressCounter++ % 65_536;
  return `198.${18 + Math.floor(n / 32_768)}.${Math.floor(n / 256) % 128}.${n % 256}`;
}

let blockCounter = randomInt(0, 40_000);

/** A fresh /24 in 10.0.0.0/8 and an address inside it (not its network address). */
export function uniqueCidr(): { cidr: string; inside: string } {
  const n = blockCounter++ % 65_536;
  const prefix = `10.${Math.floor(n / 256)}.${n % 256}`;
  return { cidr: `${prefix}.0/24`, inside: `${prefix}.${1 + randomInt(254)}` };
}

// ---------------------------------------------------------------------------------------------------------------
// The mutations.

export const BULLETIN_REF_FIELDS = 'id reference status version revision tier title';

export const CREATE_BULLETIN = `mutation CreateBulletin($input: CreateBulletinInput!) {
  createBulletin(input: $input) { ${BULLETIN_REF_FIELDS} }
}`;
export const UPDATE_BULLETIN = `mutation UpdateBulletin($input: UpdateBulletinInput!) {
  updateBulletin(input: $input) { ${BULLETIN_REF_FIELDS} }
}`;
export const SUBMIT_BULLETIN = `mutation SubmitBulletin($input: SubmitBulletinInput!) {
  submitBulletin(input: $input) { ${BULLETIN_REF_FIELDS} }
}`;
export const PUBLISH_BULLETIN = `mutation PublishBulletin($input: BulletinRefInput!) {
  publishBulletin(input: $input) { ${BULLETIN_REF_FIELDS} }
}`;
export const AMEND_BULLETIN = `mutation AmendBulletin($input: AmendBulletinInput!) {
  amendBulletin(input: $input) { ${BULLETIN_REF_FIELDS} }
}`;
export const RETRACT_BULLETIN = `mutation RetractBulletin($input: RetractBulletinInput!) {
  retractBulletin(input: $input) { ${BULLETIN_REF_FIELDS} retractionReason }
}`;
export const ACKNOWLEDGE_BULLETIN = `mutation AcknowledgeBulletin($input: AcknowledgeBulletinInput!) {
  acknowledgeBulletin(input: $input) { ${BULLETIN_REF_FIELDS} acknowledgedByMe }
}`;

interface BulletinRef {
  id: string;
  reference: string | null;
  status: string;
  version: number;
  revision: number;
  tier: string;
  title: string;
}

/** Runs one bulletin mutation as `email`; throws with the errors when it fails. */
export async function bulletinMutation(
  t: TestApp,
  email: string,
  mutation: string,
  input: Record<string, unknown>,
): Promise<BulletinRef> {
  const token = await accountToken(t, email);
  const data = await t.gql.data<Record<string, BulletinRef>>(mutation, { input }, { token });
  const result = Object.values(data)[0];
  if (!result) throw new Error(`no result from ${mutation}`);
  return result;
}

/** The same, returning the raw response (for calls that are meant to fail). */
export async function attemptBulletinMutation(
  t: TestApp,
  email: string | null,
  mutation: string,
  input: Record<string, unknown>,
): Promise<GraphqlResponse<Record<string, BulletinRef | null>>> {
  const credentials = email ? { token: await accountToken(t, email) } : {};
  return t.gql.request<Record<string, BulletinRef | null>>(mutation, { input }, credentials);
}

/** The createBulletin input for a spec, with ids looked up. */
export async function createInputOf(t: TestApp, spec: BulletinSpec, tag: string): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {
    tier: spec.tier,
    title: spec.title ?? `Bulletin ${tag}`,
    summary: spec.summary ?? `Summary of ${tag}`,
    body: spec.body ?? `Body of ${tag}.`,
    category: spec.category ?? 'CYBER_THREAT',
    severity: spec.severity ?? 'MEDIUM',
    tags: spec.tags ?? [tag],
  };
  if (spec.indicators) input['indicators'] = spec.indicators;
  if (spec.jurisdictions) input['jurisdictions'] = spec.jurisdictions;
  if (spec.expiresAt) input['expiresAt'] = spec.expiresAt;
  if (spec.originators)
    input['originatorOrganizationIds'] = await Promise.all(spec.originators.map((s) => orgId(t, s)));
  if (spec.recipientOrganizations) {
    input['recipientOrganizationIds'] = await Promise.all(spec.recipientOrganizations.map((s) => orgId(t, s)));
  }
  if (spec.recipientUsers) input['recipientUserIds'] = await Promise.all(spec.recipientUsers.map((e) => userId(t, e)));
  return input;
}

/** Who publishes a spec by default (see BulletinSpec.publisher). */
export function defaultPublisher(spec: BulletinSpec): string {
  if (spec.publisher) return spec.publisher;
  if (spec.approver) return spec.approver;
  if (spec.tier === 'RED') return CISA_PUBLISHER;
  const originators = spec.originators ?? [];
  return originators.length > 1 && originators.includes('FBI') ? FBI_PUBLISHER : CISA_PUBLISHER;
}

/**
 * Creates a bulletin and takes it to `spec.stage` (default PUBLISHED): create as the author; submit when the
 * stage is IN_REVIEW or an approver is named (RED always names one: the publisher by default); publish as the
 * approver or publisher.
 */
export async function publishBulletin(t: TestApp, spec: BulletinSpec): Promise<CreatedBulletin> {
  const stage = spec.stage ?? 'PUBLISHED';
  const tag = spec.tags?.[0] ?? uniqueBulletinTag();
  const author = spec.author ?? CISA_ANALYST;
  const publisher = stage === 'PUBLISHED' ? defaultPublisher(spec) : null;
  const approver = spec.approver ?? (spec.tier === 'RED' && stage === 'PUBLISHED' ? publisher : null);
  let current = await bulletinMutation(t, author, CREATE_BULLETIN, await createInputOf(t, spec, tag));
  if (stage !== 'DRAFT' && (stage === 'IN_REVIEW' || approver)) {
    const input: Record<string, unknown> = { id: current.id, expectedVersion: current.version };
    if (approver) input['approverUserId'] = await userId(t, approver);
    current = await bulletinMutation(t, author, SUBMIT_BULLETIN, input);
  }
  if (stage === 'PUBLISHED' && publisher) {
    current = await bulletinMutation(t, publisher, PUBLISH_BULLETIN, {
      id: current.id,
      expectedVersion: current.version,
    });
  }
  return {
    id: current.id,
    reference: current.reference,
    title: current.title,
    tag,
    status: current.status,
    version: current.version,
    revision: current.revision,
    publisher,
    approver,
  };
}

/** A draft (or one in review): `publishBulletin` stopped early. */
export function draftBulletin(t: TestApp, spec: BulletinSpec): Promise<CreatedBulletin> {
  return publishBulletin(t, { stage: 'DRAFT', ...spec });
}

export interface AmendSpec {
  tier?: TierName;
  title?: string;
  summary?: string;
  body?: string;
  indicators?: IndicatorSpec[];
  tags?: string[];
  /** Short names; pass [] when lowering to CLEAR or GREEN. */
  recipientOrganizations?: string[];
  /** Emails; pass [] when leaving RED. */
  recipientUsers?: string[];
  changeNote?: string;
}

/** A new revision (R12), as `publisher` (default publisher@cisa.demo). */
export async function amendBulletin(
  t: TestApp,
  id: string,
  expectedRevision: number,
  amendment: AmendSpec,
  publisher = CISA_PUBLISHER,
): Promise<BulletinRef> {
  const input: Record<string, unknown> = {
    id,
    expectedRevision,
    changeNote: amendment.changeNote ?? 'Amended for the test.',
  };
  for (const key of ['tier', 'title', 'summary', 'body', 'indicators', 'tags'] as const) {
    if (amendment[key] !== undefined) input[key] = amendment[key];
  }
  if (amendment.recipientOrganizations) {
    input['recipientOrganizationIds'] = await Promise.all(amendment.recipientOrganizations.map((s) => orgId(t, s)));
  }
  if (amendment.recipientUsers) {
    input['recipientUserIds'] = await Promise.all(amendment.recipientUsers.map((e) => userId(t, e)));
  }
  return bulletinMutation(t, publisher, AMEND_BULLETIN, input);
}

/** Withdraws a bulletin (R13), as `publisher` (default publisher@cisa.demo). */
export function retractBulletin(
  t: TestApp,
  id: string,
  reason: string,
  publisher = CISA_PUBLISHER,
): Promise<BulletinRef> {
  return bulletinMutation(t, publisher, RETRACT_BULLETIN, { id, reason });
}

/** Acknowledges the current revision as `email`. */
export function acknowledgeBulletin(t: TestApp, id: string, email: string): Promise<BulletinRef> {
  return bulletinMutation(t, email, ACKNOWLEDGE_BULLETIN, { id });
}

/** Every row the bulletin tables hold for one bulletin, to prove that a refused call changed nothing. */
export async function bulletinSnapshot(t: TestApp, id: string): Promise<unknown> {
  const q = (sql: string) => t.dataSource.query(sql, [id]);
  return {
    bulletin: await q('SELECT * FROM bulletins WHERE id = $1'),
    revisions: await q(
      'SELECT id, number, is_current, status, tier, title, summary, body, recipient_org_ids, recipient_user_ids, approver_user_id, published_at, listed_at FROM bulletin_revisions WHERE bulletin_id = $1 ORDER BY number',
    ),
    indicators: await q(
      'SELECT i.type, i.value, i.position FROM bulletin_indicators i JOIN bulletin_revisions r ON r.id = i.revision_id WHERE r.bulletin_id = $1 ORDER BY r.number, i.position',
    ),
    acknowledgements: await q(
      'SELECT revision_id, user_id FROM bulletin_acknowledgements WHERE bulletin_id = $1 ORDER BY user_id',
    ),
  };
}
