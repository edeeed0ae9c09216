import { graphql } from '@web/graphql/generated';
import type { AcknowledgementReportFieldsFragment } from '@web/graphql/generated/graphql';

export const ACKNOWLEDGEMENT_REPORT_FIELDS = graphql(`
  fragment AcknowledgementReportFields on AcknowledgementReport {
    revision
    acknowledgedCount
    pendingCount
    organizations {
      organization {
        id
        name
        shortName
      }
      acknowledged {
        userId
        displayName
        email
        acknowledgedAt
      }
      pending {
        userId
        displayName
        email
      }
    }
  }
`);

/** The bulletin the dashboard is about, and its report as first read. */
export const ACKNOWLEDGEMENT_DASHBOARD = graphql(`
  query AcknowledgementDashboard($id: ID!) {
    bulletin(id: $id) {
      id
      reference
      title
      tier
      status
      revision
      publishedAt
      firstPublishedAt
      acknowledgements {
        ...AcknowledgementReportFields
      }
    }
  }
`);

/** The same report, at once and then each time it changes (publishers of an originating organization, R17). */
export const ACKNOWLEDGEMENTS_CHANGED = graphql(`
  subscription AcknowledgementsChanged($bulletinId: ID!) {
    acknowledgementsChanged(bulletinId: $bulletinId) {
      ...AcknowledgementReportFields
    }
  }
`);

export type AcknowledgementReport = AcknowledgementReportFieldsFragment;
