import { graphql } from '@web/graphql/generated';

/** The administrator's organization and its vetting: the ceiling of every clearance granted in it (R6). */
export const ADMIN_CONTEXT = graphql(`
  query AdminContext {
    viewer {
      clearance
      permissions
      user {
        id
      }
      organization {
        id
        name
        vettedTier
      }
    }
  }
`);

/**
 * A person as the users page shows them. Like each row below, it is one fragment: the list selects it, and every
 * change to the row answers with it, so Apollo's cache keeps the row current.
 */
export const USER_FIELDS = graphql(`
  fragment AdminUserFields on User {
    id
    email
    displayName
    roles
    clearance
    active
    lockedUntil
    lastSignInAt
    createdAt
  }
`);

export const USERS = graphql(`
  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminUserFields
        }
      }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation AdminDeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const REACTIVATE_USER = graphql(`
  mutation AdminReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

export const API_KEY_FIELDS = graphql(`
  fragment AdminApiKeyFields on ApiKey {
    id
    name
    prefix
    roles
    clearance
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
    rotatedFromId
    active
  }
`);

/** A new or rotated key with its secret: the only answers that carry it. */
export const API_KEY_WITH_SECRET_FIELDS = graphql(`
  fragment AdminApiKeyWithSecretFields on ApiKeyWithSecret {
    secret
    apiKey {
      ...AdminApiKeyFields
    }
  }
`);

export const API_KEYS = graphql(`
  query AdminApiKeys($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminApiKeyFields
        }
      }
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      ...AdminApiKeyWithSecretFields
    }
  }
`);

export const ROTATE_API_KEY = graphql(`
  mutation AdminRotateApiKey($input: RotateApiKeyInput!) {
    rotateApiKey(input: $input) {
      ...AdminApiKeyWithSecretFields
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation AdminRevokeApiKey($input: ApiKeyIdInput!) {
    revokeApiKey(input: $input) {
      ...AdminApiKeyFields
    }
  }
`);

export const WEBHOOK_FIELDS = graphql(`
  fragment AdminWebhookFields on Webhook {
    id
    name
    url
    clearance
    enabled
    disabledReason
    disabledAt
    consecutiveFailures
    secretRotatedAt
    previousSecretExpiresAt
    createdAt
    filter {
      types
      tiers
      categories
      minSeverity
    }
  }
`);

/** A new webhook or a rotated signing secret: the only answers that carry the secret. */
export const WEBHOOK_WITH_SECRET_FIELDS = graphql(`
  fragment AdminWebhookWithSecretFields on WebhookWithSecret {
    secret
    webhook {
      ...AdminWebhookFields
    }
  }
`);

export const WEBHOOKS = graphql(`
  query AdminWebhooks($first: Int!, $after: String) {
    webhooks(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminWebhookFields
        }
      }
    }
  }
`);

export const WEBHOOK = graphql(`
  query AdminWebhook($id: ID!) {
    webhook(id: $id) {
      ...AdminWebhookFields
    }
  }
`);

export const CREATE_WEBHOOK = graphql(`
  mutation AdminCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      ...AdminWebhookWithSecretFields
    }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation AdminRotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      ...AdminWebhookWithSecretFields
    }
  }
`);

export const DISABLE_WEBHOOK = graphql(`
  mutation AdminDisableWebhook($input: DisableWebhookInput!) {
    disableWebhook(input: $input) {
      ...AdminWebhookFields
    }
  }
`);

export const ENABLE_WEBHOOK = graphql(`
  mutation AdminEnableWebhook($input: WebhookIdInput!) {
    enableWebhook(input: $input) {
      ...AdminWebhookFields
    }
  }
`);

export const DELETE_WEBHOOK = graphql(`
  mutation AdminDeleteWebhook($input: WebhookIdInput!) {
    deleteWebhook(input: $input)
  }
`);

export const WEBHOOK_DELIVERIES = graphql(`
  query AdminWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {
    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          eventId
          sequence
          status
          attempts
          lastStatusCode
          lastError
          lastLatencyMs
          lastAttemptAt
          nextAttemptAt
          deliveredAt
          createdAt
        }
      }
    }
  }
`);

export const AUDIT_EVENTS = graphql(`
  query AdminAuditEvents($first: Int!, $after: String, $filter: AuditEventsFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          position
          occurredAt
          actorKind
          actorUserId
          actorApiKeyId
          actorOrganizationId
          action
          targetType
          targetId
          outcome
          clientAddress
          details
        }
      }
    }
  }
`);

export const AUDIT_CHAIN_VERIFICATION = graphql(`
  query AdminAuditChainVerification {
    auditChainVerification {
      intact
      checkedAt
      reusedUntil
      scope
      reason
      verifiedThrough {
        position
        occurredAt
      }
      firstUnverified {
        position
        occurredAt
      }
    }
  }
`);

export const ORGANIZATION_FIELDS = graphql(`
  fragment AdminOrganizationFields on Organization {
    id
    name
    shortName
    kind
    jurisdiction
    vettedTier
    active
    parent {
      id
    }
  }
`);

export const ORGANIZATIONS = graphql(`
  query AdminOrganizations($first: Int!, $filter: OrganizationFilter) {
    organizations(first: $first, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminOrganizationFields
        }
      }
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const VET_ORGANIZATION = graphql(`
  mutation AdminVetOrganization($input: VetOrganizationInput!) {
    vetOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const DEACTIVATE_ORGANIZATION = graphql(`
  mutation AdminDeactivateOrganization($input: OrganizationIdInput!) {
    deactivateOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

export const REACTIVATE_ORGANIZATION = graphql(`
  mutation AdminReactivateOrganization($input: OrganizationIdInput!) {
    reactivateOrganization(input: $input) {
      ...AdminOrganizationFields
    }
  }
`);

/** Where a partner's TAXII 2.1 client connects, and the collection every key has. */
export const TAXII_CONNECTION = graphql(`
  query TaxiiConnection {
    serverInfo {
      taxiiDiscoveryPath
      taxiiCollectionId
    }
  }
`);
