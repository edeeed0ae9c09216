import { graphql } from '@web/graphql/generated';
import type { RecipientOptionFieldsFragment } from '@web/graphql/generated/graphql';

/** A possible recipient at a tier with the API's verdict (R7): offered, or why not. */
export const RECIPIENT_OPTION_FIELDS = graphql(`
  fragment RecipientOptionFields on RecipientOption {
    id
    kind
    name
    offered
    reason
    reasonText
    organizationKind
    parentId
    email
    organizationName
  }
`);

/** Who a bulletin at the tier may go to, searched by name on the server: organizations for AMBER, people for RED. */
export const RECIPIENT_OPTIONS = graphql(`
  query RecipientOptions($tier: Tier!, $search: String, $after: String) {
    recipientOptions(tier: $tier, search: $search, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RecipientOptionFields
        }
      }
    }
  }
`);

/** The verdict on exactly the chosen recipients at the tier: re-asked whenever the tier or the choice changes. */
export const RECHECK_RECIPIENTS = graphql(`
  query RecheckRecipients($tier: Tier!, $ids: [ID!]!) {
    recipientOptions(tier: $tier, ids: $ids) {
      edges {
        node {
          ...RecipientOptionFields
        }
      }
    }
  }
`);

export type RecipientOption = RecipientOptionFieldsFragment;

/** Who may be named approver of the draft at the tier (R10), each with the verdict submitBulletin applies. */
export const APPROVER_OPTIONS = graphql(`
  query ApproverOptions($bulletinId: ID!, $tier: Tier) {
    approverOptions(bulletinId: $bulletinId, tier: $tier, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          email
          organizationName
          offered
          reasonText
        }
      }
    }
  }
`);
