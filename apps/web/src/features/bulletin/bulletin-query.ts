import { graphql } from '@web/graphql/generated';
import type { BulletinPageQuery } from '@web/graphql/generated/graphql';

export const BULLETIN_PAGE = graphql(`
  query BulletinPage($id: ID!) {
    bulletin(id: $id) {
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
  }
`);

export const ACKNOWLEDGE_BULLETIN = graphql(`
  mutation BulletinAcknowledge($id: ID!) {
    acknowledgeBulletin(input: { id: $id }) {
      id
      acknowledgedByMe
      revision
    }
  }
`);

export type PageBulletin = NonNullable<BulletinPageQuery['bulletin']>;
