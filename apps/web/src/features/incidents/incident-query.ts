import { graphql } from '@web/graphql/generated';
import type {
  IncidentListFieldsFragment,
  IncidentPageFieldsFragment,
  ReportIncidentOptionsQuery,
} from '@web/graphql/generated/graphql';

/** Who may receive a report from this viewer's office (R7 and the contract's rules, decided by the API). */
export const REPORT_INCIDENT_OPTIONS = graphql(`
  query ReportIncidentOptions {
    incidentRecipientOptions {
      id
      name
      shortName
      kind
      jurisdiction
      vettedTier
    }
  }
`);

export const REPORT_INCIDENT = graphql(`
  mutation ReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
      reference
    }
  }
`);

/** What a list shows of a report: the reporter's list and the triage queue. */
export const INCIDENT_LIST_FIELDS = graphql(`
  fragment IncidentListFields on IncidentReport {
    id
    reference
    title
    category
    impact
    tier
    status
    jurisdiction
    createdAt
    updatedAt
    assigneeName
    assignedToYou
    mayTriage
    reporterName
    reportingOrganization {
      id
      name
      shortName
    }
    recipientOrganizations {
      id
      name
      shortName
    }
  }
`);

/**
 * latestIncidentEventSequence first, as on the bulletin page: read before the list, so the live stream started from it
 * misses nothing that changed after.
 */
export const INCIDENT_LIST = graphql(`
  query IncidentList($filter: IncidentReportFilter, $after: String) {
    latestIncidentEventSequence
    incidentReports(first: 50, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IncidentListFields
        }
      }
    }
  }
`);

export const INCIDENT_COMMENT_FIELDS = graphql(`
  fragment IncidentCommentFields on IncidentComment {
    id
    body
    authorName
    authorOrganizationName
    fromReporterSide
    createdAt
  }
`);

export const INCIDENT_PAGE_FIELDS = graphql(`
  fragment IncidentPageFields on IncidentReport {
    ...IncidentListFields
    description
    descriptionHtml
    startedAt
    location
    reporterMayBeNamed
    firstResponseAt
    indicators {
      type
      value
    }
    comments {
      ...IncidentCommentFields
    }
    related {
      reportCount
      bulletinCount
      sharedIndicators {
        type
        value
      }
      reports {
        id
        reference
        title
        status
        createdAt
      }
      bulletins {
        id
        reference
        title
        tier
        status
      }
    }
    bulletins {
      id
      reference
      title
      tier
      status
    }
  }
`);

export const INCIDENT_PAGE = graphql(`
  query IncidentPage($id: ID!) {
    latestIncidentEventSequence
    incidentReport(id: $id) {
      ...IncidentPageFields
    }
  }
`);

/** Every change to a report this viewer may read; with `reportId`, one report's. */
export const INCIDENT_EVENTS = graphql(`
  subscription IncidentEvents($since: Float, $reportId: ID) {
    incidentEvents(since: $since, reportId: $reportId) {
      sequence
      type
      occurredAt
      status
      report {
        id
      }
      comment {
        id
        authorName
        authorOrganizationName
        fromReporterSide
      }
    }
  }
`);

export const TAKE_INCIDENT = graphql(`
  mutation TakeIncident($id: ID!) {
    takeIncidentReport(input: { id: $id }) {
      ...IncidentListFields
      firstResponseAt
    }
  }
`);

export const SET_INCIDENT_STATUS = graphql(`
  mutation SetIncidentStatus($id: ID!, $status: IncidentStatus!) {
    setIncidentStatus(input: { id: $id, status: $status }) {
      ...IncidentListFields
      firstResponseAt
    }
  }
`);

export const COMMENT_ON_INCIDENT = graphql(`
  mutation CommentOnIncident($id: ID!, $body: String!) {
    commentOnIncidentReport(input: { id: $id, body: $body }) {
      ...IncidentCommentFields
    }
  }
`);

export const DRAFT_BULLETIN_FROM_INCIDENT = graphql(`
  mutation DraftBulletinFromIncident($id: ID!) {
    draftBulletinFromIncidentReport(input: { id: $id }) {
      id
    }
  }
`);

export type IncidentListItem = IncidentListFieldsFragment;
export type PageIncident = IncidentPageFieldsFragment;
export type RecipientOption = ReportIncidentOptionsQuery['incidentRecipientOptions'][number];
