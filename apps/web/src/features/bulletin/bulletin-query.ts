import { graphql } from '@web/graphql/generated';
import type { BulletinPageFieldsFragment } from '@web/graphql/generated/graphql';

export const BULLETIN_PAGE_FIELDS = graphql(`
  fragment BulletinPageFields on Bulletin {
    id
    version
    reference
    title
    summary
    bodyHtml
    tier
    severity
    category
    status
    revision
    jurisdictions
    tags
    references
    createdAt
    updatedAt
    firstPublishedAt
    publishedAt
    expiresAt
    retractedAt
    retractionReason
    changeNote
    acknowledgedByMe
    originators {
      id
      name
      shortName
      kind
    }
    recipientOrganizations {
      id
      name
    }
    recipientUserIds
    indicators {
      type
      value
    }
    revisions {
      revision
      tier
      title
      status
      publishedAt
      changeNote
    }
    review {
      ...ReviewFields
    }
    pendingAmendment {
      revision
      tier
      title
      changeNote
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
    acknowledgements {
      revision
      acknowledgedCount
      pendingCount
      organizations {
        organization {
          id
          name
        }
        acknowledged {
          userId
        }
        pending {
          userId
        }
      }
    }
  }
`);

/**
 * latestEventSequence comes first: it is read before the bulletin, so a live stream started from it misses no
 * change made after the bulletin was read (it may replay one made just before, which only refetches).
 */
export const BULLETIN_PAGE = graphql(`
  query BulletinPage($id: ID!) {
    latestEventSequence
    bulletin(id: $id) {
      ...BulletinPageFields
    }
  }
`);

export const ACKNOWLEDGE_BULLETIN = graphql(`
  mutation BulletinAcknowledge($id: ID!) {
    acknowledgeBulletin(input: { id: $id }) {
      ...BulletinPageFields
    }
  }
`);

/** Publications, amendments and retractions the reader may read; the page follows its own bulletin's. */
export const BULLETIN_LIVE_EVENTS = graphql(`
  subscription BulletinLiveEvents($since: Float) {
    bulletinEvents(since: $since) {
      sequence
      type
      bulletin {
        id
      }
    }
  }
`);

export type PageBulletin = BulletinPageFieldsFragment;
