import { graphql } from '@web/graphql/generated';

/** The administrator's organization, how much its e-mail may say, and its vetting (what a shared mailbox reads). */
export const MAIL_ADMIN_CONTEXT = graphql(`
  query MailAdminContext {
    viewer {
      organization {
        id
        name
        vettedTier
        mailDetail
      }
    }
  }
`);

export const SET_ORGANIZATION_MAIL_DETAIL = graphql(`
  mutation SetOrganizationMailDetail($input: SetOrganizationMailDetailInput!) {
    setOrganizationMailDetail(input: $input) {
      id
      mailDetail
    }
  }
`);

export const MAILBOX_SUBSCRIPTION_FIELDS = graphql(`
  fragment MailboxSubscriptionFields on MailboxSubscription {
    id
    name
    createdAt
    filter {
      categories
      minSeverity
      jurisdictions
      originatorIds
      tiers
      tags
      types
    }
    mail {
      ...MailDeliveryFields
    }
  }
`);

export const MAILBOX_FIELDS = graphql(`
  fragment OrganizationMailboxFields on OrganizationMailbox {
    id
    name
    address
    active
    createdAt
    subscriptions {
      ...MailboxSubscriptionFields
    }
  }
`);

export const ORGANIZATION_MAILBOXES = graphql(`
  query OrganizationMailboxes {
    organizationMailboxes {
      ...OrganizationMailboxFields
    }
  }
`);

export const CREATE_MAILBOX = graphql(`
  mutation CreateOrganizationMailbox($input: CreateOrganizationMailboxInput!) {
    createOrganizationMailbox(input: $input) {
      ...OrganizationMailboxFields
    }
  }
`);

export const UPDATE_MAILBOX = graphql(`
  mutation UpdateOrganizationMailbox($input: UpdateOrganizationMailboxInput!) {
    updateOrganizationMailbox(input: $input) {
      ...OrganizationMailboxFields
    }
  }
`);

export const DELETE_MAILBOX = graphql(`
  mutation DeleteOrganizationMailbox($id: ID!) {
    deleteOrganizationMailbox(id: $id)
  }
`);

export const CREATE_MAILBOX_SUBSCRIPTION = graphql(`
  mutation CreateMailboxSubscription($input: CreateMailboxSubscriptionInput!) {
    createMailboxSubscription(input: $input) {
      ...MailboxSubscriptionFields
    }
  }
`);

export const UPDATE_MAILBOX_SUBSCRIPTION = graphql(`
  mutation UpdateMailboxSubscription($input: UpdateMailboxSubscriptionInput!) {
    updateMailboxSubscription(input: $input) {
      ...MailboxSubscriptionFields
    }
  }
`);

export const DELETE_MAILBOX_SUBSCRIPTION = graphql(`
  mutation DeleteMailboxSubscription($id: ID!) {
    deleteMailboxSubscription(id: $id)
  }
`);

export const ORGANIZATION_MAILS = graphql(`
  query OrganizationMails($first: Int!, $after: String, $status: MailStatus) {
    organizationMails(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MailRecordFields
        }
      }
    }
  }
`);
