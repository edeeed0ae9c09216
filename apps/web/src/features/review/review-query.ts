import { graphql } from '@web/graphql/generated';
import type { ReviewFieldsFragment } from '@web/graphql/generated/graphql';

/** What awaits release on a bulletin, and whether this viewer may release it (R10, decided by the API). */
export const REVIEW_FIELDS = graphql(`
  fragment ReviewFields on BulletinReview {
    revision
    tier
    isAmendment
    needsSecondPublisher
    author {
      id
      displayName
    }
    approver {
      id
      displayName
    }
    viewerCanPublish
    cannotPublishReasonText
  }
`);

/** Drafts in review and pending amendments this publisher may see (R11), most recently changed first. */
export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($after: String) {
    reviewQueue(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          tier
          status
          category
          updatedAt
          originators {
            id
            shortName
          }
          review {
            ...ReviewFields
          }
        }
      }
    }
  }
`);

export const PUBLISH_BULLETIN = graphql(`
  mutation ReviewPublish($input: BulletinRefInput!) {
    publishBulletin(input: $input) {
      id
      version
      status
      reference
      review {
        ...ReviewFields
      }
    }
  }
`);

export const RETURN_BULLETIN = graphql(`
  mutation ReviewReturn($input: ReturnBulletinInput!) {
    returnBulletin(input: $input) {
      id
      version
      status
      review {
        ...ReviewFields
      }
      reviewComments {
        revision
        comment
        at
        by {
          id
          displayName
        }
      }
    }
  }
`);

export type Review = ReviewFieldsFragment;
