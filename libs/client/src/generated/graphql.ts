/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new revision of a published bulletin, with its own tier and audience (R12). */
export type AmendBulletinInput = {
  /** For an amendment into AMBER_STRICT or RED, which waits for a second publisher (R10): the publisher asked to release it. Required for RED, who then alone besides you sees it and releases it (R11). */
  approverUserId?: string | number | null | undefined;
  /** Markdown, at most 100000 characters. Raw HTML is shown as text. */
  body?: string | null | undefined;
  category?: Category | null | undefined;
  /** What changed and why, shown to readers. */
  changeNote: string;
  /** The revision you are amending; a stale one is refused with CONFLICT. */
  expectedRevision: number;
  id: string | number;
  /** At most 500. */
  indicators?: Array<IndicatorInput> | null | undefined;
  /** State codes; none means national. */
  jurisdictions?: Array<string> | null | undefined;
  /** AMBER and AMBER_STRICT: the recipient organizations. */
  recipientOrganizationIds?: Array<string | number> | null | undefined;
  /** RED: the named recipients. */
  recipientUserIds?: Array<string | number> | null | undefined;
  /** http(s) URLs, at most 20. */
  references?: Array<string> | null | undefined;
  severity?: Severity | null | undefined;
  summary?: string | null | undefined;
  /** Lower-case words or dashes, at most 20. */
  tags?: Array<string> | null | undefined;
  tier?: Tier | null | undefined;
  title?: string | null | undefined;
};

export type BulletinEventFilter = {
  categories?: Array<Category> | null | undefined;
  /** Bulletins for any of these states, plus national ones. */
  jurisdictions?: Array<string> | null | undefined;
  /** This severity and above. */
  minSeverity?: Severity | null | undefined;
  originatorIds?: Array<string | number> | null | undefined;
  tags?: Array<string> | null | undefined;
  tiers?: Array<Tier> | null | undefined;
  types?: Array<BulletinEventType> | null | undefined;
};

export type BulletinEventType =
  | 'AMENDED'
  | 'PUBLISHED'
  | 'RETRACTED';

/** Every field narrows the list; lists inside a field mean "any of". */
export type BulletinFilter = {
  /** true: only bulletins you started (you created the draft), in the statuses asked for — `statuses: [DRAFT, IN_REVIEW]` for your drafts, sent back or not. Still only what you may read; an API key has written none. false or absent: no narrowing. */
  authoredByMe?: boolean | null | undefined;
  categories?: Array<Category> | null | undefined;
  /** An indicator: an IP (also finds CIDR blocks containing it), domain, URL, email, hash or CVE id. */
  indicator?: string | null | undefined;
  /** Bulletins for any of these states, plus national ones. */
  jurisdictions?: Array<string> | null | undefined;
  /** This severity and above. */
  minSeverity?: Severity | null | undefined;
  originatorIds?: Array<string | number> | null | undefined;
  publishedAfter?: string | null | undefined;
  publishedBefore?: string | null | undefined;
  /** Words to find in title, summary, body and tags, with English stemming ("phishing" also finds "phished"). Web-search syntax (PostgreSQL websearch_to_tsquery): every word must match; "OR" between words means either; "a quoted phrase" matches those words in order; a leading "-" excludes a word; other punctuation is ignored. Common words ("the", "and") are ignored, so a search of only those matches nothing. Results come newest first unless orderBy is RELEVANCE. 1 to 200 characters, at least one of them not a space. */
  search?: string | null | undefined;
  /** Default: PUBLISHED. */
  statuses?: Array<BulletinStatus> | null | undefined;
  tags?: Array<string> | null | undefined;
  tiers?: Array<Tier> | null | undefined;
};

export type BulletinOrder =
  /** Newest first (by listing time). The default, with or without a search. */
  | 'NEWEST'
  /** Needs filter.search. The 500 newest matches, most relevant first (then newest). Older matches are not reached in this order: page with NEWEST to see every match. */
  | 'RELEVANCE';

export type BulletinRefInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string | number;
};

export type BulletinStatus =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'RETRACTED';

export type Category =
  | 'CYBER_THREAT'
  | 'FOREIGN_INFLUENCE'
  | 'GENERAL'
  | 'OPERATIONAL_ISSUE'
  | 'PHYSICAL_THREAT'
  | 'VULNERABILITY';

/** The second step of a sign-in: the challenge token and exactly one proof. */
export type CompleteSignInInput = {
  challengeToken: string;
  /** One unused recovery code (dashes and case do not matter). */
  recoveryCode?: string | null | undefined;
  /** The current six-digit code of the authenticator app. */
  totpCode?: string | null | undefined;
  /** The passkey assertion (AuthenticationResponseJSON) as a JSON string; see beginSecondFactorWebauthn. */
  webauthnResponse?: string | null | undefined;
};

export type CreateBulletinInput = {
  /** Markdown, at most 100000 characters. Raw HTML is shown as text. */
  body: string;
  category: Category;
  expiresAt?: string | null | undefined;
  /** At most 500. */
  indicators?: Array<IndicatorInput> | null | undefined;
  /** State codes; none means national. */
  jurisdictions?: Array<string> | null | undefined;
  /** Originating organizations; default your own. A joint bulletin lists several, yours among them (R14). */
  originatorOrganizationIds?: Array<string | number> | null | undefined;
  /** AMBER and AMBER_STRICT: the recipient organizations. */
  recipientOrganizationIds?: Array<string | number> | null | undefined;
  /** RED: the named recipients. */
  recipientUserIds?: Array<string | number> | null | undefined;
  /** http(s) URLs, at most 20. */
  references?: Array<string> | null | undefined;
  severity: Severity;
  summary: string;
  /** Lower-case words or dashes, at most 20. */
  tags?: Array<string> | null | undefined;
  tier: Tier;
  title: string;
};

export type IndicatorInput = {
  type: IndicatorType;
  value: string;
};

export type IndicatorType =
  | 'CIDR'
  | 'CVE'
  | 'DOMAIN'
  | 'EMAIL'
  | 'IPV4'
  | 'IPV6'
  | 'MD5'
  | 'SHA1'
  | 'SHA256'
  | 'URL';

export type LoginInput = {
  email: string;
  password: string;
};

export type Permission =
  | 'ALL_USERS_MANAGE'
  | 'BULLETIN_ACKNOWLEDGE'
  | 'BULLETIN_DRAFT'
  | 'BULLETIN_NOTE'
  | 'BULLETIN_PUBLISH'
  | 'BULLETIN_READ'
  | 'FEED_MANAGE_OWN'
  | 'INCIDENT_REPORT'
  | 'INCIDENT_TRIAGE'
  | 'ORGANIZATIONS_MANAGE'
  | 'ORGANIZATION_READ'
  | 'ORG_API_KEYS_MANAGE'
  | 'ORG_AUDIT_READ'
  | 'ORG_USERS_MANAGE'
  | 'ORG_WEBHOOKS_MANAGE'
  | 'PLATFORM_AUDIT_READ';

export type RefreshSessionInput = {
  refreshToken: string;
};

export type RetractBulletinInput = {
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** The retraction notice readers see in place of the body. */
  reason: string;
};

export type Role =
  | 'ANALYST'
  | 'ORG_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'PUBLISHER'
  | 'VIEWER';

export type SecondFactorMethod =
  /** One of the single-use recovery codes shown at enrolment. */
  | 'RECOVERY_CODE'
  /** A six-digit code from an authenticator app (RFC 6238). */
  | 'TOTP'
  /** A passkey or security key. */
  | 'WEBAUTHN';

export type Severity =
  | 'CRITICAL'
  | 'HIGH'
  | 'INFO'
  | 'LOW'
  | 'MEDIUM';

export type SubmitBulletinInput = {
  /** The publisher asked to approve it. Required for RED, who then alone besides the author sees the draft (R11). */
  approverUserId?: string | number | null | undefined;
  /** The version you last read; a stale one is refused with CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string | number;
};

/** TLP 2.0 sharing tier: CLEAR < GREEN < AMBER < AMBER_STRICT < RED. */
export type Tier =
  | 'AMBER'
  | 'AMBER_STRICT'
  | 'CLEAR'
  | 'GREEN'
  | 'RED';

export type ViewerKind =
  | 'API_KEY'
  | 'USER';

export type BulletinEventsSubscriptionVariables = Exact<{
  since?: number | null | undefined;
  filter?: BulletinEventFilter | null | undefined;
  feedId?: string | number | null | undefined;
}>;


export type BulletinEventsSubscription = { bulletinEvents: { sequence: number, type: BulletinEventType, occurredAt: string, bulletin: { id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, originators: Array<{ id: string, name: string, shortName: string }> } } };

export type CreateBulletinMutationVariables = Exact<{
  input: CreateBulletinInput;
}>;


export type CreateBulletinMutation = { createBulletin: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } };

export type SubmitBulletinMutationVariables = Exact<{
  input: SubmitBulletinInput;
}>;


export type SubmitBulletinMutation = { submitBulletin: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } };

export type PublishBulletinMutationVariables = Exact<{
  input: BulletinRefInput;
}>;


export type PublishBulletinMutation = { publishBulletin: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } };

export type AmendBulletinMutationVariables = Exact<{
  input: AmendBulletinInput;
}>;


export type AmendBulletinMutation = { amendBulletin: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } };

export type RetractBulletinMutationVariables = Exact<{
  input: RetractBulletinInput;
}>;


export type RetractBulletinMutation = { retractBulletin: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } };

export type BulletinsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: BulletinFilter | null | undefined;
  orderBy?: BulletinOrder;
}>;


export type BulletinsQuery = { bulletins: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, originators: Array<{ id: string, name: string, shortName: string }> } }> } };

export type CountBulletinsQueryVariables = Exact<{
  filter?: BulletinFilter | null | undefined;
}>;


export type CountBulletinsQuery = { bulletins: { totalCount: number, totalCountIsExact: boolean } };

export type BulletinQueryVariables = Exact<{
  id: string | number;
}>;


export type BulletinQuery = { bulletin: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } | null };

export type BulletinByReferenceQueryVariables = Exact<{
  reference: string;
}>;


export type BulletinByReferenceQuery = { bulletinByReference: { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> } | null };

export type LatestEventSequenceQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestEventSequenceQuery = { latestEventSequence: number };

export type StixBundleQueryVariables = Exact<{
  bulletinId: string | number;
}>;


export type StixBundleQuery = { stixBundle: string };

export type OrganizationRefFieldsFragment = { id: string, name: string, shortName: string };

export type BulletinSummaryFieldsFragment = { id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, originators: Array<{ id: string, name: string, shortName: string }> };

export type BulletinFieldsFragment = { body: string | null, references: Array<string>, id: string, reference: string | null, status: BulletinStatus, tier: Tier, severity: Severity, category: Category, jurisdictions: Array<string>, tags: Array<string>, title: string, summary: string, revision: number, version: number, publishedAt: string | null, firstPublishedAt: string | null, retractedAt: string | null, retractionReason: string | null, changeNote: string | null, createdAt: string, updatedAt: string, expiresAt: string | null, indicators: Array<{ type: IndicatorType, value: string }>, originators: Array<{ id: string, name: string, shortName: string }> };

export type ViewerFieldsFragment = { kind: ViewerKind, clearance: Tier, roles: Array<Role>, permissions: Array<Permission>, organization: { id: string, name: string, shortName: string }, user: { id: string, email: string, displayName: string } | null, apiKey: { id: string, name: string } | null };

export type SessionFieldsFragment = { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, secondFactor: { challengeToken: string, expiresAt: string, methods: Array<SecondFactorMethod>, enrolmentRequired: boolean } | null, viewer: { kind: ViewerKind, clearance: Tier, roles: Array<Role>, permissions: Array<Permission>, organization: { id: string, name: string, shortName: string }, user: { id: string, email: string, displayName: string } | null, apiKey: { id: string, name: string } | null } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { kind: ViewerKind, clearance: Tier, roles: Array<Role>, permissions: Array<Permission>, organization: { id: string, name: string, shortName: string }, user: { id: string, email: string, displayName: string } | null, apiKey: { id: string, name: string } | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, secondFactor: { challengeToken: string, expiresAt: string, methods: Array<SecondFactorMethod>, enrolmentRequired: boolean } | null, viewer: { kind: ViewerKind, clearance: Tier, roles: Array<Role>, permissions: Array<Permission>, organization: { id: string, name: string, shortName: string }, user: { id: string, email: string, displayName: string } | null, apiKey: { id: string, name: string } | null } | null } };

export type CompleteSignInMutationVariables = Exact<{
  input: CompleteSignInInput;
}>;


export type CompleteSignInMutation = { completeSignIn: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, secondFactor: { challengeToken: string, expiresAt: string, methods: Array<SecondFactorMethod>, enrolmentRequired: boolean } | null, viewer: { kind: ViewerKind, clearance: Tier, roles: Array<Role>, permissions: Array<Permission>, organization: { id: string, name: string, shortName: string }, user: { id: string, email: string, displayName: string } | null, apiKey: { id: string, name: string } | null } | null } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null, secondFactor: { challengeToken: string, expiresAt: string, methods: Array<SecondFactorMethod>, enrolmentRequired: boolean } | null, viewer: { kind: ViewerKind, clearance: Tier, roles: Array<Role>, permissions: Array<Permission>, organization: { id: string, name: string, shortName: string }, user: { id: string, email: string, displayName: string } | null, apiKey: { id: string, name: string } | null } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const OrganizationRefFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
    `, {"fragmentName":"OrganizationRefFields"}) as unknown as TypedDocumentString<OrganizationRefFieldsFragment, unknown>;
export const BulletinSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}`, {"fragmentName":"BulletinSummaryFields"}) as unknown as TypedDocumentString<BulletinSummaryFieldsFragment, unknown>;
export const BulletinFieldsFragmentDoc = new TypedDocumentString(`
    fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}`, {"fragmentName":"BulletinFields"}) as unknown as TypedDocumentString<BulletinFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  kind
  clearance
  roles
  permissions
  organization {
    ...OrganizationRefFields
  }
  user {
    id
    email
    displayName
  }
  apiKey {
    id
    name
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}`, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  secondFactor {
    challengeToken
    expiresAt
    methods
    enrolmentRequired
  }
  viewer {
    ...ViewerFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment ViewerFields on Viewer {
  kind
  clearance
  roles
  permissions
  organization {
    ...OrganizationRefFields
  }
  user {
    id
    email
    displayName
  }
  apiKey {
    id
    name
  }
}`, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const BulletinEventsDocument = new TypedDocumentString(`
    subscription BulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {
  bulletinEvents(since: $since, filter: $filter, feedId: $feedId) {
    sequence
    type
    occurredAt
    bulletin {
      ...BulletinSummaryFields
    }
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}`) as unknown as TypedDocumentString<BulletinEventsSubscription, BulletinEventsSubscriptionVariables>;
export const CreateBulletinDocument = new TypedDocumentString(`
    mutation CreateBulletin($input: CreateBulletinInput!) {
  createBulletin(input: $input) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<CreateBulletinMutation, CreateBulletinMutationVariables>;
export const SubmitBulletinDocument = new TypedDocumentString(`
    mutation SubmitBulletin($input: SubmitBulletinInput!) {
  submitBulletin(input: $input) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<SubmitBulletinMutation, SubmitBulletinMutationVariables>;
export const PublishBulletinDocument = new TypedDocumentString(`
    mutation PublishBulletin($input: BulletinRefInput!) {
  publishBulletin(input: $input) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<PublishBulletinMutation, PublishBulletinMutationVariables>;
export const AmendBulletinDocument = new TypedDocumentString(`
    mutation AmendBulletin($input: AmendBulletinInput!) {
  amendBulletin(input: $input) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<AmendBulletinMutation, AmendBulletinMutationVariables>;
export const RetractBulletinDocument = new TypedDocumentString(`
    mutation RetractBulletin($input: RetractBulletinInput!) {
  retractBulletin(input: $input) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<RetractBulletinMutation, RetractBulletinMutationVariables>;
export const BulletinsDocument = new TypedDocumentString(`
    query Bulletins($first: Int!, $after: String, $filter: BulletinFilter, $orderBy: BulletinOrder! = NEWEST) {
  bulletins(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...BulletinSummaryFields
      }
    }
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}`) as unknown as TypedDocumentString<BulletinsQuery, BulletinsQueryVariables>;
export const CountBulletinsDocument = new TypedDocumentString(`
    query CountBulletins($filter: BulletinFilter) {
  bulletins(first: 1, filter: $filter) {
    totalCount
    totalCountIsExact
  }
}
    `) as unknown as TypedDocumentString<CountBulletinsQuery, CountBulletinsQueryVariables>;
export const BulletinDocument = new TypedDocumentString(`
    query Bulletin($id: ID!) {
  bulletin(id: $id) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<BulletinQuery, BulletinQueryVariables>;
export const BulletinByReferenceDocument = new TypedDocumentString(`
    query BulletinByReference($reference: String!) {
  bulletinByReference(reference: $reference) {
    ...BulletinFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment BulletinSummaryFields on Bulletin {
  id
  reference
  status
  tier
  severity
  category
  jurisdictions
  tags
  title
  summary
  revision
  version
  publishedAt
  firstPublishedAt
  retractedAt
  retractionReason
  changeNote
  createdAt
  updatedAt
  expiresAt
  originators {
    ...OrganizationRefFields
  }
}
fragment BulletinFields on Bulletin {
  ...BulletinSummaryFields
  body
  references
  indicators {
    type
    value
  }
}`) as unknown as TypedDocumentString<BulletinByReferenceQuery, BulletinByReferenceQueryVariables>;
export const LatestEventSequenceDocument = new TypedDocumentString(`
    query LatestEventSequence {
  latestEventSequence
}
    `) as unknown as TypedDocumentString<LatestEventSequenceQuery, LatestEventSequenceQueryVariables>;
export const StixBundleDocument = new TypedDocumentString(`
    query StixBundle($bulletinId: ID!) {
  stixBundle(bulletinId: $bulletinId)
}
    `) as unknown as TypedDocumentString<StixBundleQuery, StixBundleQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment ViewerFields on Viewer {
  kind
  clearance
  roles
  permissions
  organization {
    ...OrganizationRefFields
  }
  user {
    id
    email
    displayName
  }
  apiKey {
    id
    name
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...SessionFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment ViewerFields on Viewer {
  kind
  clearance
  roles
  permissions
  organization {
    ...OrganizationRefFields
  }
  user {
    id
    email
    displayName
  }
  apiKey {
    id
    name
  }
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  secondFactor {
    challengeToken
    expiresAt
    methods
    enrolmentRequired
  }
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CompleteSignInDocument = new TypedDocumentString(`
    mutation CompleteSignIn($input: CompleteSignInInput!) {
  completeSignIn(input: $input) {
    ...SessionFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment ViewerFields on Viewer {
  kind
  clearance
  roles
  permissions
  organization {
    ...OrganizationRefFields
  }
  user {
    id
    email
    displayName
  }
  apiKey {
    id
    name
  }
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  secondFactor {
    challengeToken
    expiresAt
    methods
    enrolmentRequired
  }
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<CompleteSignInMutation, CompleteSignInMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    ...SessionFields
  }
}
    fragment OrganizationRefFields on Organization {
  id
  name
  shortName
}
fragment ViewerFields on Viewer {
  kind
  clearance
  roles
  permissions
  organization {
    ...OrganizationRefFields
  }
  user {
    id
    email
    displayName
  }
  apiKey {
    id
    name
  }
}
fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  secondFactor {
    challengeToken
    expiresAt
    methods
    enrolmentRequired
  }
  viewer {
    ...ViewerFields
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;