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
      }
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      displayName
      roles
      clearance
      active
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      displayName
      roles
      clearance
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation AdminDeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      id
      active
    }
  }
`);

export const REACTIVATE_USER = graphql(`
  mutation AdminReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      id
      active
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
      }
    }
  }
`);

export const CREATE_API_KEY = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

export const ROTATE_API_KEY = graphql(`
  mutation AdminRotateApiKey($input: RotateApiKeyInput!) {
    rotateApiKey(input: $input) {
      secret
      apiKey {
        id
        name
      }
    }
  }
`);

export const REVOKE_API_KEY = graphql(`
  mutation AdminRevokeApiKey($input: ApiKeyIdInput!) {
    revokeApiKey(input: $input) {
      id
      active
      revokedAt
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
      }
    }
  }
`);

export const WEBHOOK = graphql(`
  query AdminWebhook($id: ID!) {
    webhook(id: $id) {
      id
      name
      url
      enabled
      disabledReason
      consecutiveFailures
    }
  }
`);

export const CREATE_WEBHOOK = graphql(`
  mutation AdminCreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
        name
      }
    }
  }
`);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation AdminRotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      webhook {
        id
        name
        secretRotatedAt
        previousSecretExpiresAt
      }
    }
  }
`);

export const DISABLE_WEBHOOK = graphql(`
  mutation AdminDisableWebhook($input: DisableWebhookInput!) {
    disableWebhook(input: $input) {
      id
      enabled
      disabledReason
      disabledAt
    }
  }
`);

export const ENABLE_WEBHOOK = graphql(`
  mutation AdminEnableWebhook($input: WebhookIdInput!) {
    enableWebhook(input: $input) {
      id
      enabled
      disabledReason
      disabledAt
      consecutiveFailures
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
      }
    }
  }
`);

export const CREATE_ORGANIZATION = graphql(`
  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

export const VET_ORGANIZATION = graphql(`
  mutation AdminVetOrganization($input: VetOrganizationInput!) {
    vetOrganization(input: $input) {
      id
      vettedTier
    }
  }
`);

export const DEACTIVATE_ORGANIZATION = graphql(`
  mutation AdminDeactivateOrganization($input: OrganizationIdInput!) {
    deactivateOrganization(input: $input) {
      id
      active
    }
  }
`);

export const REACTIVATE_ORGANIZATION = graphql(`
  mutation AdminReactivateOrganization($input: OrganizationIdInput!) {
    reactivateOrganization(input: $input) {
      id
      active
    }
  }
`);
