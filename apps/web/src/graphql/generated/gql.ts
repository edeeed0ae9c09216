/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n": typeof types.BulletinPageFieldsFragmentDoc,
    "\n  query BulletinPage($id: ID!) {\n    latestEventSequence\n    bulletin(id: $id) {\n      ...BulletinPageFields\n    }\n  }\n": typeof types.BulletinPageDocument,
    "\n  mutation BulletinAcknowledge($id: ID!) {\n    acknowledgeBulletin(input: { id: $id }) {\n      ...BulletinPageFields\n    }\n  }\n": typeof types.BulletinAcknowledgeDocument,
    "\n  subscription BulletinLiveEvents($since: Float) {\n    bulletinEvents(since: $since) {\n      sequence\n      type\n      bulletin {\n        id\n      }\n    }\n  }\n": typeof types.BulletinLiveEventsDocument,
    "\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n  }\n": typeof types.DraftFieldsFragmentDoc,
    "\n  query DraftForEditing($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n    }\n  }\n": typeof types.DraftForEditingDocument,
    "\n  mutation CreateDraft($input: CreateBulletinInput!) {\n    createBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.CreateDraftDocument,
    "\n  mutation UpdateDraft($input: UpdateBulletinInput!) {\n    updateBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdateDraftDocument,
    "\n  mutation SubmitDraft($input: SubmitBulletinInput!) {\n    submitBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.SubmitDraftDocument,
    "\n  fragment DirectoryOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n  }\n": typeof types.DirectoryOrganizationFieldsFragmentDoc,
    "\n  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {\n      edges {\n        node {\n          ...DirectoryOrganizationFields\n        }\n      }\n    }\n  }\n": typeof types.DirectoryOrganizationsDocument,
    "\n  query MyDrafts {\n    bulletins(first: 100, filter: { statuses: [DRAFT, IN_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tier\n          category\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.MyDraftsDocument,
    "\n  fragment FeedBulletinFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    tier\n    severity\n    category\n    status\n    jurisdictions\n    tags\n    firstPublishedAt\n    publishedAt\n    retractedAt\n    retractionReason\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.FeedBulletinFieldsFragmentDoc,
    "\n  fragment FeedBulletinPage on BulletinConnection {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...FeedBulletinFields\n      }\n    }\n  }\n": typeof types.FeedBulletinPageFragmentDoc,
    "\n  query FeedSavedFeed($id: ID!) {\n    feed(id: $id) {\n      ...FeedSavedFeedFields\n    }\n  }\n": typeof types.FeedSavedFeedDocument,
    "\n  fragment FeedSavedFeedFields on Feed {\n    id\n    name\n    createdAt\n    updatedAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n  }\n": typeof types.FeedSavedFeedFieldsFragmentDoc,
    "\n  query FeedSavedFeeds {\n    feeds {\n      ...FeedSavedFeedFields\n    }\n  }\n": typeof types.FeedSavedFeedsDocument,
    "\n  mutation FeedCreateFeed($input: CreateFeedInput!) {\n    createFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n": typeof types.FeedCreateFeedDocument,
    "\n  mutation FeedRenameFeed($input: UpdateFeedInput!) {\n    updateFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n": typeof types.FeedRenameFeedDocument,
    "\n  mutation FeedDeleteFeed($input: FeedIdInput!) {\n    deleteFeed(input: $input)\n  }\n": typeof types.FeedDeleteFeedDocument,
    "\n  query FeedLatestEventSequence {\n    latestEventSequence\n  }\n": typeof types.FeedLatestEventSequenceDocument,
    "\n  query FeedBulletins($first: Int!, $after: String, $filter: BulletinFilter) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n": typeof types.FeedBulletinsDocument,
    "\n  query FeedSavedFeedItems($feedId: ID!, $first: Int!, $after: String) {\n    feedItems(feedId: $feedId, first: $first, after: $after) {\n      ...FeedBulletinPage\n    }\n  }\n": typeof types.FeedSavedFeedItemsDocument,
    "\n  subscription FeedBulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {\n    bulletinEvents(since: $since, filter: $filter, feedId: $feedId) {\n      sequence\n      type\n      bulletin {\n        ...FeedBulletinFields\n      }\n    }\n  }\n": typeof types.FeedBulletinEventsDocument,
    "\n  query FeedOriginatorOptions {\n    federal: organizations(first: 100, filter: { kind: FEDERAL }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    isacs: organizations(first: 100, filter: { kind: ISAC }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    states: organizations(first: 100, filter: { kind: STATE }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.FeedOriginatorOptionsDocument,
    "\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n": typeof types.SearchBulletinsDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n": types.BulletinPageFieldsFragmentDoc,
    "\n  query BulletinPage($id: ID!) {\n    latestEventSequence\n    bulletin(id: $id) {\n      ...BulletinPageFields\n    }\n  }\n": types.BulletinPageDocument,
    "\n  mutation BulletinAcknowledge($id: ID!) {\n    acknowledgeBulletin(input: { id: $id }) {\n      ...BulletinPageFields\n    }\n  }\n": types.BulletinAcknowledgeDocument,
    "\n  subscription BulletinLiveEvents($since: Float) {\n    bulletinEvents(since: $since) {\n      sequence\n      type\n      bulletin {\n        id\n      }\n    }\n  }\n": types.BulletinLiveEventsDocument,
    "\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n  }\n": types.DraftFieldsFragmentDoc,
    "\n  query DraftForEditing($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n    }\n  }\n": types.DraftForEditingDocument,
    "\n  mutation CreateDraft($input: CreateBulletinInput!) {\n    createBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.CreateDraftDocument,
    "\n  mutation UpdateDraft($input: UpdateBulletinInput!) {\n    updateBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.UpdateDraftDocument,
    "\n  mutation SubmitDraft($input: SubmitBulletinInput!) {\n    submitBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.SubmitDraftDocument,
    "\n  fragment DirectoryOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n  }\n": types.DirectoryOrganizationFieldsFragmentDoc,
    "\n  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {\n      edges {\n        node {\n          ...DirectoryOrganizationFields\n        }\n      }\n    }\n  }\n": types.DirectoryOrganizationsDocument,
    "\n  query MyDrafts {\n    bulletins(first: 100, filter: { statuses: [DRAFT, IN_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tier\n          category\n          updatedAt\n        }\n      }\n    }\n  }\n": types.MyDraftsDocument,
    "\n  fragment FeedBulletinFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    tier\n    severity\n    category\n    status\n    jurisdictions\n    tags\n    firstPublishedAt\n    publishedAt\n    retractedAt\n    retractionReason\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n    }\n  }\n": types.FeedBulletinFieldsFragmentDoc,
    "\n  fragment FeedBulletinPage on BulletinConnection {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...FeedBulletinFields\n      }\n    }\n  }\n": types.FeedBulletinPageFragmentDoc,
    "\n  query FeedSavedFeed($id: ID!) {\n    feed(id: $id) {\n      ...FeedSavedFeedFields\n    }\n  }\n": types.FeedSavedFeedDocument,
    "\n  fragment FeedSavedFeedFields on Feed {\n    id\n    name\n    createdAt\n    updatedAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n  }\n": types.FeedSavedFeedFieldsFragmentDoc,
    "\n  query FeedSavedFeeds {\n    feeds {\n      ...FeedSavedFeedFields\n    }\n  }\n": types.FeedSavedFeedsDocument,
    "\n  mutation FeedCreateFeed($input: CreateFeedInput!) {\n    createFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n": types.FeedCreateFeedDocument,
    "\n  mutation FeedRenameFeed($input: UpdateFeedInput!) {\n    updateFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n": types.FeedRenameFeedDocument,
    "\n  mutation FeedDeleteFeed($input: FeedIdInput!) {\n    deleteFeed(input: $input)\n  }\n": types.FeedDeleteFeedDocument,
    "\n  query FeedLatestEventSequence {\n    latestEventSequence\n  }\n": types.FeedLatestEventSequenceDocument,
    "\n  query FeedBulletins($first: Int!, $after: String, $filter: BulletinFilter) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n": types.FeedBulletinsDocument,
    "\n  query FeedSavedFeedItems($feedId: ID!, $first: Int!, $after: String) {\n    feedItems(feedId: $feedId, first: $first, after: $after) {\n      ...FeedBulletinPage\n    }\n  }\n": types.FeedSavedFeedItemsDocument,
    "\n  subscription FeedBulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {\n    bulletinEvents(since: $since, filter: $filter, feedId: $feedId) {\n      sequence\n      type\n      bulletin {\n        ...FeedBulletinFields\n      }\n    }\n  }\n": types.FeedBulletinEventsDocument,
    "\n  query FeedOriginatorOptions {\n    federal: organizations(first: 100, filter: { kind: FEDERAL }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    isacs: organizations(first: 100, filter: { kind: ISAC }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    states: organizations(first: 100, filter: { kind: STATE }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n": types.FeedOriginatorOptionsDocument,
    "\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n": types.SearchBulletinsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulletinPage($id: ID!) {\n    latestEventSequence\n    bulletin(id: $id) {\n      ...BulletinPageFields\n    }\n  }\n"): (typeof documents)["\n  query BulletinPage($id: ID!) {\n    latestEventSequence\n    bulletin(id: $id) {\n      ...BulletinPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulletinAcknowledge($id: ID!) {\n    acknowledgeBulletin(input: { id: $id }) {\n      ...BulletinPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation BulletinAcknowledge($id: ID!) {\n    acknowledgeBulletin(input: { id: $id }) {\n      ...BulletinPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BulletinLiveEvents($since: Float) {\n    bulletinEvents(since: $since) {\n      sequence\n      type\n      bulletin {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BulletinLiveEvents($since: Float) {\n    bulletinEvents(since: $since) {\n      sequence\n      type\n      bulletin {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftForEditing($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  query DraftForEditing($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraft($input: CreateBulletinInput!) {\n    createBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDraft($input: CreateBulletinInput!) {\n    createBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDraft($input: UpdateBulletinInput!) {\n    updateBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDraft($input: UpdateBulletinInput!) {\n    updateBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDraft($input: SubmitBulletinInput!) {\n    submitBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDraft($input: SubmitBulletinInput!) {\n    submitBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n  }\n"): (typeof documents)["\n  fragment DirectoryOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {\n      edges {\n        node {\n          ...DirectoryOrganizationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {\n      edges {\n        node {\n          ...DirectoryOrganizationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDrafts {\n    bulletins(first: 100, filter: { statuses: [DRAFT, IN_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tier\n          category\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDrafts {\n    bulletins(first: 100, filter: { statuses: [DRAFT, IN_REVIEW] }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tier\n          category\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedBulletinFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    tier\n    severity\n    category\n    status\n    jurisdictions\n    tags\n    firstPublishedAt\n    publishedAt\n    retractedAt\n    retractionReason\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment FeedBulletinFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    tier\n    severity\n    category\n    status\n    jurisdictions\n    tags\n    firstPublishedAt\n    publishedAt\n    retractedAt\n    retractionReason\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedBulletinPage on BulletinConnection {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...FeedBulletinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedBulletinPage on BulletinConnection {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...FeedBulletinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedSavedFeed($id: ID!) {\n    feed(id: $id) {\n      ...FeedSavedFeedFields\n    }\n  }\n"): (typeof documents)["\n  query FeedSavedFeed($id: ID!) {\n    feed(id: $id) {\n      ...FeedSavedFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedSavedFeedFields on Feed {\n    id\n    name\n    createdAt\n    updatedAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n  }\n"): (typeof documents)["\n  fragment FeedSavedFeedFields on Feed {\n    id\n    name\n    createdAt\n    updatedAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedSavedFeeds {\n    feeds {\n      ...FeedSavedFeedFields\n    }\n  }\n"): (typeof documents)["\n  query FeedSavedFeeds {\n    feeds {\n      ...FeedSavedFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedCreateFeed($input: CreateFeedInput!) {\n    createFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation FeedCreateFeed($input: CreateFeedInput!) {\n    createFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedRenameFeed($input: UpdateFeedInput!) {\n    updateFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n"): (typeof documents)["\n  mutation FeedRenameFeed($input: UpdateFeedInput!) {\n    updateFeed(input: $input) {\n      ...FeedSavedFeedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeedDeleteFeed($input: FeedIdInput!) {\n    deleteFeed(input: $input)\n  }\n"): (typeof documents)["\n  mutation FeedDeleteFeed($input: FeedIdInput!) {\n    deleteFeed(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedLatestEventSequence {\n    latestEventSequence\n  }\n"): (typeof documents)["\n  query FeedLatestEventSequence {\n    latestEventSequence\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedBulletins($first: Int!, $after: String, $filter: BulletinFilter) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n"): (typeof documents)["\n  query FeedBulletins($first: Int!, $after: String, $filter: BulletinFilter) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedSavedFeedItems($feedId: ID!, $first: Int!, $after: String) {\n    feedItems(feedId: $feedId, first: $first, after: $after) {\n      ...FeedBulletinPage\n    }\n  }\n"): (typeof documents)["\n  query FeedSavedFeedItems($feedId: ID!, $first: Int!, $after: String) {\n    feedItems(feedId: $feedId, first: $first, after: $after) {\n      ...FeedBulletinPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedBulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {\n    bulletinEvents(since: $since, filter: $filter, feedId: $feedId) {\n      sequence\n      type\n      bulletin {\n        ...FeedBulletinFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription FeedBulletinEvents($since: Float, $filter: BulletinEventFilter, $feedId: ID) {\n    bulletinEvents(since: $since, filter: $filter, feedId: $feedId) {\n      sequence\n      type\n      bulletin {\n        ...FeedBulletinFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedOriginatorOptions {\n    federal: organizations(first: 100, filter: { kind: FEDERAL }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    isacs: organizations(first: 100, filter: { kind: ISAC }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    states: organizations(first: 100, filter: { kind: STATE }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedOriginatorOptions {\n    federal: organizations(first: 100, filter: { kind: FEDERAL }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    isacs: organizations(first: 100, filter: { kind: ISAC }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n    states: organizations(first: 100, filter: { kind: STATE }) {\n      edges {\n        node {\n          id\n          name\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n"): (typeof documents)["\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;