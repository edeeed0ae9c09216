import { graphql } from '@web/graphql/generated';
import type { FeedBulletinFieldsFragment } from '@web/graphql/generated/graphql';

/** What a list item shows; the feed, a saved feed, the live stream and search all select exactly this. */
export const FEED_BULLETIN_FIELDS = graphql(`
  fragment FeedBulletinFields on Bulletin {
    id
    version
    reference
    title
    summary
    tier
    severity
    category
    status
    jurisdictions
    tags
    firstPublishedAt
    publishedAt
    retractedAt
    retractionReason
    acknowledgedByMe
    originators {
      id
      name
      shortName
    }
  }
`);

/** One page of a bulletin list: the feed, a saved feed and search page through exactly this. */
export const FEED_BULLETIN_PAGE = graphql(`
  fragment FeedBulletinPage on BulletinConnection {
    totalCount
    totalCountIsExact
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...FeedBulletinFields
      }
    }
  }
`);

export type FeedBulletin = FeedBulletinFieldsFragment;
