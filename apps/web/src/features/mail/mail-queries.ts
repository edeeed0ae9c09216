import { graphql } from '@web/graphql/generated';

export const MAIL_DELIVERY_FIELDS = graphql(`
  fragment MailDeliveryFields on MailDelivery {
    immediateMinSeverity
    digest
    digestHour
    timeZone
    nextDigestAt
  }
`);

/** A saved feed's e-mail settings (the feed page asks for them apart from the feed: the list of feeds needs none). */
export const FEED_MAIL = graphql(`
  query FeedMail($id: ID!) {
    feed(id: $id) {
      id
      mail {
        ...MailDeliveryFields
      }
    }
  }
`);

export const SET_FEED_MAIL_DELIVERY = graphql(`
  mutation SetFeedMailDelivery($input: SetFeedMailDeliveryInput!) {
    setFeedMailDelivery(input: $input) {
      id
      mail {
        ...MailDeliveryFields
      }
    }
  }
`);

/** One mail's delivery record. It never names a bulletin: its reader might not be allowed to read it. */
export const MAIL_RECORD_FIELDS = graphql(`
  fragment MailRecordFields on MailRecord {
    id
    kind
    status
    recipient
    mailboxName
    feedName
    attempts
    lastResponse
    bulletinCount
    createdAt
    lastAttemptAt
    nextAttemptAt
    sentAt
  }
`);

export const MY_MAILS = graphql(`
  query MyMails($first: Int!, $after: String) {
    myMails(first: $first, after: $after) {
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
