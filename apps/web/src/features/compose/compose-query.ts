import { graphql } from '@web/graphql/generated';
import type { DirectoryOrganizationFieldsFragment, DraftFieldsFragment } from '@web/graphql/generated/graphql';

/** Everything the editor shows and sends back; bodyHtml is the preview, rendered by the API as readers get it. */
export const DRAFT_FIELDS = graphql(`
  fragment DraftFields on Bulletin {
    id
    version
    status
    title
    summary
    body
    bodyHtml
    category
    severity
    tier
    jurisdictions
    tags
    references
    expiresAt
    updatedAt
    originators {
      id
      name
      shortName
      kind
    }
    recipientOrganizations {
      id
      name
      shortName
      kind
    }
    recipientUserIds
    indicators {
      type
      value
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
`);

export const DRAFT_FOR_EDITING = graphql(`
  query DraftForEditing($id: ID!) {
    bulletin(id: $id) {
      ...DraftFields
    }
  }
`);

export const CREATE_DRAFT = graphql(`
  mutation CreateDraft($input: CreateBulletinInput!) {
    createBulletin(input: $input) {
      ...DraftFields
    }
  }
`);

export const UPDATE_DRAFT = graphql(`
  mutation UpdateDraft($input: UpdateBulletinInput!) {
    updateBulletin(input: $input) {
      ...DraftFields
    }
  }
`);

export const SUBMIT_DRAFT = graphql(`
  mutation SubmitDraft($input: SubmitBulletinInput!) {
    submitBulletin(input: $input) {
      ...DraftFields
    }
  }
`);

export const DIRECTORY_ORGANIZATION_FIELDS = graphql(`
  fragment DirectoryOrganizationFields on Organization {
    id
    name
    shortName
    kind
    jurisdiction
    vettedTier
  }
`);

/** The community directory, by name: co-originators, and recipients until the recipient picker comes. */
export const DIRECTORY_ORGANIZATIONS = graphql(`
  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {
    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {
      edges {
        node {
          ...DirectoryOrganizationFields
        }
      }
    }
  }
`);

export type DraftBulletin = DraftFieldsFragment;
export type DirectoryOrganization = DirectoryOrganizationFieldsFragment;
