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
    "\n  query DemoSignInCode($challengeToken: String!) {\n    demoSignInCode(challengeToken: $challengeToken)\n  }\n": typeof types.DemoSignInCodeDocument,
    "\n  mutation BeginTotpEnrolment($input: EnrolmentChallengeInput) {\n    beginTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": typeof types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation BeginPasskeyRegistration($input: EnrolmentChallengeInput) {\n    beginPasskeyRegistration(input: $input)\n  }\n": typeof types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      passkey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FinishPasskeyRegistrationDocument,
    "\n  mutation BeginSecondFactorWebauthn($input: WebauthnChallengeInput!) {\n    beginSecondFactorWebauthn(input: $input)\n  }\n": typeof types.BeginSecondFactorWebauthnDocument,
    "\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn {\n      challengeToken\n      optionsJson\n    }\n  }\n": typeof types.BeginPasskeySignInDocument,
    "\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) {\n      organizationId\n      organizationName\n      startUrl\n    }\n  }\n": typeof types.SingleSignOnDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n": typeof types.PasskeyFieldsFragmentDoc,
    "\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      passkeys {\n        ...PasskeyFields\n      }\n    }\n  }\n": typeof types.MySecondFactorsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      signInMethod\n      secondFactor\n      device\n      ipAddress\n      startedAt\n      lastUsedAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      ...PasskeyFields\n    }\n  }\n": typeof types.RenamePasskeyDocument,
    "\n  mutation RemovePasskey($input: PasskeyIdInput!) {\n    removePasskey(input: $input) {\n      id\n    }\n  }\n": typeof types.RemovePasskeyDocument,
    "\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n": typeof types.RemoveTotpDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  fragment AcknowledgementReportFields on AcknowledgementReport {\n    revision\n    acknowledgedCount\n    pendingCount\n    organizations {\n      organization {\n        id\n        name\n        shortName\n      }\n      acknowledged {\n        userId\n        displayName\n        email\n        acknowledgedAt\n      }\n      pending {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n": typeof types.AcknowledgementReportFieldsFragmentDoc,
    "\n  query AcknowledgementDashboard($id: ID!) {\n    bulletin(id: $id) {\n      id\n      reference\n      title\n      tier\n      status\n      revision\n      publishedAt\n      firstPublishedAt\n      acknowledgements {\n        ...AcknowledgementReportFields\n      }\n    }\n  }\n": typeof types.AcknowledgementDashboardDocument,
    "\n  subscription AcknowledgementsChanged($bulletinId: ID!) {\n    acknowledgementsChanged(bulletinId: $bulletinId) {\n      ...AcknowledgementReportFields\n    }\n  }\n": typeof types.AcknowledgementsChangedDocument,
    "\n  query AdminContext {\n    viewer {\n      clearance\n      permissions\n      user {\n        id\n      }\n      organization {\n        id\n        name\n        vettedTier\n      }\n    }\n  }\n": typeof types.AdminContextDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    roles\n    clearance\n    active\n    lockedUntil\n    lastSignInAt\n    createdAt\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminDeactivateUserDocument,
    "\n  mutation AdminReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AdminReactivateUserDocument,
    "\n  fragment AdminApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    roles\n    clearance\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    rotatedFromId\n    active\n  }\n": typeof types.AdminApiKeyFieldsFragmentDoc,
    "\n  fragment AdminApiKeyWithSecretFields on ApiKeyWithSecret {\n    secret\n    apiKey {\n      ...AdminApiKeyFields\n    }\n  }\n": typeof types.AdminApiKeyWithSecretFieldsFragmentDoc,
    "\n  query AdminApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminApiKeyFields\n        }\n      }\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n": typeof types.AdminRotateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      ...AdminApiKeyFields\n    }\n  }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  fragment AdminWebhookFields on Webhook {\n    id\n    name\n    url\n    clearance\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretRotatedAt\n    previousSecretExpiresAt\n    createdAt\n    filter {\n      types\n      tiers\n      categories\n      minSeverity\n    }\n  }\n": typeof types.AdminWebhookFieldsFragmentDoc,
    "\n  fragment AdminWebhookWithSecretFields on WebhookWithSecret {\n    secret\n    webhook {\n      ...AdminWebhookFields\n    }\n  }\n": typeof types.AdminWebhookWithSecretFieldsFragmentDoc,
    "\n  query AdminWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminWebhookFields\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhooksDocument,
    "\n  query AdminWebhook($id: ID!) {\n    webhook(id: $id) {\n      ...AdminWebhookFields\n    }\n  }\n": typeof types.AdminWebhookDocument,
    "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n": typeof types.AdminCreateWebhookDocument,
    "\n  mutation AdminRotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n": typeof types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDisableWebhook($input: DisableWebhookInput!) {\n    disableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n": typeof types.AdminDisableWebhookDocument,
    "\n  mutation AdminEnableWebhook($input: WebhookIdInput!) {\n    enableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n": typeof types.AdminEnableWebhookDocument,
    "\n  mutation AdminDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n": typeof types.AdminDeleteWebhookDocument,
    "\n  query AdminWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          sequence\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhookDeliveriesDocument,
    "\n  query AdminAuditEvents($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          position\n          occurredAt\n          actorKind\n          actorUserId\n          actorApiKeyId\n          actorOrganizationId\n          action\n          targetType\n          targetId\n          outcome\n          clientAddress\n          details\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditEventsDocument,
    "\n  query AdminAuditChainVerification {\n    auditChainVerification {\n      intact\n      checkedAt\n      reusedUntil\n      scope\n      reason\n      verifiedThrough {\n        position\n        occurredAt\n      }\n      firstUnverified {\n        position\n        occurredAt\n      }\n    }\n  }\n": typeof types.AdminAuditChainVerificationDocument,
    "\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n    active\n    parent {\n      id\n    }\n  }\n": typeof types.AdminOrganizationFieldsFragmentDoc,
    "\n  query AdminOrganizations($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganizationFields\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminCreateOrganizationDocument,
    "\n  mutation AdminVetOrganization($input: VetOrganizationInput!) {\n    vetOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminVetOrganizationDocument,
    "\n  mutation AdminDeactivateOrganization($input: OrganizationIdInput!) {\n    deactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminDeactivateOrganizationDocument,
    "\n  mutation AdminReactivateOrganization($input: OrganizationIdInput!) {\n    reactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": typeof types.AdminReactivateOrganizationDocument,
    "\n  query TaxiiConnection {\n    serverInfo {\n      taxiiDiscoveryPath\n      taxiiCollectionId\n    }\n  }\n": typeof types.TaxiiConnectionDocument,
    "\n  query MailAdminContext {\n    viewer {\n      organization {\n        id\n        name\n        vettedTier\n        mailDetail\n      }\n    }\n  }\n": typeof types.MailAdminContextDocument,
    "\n  mutation SetOrganizationMailDetail($input: SetOrganizationMailDetailInput!) {\n    setOrganizationMailDetail(input: $input) {\n      id\n      mailDetail\n    }\n  }\n": typeof types.SetOrganizationMailDetailDocument,
    "\n  fragment MailboxSubscriptionFields on MailboxSubscription {\n    id\n    name\n    createdAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n    mail {\n      ...MailDeliveryFields\n    }\n  }\n": typeof types.MailboxSubscriptionFieldsFragmentDoc,
    "\n  fragment OrganizationMailboxFields on OrganizationMailbox {\n    id\n    name\n    address\n    active\n    createdAt\n    subscriptions {\n      ...MailboxSubscriptionFields\n    }\n  }\n": typeof types.OrganizationMailboxFieldsFragmentDoc,
    "\n  query OrganizationMailboxes {\n    organizationMailboxes {\n      ...OrganizationMailboxFields\n    }\n  }\n": typeof types.OrganizationMailboxesDocument,
    "\n  mutation CreateOrganizationMailbox($input: CreateOrganizationMailboxInput!) {\n    createOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n": typeof types.CreateOrganizationMailboxDocument,
    "\n  mutation UpdateOrganizationMailbox($input: UpdateOrganizationMailboxInput!) {\n    updateOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n": typeof types.UpdateOrganizationMailboxDocument,
    "\n  mutation DeleteOrganizationMailbox($id: ID!) {\n    deleteOrganizationMailbox(id: $id)\n  }\n": typeof types.DeleteOrganizationMailboxDocument,
    "\n  mutation CreateMailboxSubscription($input: CreateMailboxSubscriptionInput!) {\n    createMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n": typeof types.CreateMailboxSubscriptionDocument,
    "\n  mutation UpdateMailboxSubscription($input: UpdateMailboxSubscriptionInput!) {\n    updateMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n": typeof types.UpdateMailboxSubscriptionDocument,
    "\n  mutation DeleteMailboxSubscription($id: ID!) {\n    deleteMailboxSubscription(id: $id)\n  }\n": typeof types.DeleteMailboxSubscriptionDocument,
    "\n  query OrganizationMails($first: Int!, $after: String, $status: MailStatus) {\n    organizationMails(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMailsDocument,
    "\n  query SignInPolicy {\n    viewer {\n      organization {\n        id\n        name\n        requireSecondFactor\n        allowPasswordless\n      }\n    }\n  }\n": typeof types.SignInPolicyDocument,
    "\n  mutation SetSignInPolicy($input: SetOrganizationSignInPolicyInput!) {\n    setOrganizationSignInPolicy(input: $input) {\n      id\n      requireSecondFactor\n      allowPasswordless\n    }\n  }\n": typeof types.SetSignInPolicyDocument,
    "\n  mutation ResetSecondFactors($input: ResetSecondFactorsInput!) {\n    resetSecondFactors(input: $input) {\n      id\n    }\n  }\n": typeof types.ResetSecondFactorsDocument,
    "\n  mutation EndUserSessions($input: UserSessionsInput!) {\n    endUserSessions(input: $input)\n  }\n": typeof types.EndUserSessionsDocument,
    "\n  query AmendSource($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n      reference\n      revision\n      pendingAmendment {\n        revision\n        tier\n      }\n    }\n  }\n": typeof types.AmendSourceDocument,
    "\n  mutation AmendBulletin($input: AmendBulletinInput!) {\n    amendBulletin(input: $input) {\n      id\n      version\n      revision\n      tier\n      status\n      pendingAmendment {\n        revision\n        tier\n      }\n      review {\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AmendBulletinDocument,
    "\n  mutation RetractBulletin($input: RetractBulletinInput!) {\n    retractBulletin(input: $input) {\n      ...BulletinPageFields\n    }\n  }\n": typeof types.RetractBulletinDocument,
    "\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    review {\n      ...ReviewFields\n    }\n    pendingAmendment {\n      revision\n      tier\n      title\n      changeNote\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n": typeof types.BulletinPageFieldsFragmentDoc,
    "\n  query BulletinPage($id: ID!) {\n    latestEventSequence\n    bulletin(id: $id) {\n      ...BulletinPageFields\n    }\n  }\n": typeof types.BulletinPageDocument,
    "\n  mutation BulletinAcknowledge($id: ID!) {\n    acknowledgeBulletin(input: { id: $id }) {\n      ...BulletinPageFields\n    }\n  }\n": typeof types.BulletinAcknowledgeDocument,
    "\n  subscription BulletinLiveEvents($since: Float) {\n    bulletinEvents(since: $since) {\n      sequence\n      type\n      bulletin {\n        id\n      }\n    }\n  }\n": typeof types.BulletinLiveEventsDocument,
    "\n  query StixBundle($id: ID!) {\n    stixBundle(bulletinId: $id)\n  }\n": typeof types.StixBundleDocument,
    "\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DraftFieldsFragmentDoc,
    "\n  query DraftForEditing($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n    }\n  }\n": typeof types.DraftForEditingDocument,
    "\n  mutation CreateDraft($input: CreateBulletinInput!) {\n    createBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.CreateDraftDocument,
    "\n  mutation UpdateDraft($input: UpdateBulletinInput!) {\n    updateBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.UpdateDraftDocument,
    "\n  mutation SubmitDraft($input: SubmitBulletinInput!) {\n    submitBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": typeof types.SubmitDraftDocument,
    "\n  fragment DirectoryOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n  }\n": typeof types.DirectoryOrganizationFieldsFragmentDoc,
    "\n  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {\n      edges {\n        node {\n          ...DirectoryOrganizationFields\n        }\n      }\n    }\n  }\n": typeof types.DirectoryOrganizationsDocument,
    "\n  fragment RecipientOptionFields on RecipientOption {\n    id\n    kind\n    name\n    offered\n    reason\n    reasonText\n    organizationKind\n    parentId\n    email\n    organizationName\n  }\n": typeof types.RecipientOptionFieldsFragmentDoc,
    "\n  query RecipientOptions($tier: Tier!, $search: String, $after: String) {\n    recipientOptions(tier: $tier, search: $search, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n": typeof types.RecipientOptionsDocument,
    "\n  query RecheckRecipients($tier: Tier!, $ids: [ID!]!) {\n    recipientOptions(tier: $tier, ids: $ids) {\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n": typeof types.RecheckRecipientsDocument,
    "\n  query ApproverOptions($bulletinId: ID!, $tier: Tier) {\n    approverOptions(bulletinId: $bulletinId, tier: $tier, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          organizationName\n          offered\n          reasonText\n        }\n      }\n    }\n  }\n": typeof types.ApproverOptionsDocument,
    "\n  query StixImportPreview($json: String!) {\n    stixImportPreview(json: $json) {\n      title\n      tier\n      category\n      severity\n      indicatorCount\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n": typeof types.StixImportPreviewDocument,
    "\n  mutation ImportStixBundle($input: ImportStixBundleInput!) {\n    importStixBundle(input: $input) {\n      bulletin {\n        id\n      }\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n": typeof types.ImportStixBundleDocument,
    "\n  query StixImportLimit {\n    serverInfo {\n      maxRequestBytes\n    }\n  }\n": typeof types.StixImportLimitDocument,
    "\n  query PreviewBulletinBody($body: String!) {\n    previewBulletinBody(body: $body)\n  }\n": typeof types.PreviewBulletinBodyDocument,
    "\n  fragment MyBulletinFields on Bulletin {\n    id\n    title\n    status\n    tier\n    category\n  }\n": typeof types.MyBulletinFieldsFragmentDoc,
    "\n  query MyDrafts {\n    drafts: bulletins(first: 100, filter: { authoredByMe: true, statuses: [DRAFT, IN_REVIEW] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          updatedAt\n          reviewComments {\n            revision\n            comment\n            at\n            by {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    sent: bulletins(first: 10, filter: { authoredByMe: true, statuses: [PUBLISHED, RETRACTED] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          reference\n          publishedAt\n          retractedAt\n        }\n      }\n    }\n  }\n": typeof types.MyDraftsDocument,
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
    "\n  query ReportIncidentOptions {\n    incidentRecipientOptions {\n      id\n      name\n      shortName\n      kind\n      jurisdiction\n      vettedTier\n    }\n  }\n": typeof types.ReportIncidentOptionsDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  fragment IncidentListFields on IncidentReport {\n    id\n    reference\n    title\n    category\n    impact\n    tier\n    status\n    jurisdiction\n    createdAt\n    updatedAt\n    assigneeName\n    assignedToYou\n    mayTriage\n    reporterName\n    reportingOrganization {\n      id\n      name\n      shortName\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n    }\n  }\n": typeof types.IncidentListFieldsFragmentDoc,
    "\n  query IncidentList($filter: IncidentReportFilter, $after: String) {\n    latestIncidentEventSequence\n    incidentReports(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IncidentListFields\n        }\n      }\n    }\n  }\n": typeof types.IncidentListDocument,
    "\n  fragment IncidentCommentFields on IncidentComment {\n    id\n    body\n    authorName\n    authorOrganizationName\n    fromReporterSide\n    createdAt\n  }\n": typeof types.IncidentCommentFieldsFragmentDoc,
    "\n  fragment IncidentPageFields on IncidentReport {\n    ...IncidentListFields\n    description\n    descriptionHtml\n    startedAt\n    location\n    reporterMayBeNamed\n    firstResponseAt\n    indicators {\n      type\n      value\n    }\n    comments {\n      ...IncidentCommentFields\n    }\n    related {\n      reportCount\n      bulletinCount\n      sharedIndicators {\n        type\n        value\n      }\n      reports {\n        id\n        reference\n        title\n        status\n        createdAt\n      }\n      bulletins {\n        id\n        reference\n        title\n        tier\n        status\n      }\n    }\n    bulletins {\n      id\n      reference\n      title\n      tier\n      status\n    }\n  }\n": typeof types.IncidentPageFieldsFragmentDoc,
    "\n  query IncidentPage($id: ID!) {\n    latestIncidentEventSequence\n    incidentReport(id: $id) {\n      ...IncidentPageFields\n    }\n  }\n": typeof types.IncidentPageDocument,
    "\n  subscription IncidentEvents($since: Float, $reportId: ID) {\n    incidentEvents(since: $since, reportId: $reportId) {\n      sequence\n      type\n      occurredAt\n      status\n      report {\n        id\n      }\n      comment {\n        id\n        authorName\n        authorOrganizationName\n        fromReporterSide\n      }\n    }\n  }\n": typeof types.IncidentEventsDocument,
    "\n  mutation TakeIncident($id: ID!) {\n    takeIncidentReport(input: { id: $id }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n": typeof types.TakeIncidentDocument,
    "\n  mutation SetIncidentStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(input: { id: $id, status: $status }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n": typeof types.SetIncidentStatusDocument,
    "\n  mutation CommentOnIncident($id: ID!, $body: String!) {\n    commentOnIncidentReport(input: { id: $id, body: $body }) {\n      ...IncidentCommentFields\n    }\n  }\n": typeof types.CommentOnIncidentDocument,
    "\n  mutation DraftBulletinFromIncident($id: ID!) {\n    draftBulletinFromIncidentReport(input: { id: $id }) {\n      id\n    }\n  }\n": typeof types.DraftBulletinFromIncidentDocument,
    "\n  fragment MailDeliveryFields on MailDelivery {\n    immediateMinSeverity\n    digest\n    digestHour\n    timeZone\n    nextDigestAt\n  }\n": typeof types.MailDeliveryFieldsFragmentDoc,
    "\n  query FeedMail($id: ID!) {\n    feed(id: $id) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n": typeof types.FeedMailDocument,
    "\n  mutation SetFeedMailDelivery($input: SetFeedMailDeliveryInput!) {\n    setFeedMailDelivery(input: $input) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n": typeof types.SetFeedMailDeliveryDocument,
    "\n  fragment MailRecordFields on MailRecord {\n    id\n    kind\n    status\n    recipient\n    mailboxName\n    feedName\n    attempts\n    lastResponse\n    bulletinCount\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n  }\n": typeof types.MailRecordFieldsFragmentDoc,
    "\n  query MyMails($first: Int!, $after: String) {\n    myMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n": typeof types.MyMailsDocument,
    "\n  fragment OfficeNoteFields on BulletinNote {\n    id\n    bulletinId\n    body\n    authorName\n    writtenByYou\n    createdAt\n  }\n": typeof types.OfficeNoteFieldsFragmentDoc,
    "\n  query OfficeNotes($bulletinId: ID!) {\n    bulletinNotes(bulletinId: $bulletinId) {\n      ...OfficeNoteFields\n    }\n  }\n": typeof types.OfficeNotesDocument,
    "\n  mutation AddOfficeNote($input: AddBulletinNoteInput!) {\n    addBulletinNote(input: $input) {\n      ...OfficeNoteFields\n    }\n  }\n": typeof types.AddOfficeNoteDocument,
    "\n  mutation DeleteOfficeNote($id: ID!) {\n    deleteBulletinNote(input: { id: $id })\n  }\n": typeof types.DeleteOfficeNoteDocument,
    "\n  fragment ReviewFields on BulletinReview {\n    revision\n    tier\n    isAmendment\n    needsSecondPublisher\n    author {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    viewerCanPublish\n    cannotPublishReasonText\n  }\n": typeof types.ReviewFieldsFragmentDoc,
    "\n  query ReviewQueue($after: String) {\n    reviewQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          tier\n          status\n          category\n          updatedAt\n          originators {\n            id\n            shortName\n          }\n          review {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ReviewPublish($input: BulletinRefInput!) {\n    publishBulletin(input: $input) {\n      id\n      version\n      status\n      reference\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n": typeof types.ReviewPublishDocument,
    "\n  mutation ReviewReturn($input: ReturnBulletinInput!) {\n    returnBulletin(input: $input) {\n      id\n      version\n      status\n      review {\n        ...ReviewFields\n      }\n      reviewComments {\n        revision\n        comment\n        at\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ReviewReturnDocument,
    "\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n": typeof types.SearchBulletinsDocument,
};
const documents: Documents = {
    "\n  query DemoSignInCode($challengeToken: String!) {\n    demoSignInCode(challengeToken: $challengeToken)\n  }\n": types.DemoSignInCodeDocument,
    "\n  mutation BeginTotpEnrolment($input: EnrolmentChallengeInput) {\n    beginTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n": types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation BeginPasskeyRegistration($input: EnrolmentChallengeInput) {\n    beginPasskeyRegistration(input: $input)\n  }\n": types.BeginPasskeyRegistrationDocument,
    "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      passkey {\n        id\n        name\n      }\n    }\n  }\n": types.FinishPasskeyRegistrationDocument,
    "\n  mutation BeginSecondFactorWebauthn($input: WebauthnChallengeInput!) {\n    beginSecondFactorWebauthn(input: $input)\n  }\n": types.BeginSecondFactorWebauthnDocument,
    "\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn {\n      challengeToken\n      optionsJson\n    }\n  }\n": types.BeginPasskeySignInDocument,
    "\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) {\n      organizationId\n      organizationName\n      startUrl\n    }\n  }\n": types.SingleSignOnDocument,
    "\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n": types.PasskeyFieldsFragmentDoc,
    "\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      passkeys {\n        ...PasskeyFields\n      }\n    }\n  }\n": types.MySecondFactorsDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      signInMethod\n      secondFactor\n      device\n      ipAddress\n      startedAt\n      lastUsedAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      ...PasskeyFields\n    }\n  }\n": types.RenamePasskeyDocument,
    "\n  mutation RemovePasskey($input: PasskeyIdInput!) {\n    removePasskey(input: $input) {\n      id\n    }\n  }\n": types.RemovePasskeyDocument,
    "\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n": types.RemoveTotpDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n": types.EndOtherSessionsDocument,
    "\n  fragment AcknowledgementReportFields on AcknowledgementReport {\n    revision\n    acknowledgedCount\n    pendingCount\n    organizations {\n      organization {\n        id\n        name\n        shortName\n      }\n      acknowledged {\n        userId\n        displayName\n        email\n        acknowledgedAt\n      }\n      pending {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n": types.AcknowledgementReportFieldsFragmentDoc,
    "\n  query AcknowledgementDashboard($id: ID!) {\n    bulletin(id: $id) {\n      id\n      reference\n      title\n      tier\n      status\n      revision\n      publishedAt\n      firstPublishedAt\n      acknowledgements {\n        ...AcknowledgementReportFields\n      }\n    }\n  }\n": types.AcknowledgementDashboardDocument,
    "\n  subscription AcknowledgementsChanged($bulletinId: ID!) {\n    acknowledgementsChanged(bulletinId: $bulletinId) {\n      ...AcknowledgementReportFields\n    }\n  }\n": types.AcknowledgementsChangedDocument,
    "\n  query AdminContext {\n    viewer {\n      clearance\n      permissions\n      user {\n        id\n      }\n      organization {\n        id\n        name\n        vettedTier\n      }\n    }\n  }\n": types.AdminContextDocument,
    "\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    roles\n    clearance\n    active\n    lockedUntil\n    lastSignInAt\n    createdAt\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminDeactivateUserDocument,
    "\n  mutation AdminReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AdminReactivateUserDocument,
    "\n  fragment AdminApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    roles\n    clearance\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    rotatedFromId\n    active\n  }\n": types.AdminApiKeyFieldsFragmentDoc,
    "\n  fragment AdminApiKeyWithSecretFields on ApiKeyWithSecret {\n    secret\n    apiKey {\n      ...AdminApiKeyFields\n    }\n  }\n": types.AdminApiKeyWithSecretFieldsFragmentDoc,
    "\n  query AdminApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminApiKeyFields\n        }\n      }\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n": types.AdminRotateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      ...AdminApiKeyFields\n    }\n  }\n": types.AdminRevokeApiKeyDocument,
    "\n  fragment AdminWebhookFields on Webhook {\n    id\n    name\n    url\n    clearance\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretRotatedAt\n    previousSecretExpiresAt\n    createdAt\n    filter {\n      types\n      tiers\n      categories\n      minSeverity\n    }\n  }\n": types.AdminWebhookFieldsFragmentDoc,
    "\n  fragment AdminWebhookWithSecretFields on WebhookWithSecret {\n    secret\n    webhook {\n      ...AdminWebhookFields\n    }\n  }\n": types.AdminWebhookWithSecretFieldsFragmentDoc,
    "\n  query AdminWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminWebhookFields\n        }\n      }\n    }\n  }\n": types.AdminWebhooksDocument,
    "\n  query AdminWebhook($id: ID!) {\n    webhook(id: $id) {\n      ...AdminWebhookFields\n    }\n  }\n": types.AdminWebhookDocument,
    "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n": types.AdminCreateWebhookDocument,
    "\n  mutation AdminRotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n": types.AdminRotateWebhookSecretDocument,
    "\n  mutation AdminDisableWebhook($input: DisableWebhookInput!) {\n    disableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n": types.AdminDisableWebhookDocument,
    "\n  mutation AdminEnableWebhook($input: WebhookIdInput!) {\n    enableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n": types.AdminEnableWebhookDocument,
    "\n  mutation AdminDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n": types.AdminDeleteWebhookDocument,
    "\n  query AdminWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          sequence\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminWebhookDeliveriesDocument,
    "\n  query AdminAuditEvents($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          position\n          occurredAt\n          actorKind\n          actorUserId\n          actorApiKeyId\n          actorOrganizationId\n          action\n          targetType\n          targetId\n          outcome\n          clientAddress\n          details\n        }\n      }\n    }\n  }\n": types.AdminAuditEventsDocument,
    "\n  query AdminAuditChainVerification {\n    auditChainVerification {\n      intact\n      checkedAt\n      reusedUntil\n      scope\n      reason\n      verifiedThrough {\n        position\n        occurredAt\n      }\n      firstUnverified {\n        position\n        occurredAt\n      }\n    }\n  }\n": types.AdminAuditChainVerificationDocument,
    "\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n    active\n    parent {\n      id\n    }\n  }\n": types.AdminOrganizationFieldsFragmentDoc,
    "\n  query AdminOrganizations($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganizationFields\n        }\n      }\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminCreateOrganizationDocument,
    "\n  mutation AdminVetOrganization($input: VetOrganizationInput!) {\n    vetOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminVetOrganizationDocument,
    "\n  mutation AdminDeactivateOrganization($input: OrganizationIdInput!) {\n    deactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminDeactivateOrganizationDocument,
    "\n  mutation AdminReactivateOrganization($input: OrganizationIdInput!) {\n    reactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n": types.AdminReactivateOrganizationDocument,
    "\n  query TaxiiConnection {\n    serverInfo {\n      taxiiDiscoveryPath\n      taxiiCollectionId\n    }\n  }\n": types.TaxiiConnectionDocument,
    "\n  query MailAdminContext {\n    viewer {\n      organization {\n        id\n        name\n        vettedTier\n        mailDetail\n      }\n    }\n  }\n": types.MailAdminContextDocument,
    "\n  mutation SetOrganizationMailDetail($input: SetOrganizationMailDetailInput!) {\n    setOrganizationMailDetail(input: $input) {\n      id\n      mailDetail\n    }\n  }\n": types.SetOrganizationMailDetailDocument,
    "\n  fragment MailboxSubscriptionFields on MailboxSubscription {\n    id\n    name\n    createdAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n    mail {\n      ...MailDeliveryFields\n    }\n  }\n": types.MailboxSubscriptionFieldsFragmentDoc,
    "\n  fragment OrganizationMailboxFields on OrganizationMailbox {\n    id\n    name\n    address\n    active\n    createdAt\n    subscriptions {\n      ...MailboxSubscriptionFields\n    }\n  }\n": types.OrganizationMailboxFieldsFragmentDoc,
    "\n  query OrganizationMailboxes {\n    organizationMailboxes {\n      ...OrganizationMailboxFields\n    }\n  }\n": types.OrganizationMailboxesDocument,
    "\n  mutation CreateOrganizationMailbox($input: CreateOrganizationMailboxInput!) {\n    createOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n": types.CreateOrganizationMailboxDocument,
    "\n  mutation UpdateOrganizationMailbox($input: UpdateOrganizationMailboxInput!) {\n    updateOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n": types.UpdateOrganizationMailboxDocument,
    "\n  mutation DeleteOrganizationMailbox($id: ID!) {\n    deleteOrganizationMailbox(id: $id)\n  }\n": types.DeleteOrganizationMailboxDocument,
    "\n  mutation CreateMailboxSubscription($input: CreateMailboxSubscriptionInput!) {\n    createMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n": types.CreateMailboxSubscriptionDocument,
    "\n  mutation UpdateMailboxSubscription($input: UpdateMailboxSubscriptionInput!) {\n    updateMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n": types.UpdateMailboxSubscriptionDocument,
    "\n  mutation DeleteMailboxSubscription($id: ID!) {\n    deleteMailboxSubscription(id: $id)\n  }\n": types.DeleteMailboxSubscriptionDocument,
    "\n  query OrganizationMails($first: Int!, $after: String, $status: MailStatus) {\n    organizationMails(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n": types.OrganizationMailsDocument,
    "\n  query SignInPolicy {\n    viewer {\n      organization {\n        id\n        name\n        requireSecondFactor\n        allowPasswordless\n      }\n    }\n  }\n": types.SignInPolicyDocument,
    "\n  mutation SetSignInPolicy($input: SetOrganizationSignInPolicyInput!) {\n    setOrganizationSignInPolicy(input: $input) {\n      id\n      requireSecondFactor\n      allowPasswordless\n    }\n  }\n": types.SetSignInPolicyDocument,
    "\n  mutation ResetSecondFactors($input: ResetSecondFactorsInput!) {\n    resetSecondFactors(input: $input) {\n      id\n    }\n  }\n": types.ResetSecondFactorsDocument,
    "\n  mutation EndUserSessions($input: UserSessionsInput!) {\n    endUserSessions(input: $input)\n  }\n": types.EndUserSessionsDocument,
    "\n  query AmendSource($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n      reference\n      revision\n      pendingAmendment {\n        revision\n        tier\n      }\n    }\n  }\n": types.AmendSourceDocument,
    "\n  mutation AmendBulletin($input: AmendBulletinInput!) {\n    amendBulletin(input: $input) {\n      id\n      version\n      revision\n      tier\n      status\n      pendingAmendment {\n        revision\n        tier\n      }\n      review {\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AmendBulletinDocument,
    "\n  mutation RetractBulletin($input: RetractBulletinInput!) {\n    retractBulletin(input: $input) {\n      ...BulletinPageFields\n    }\n  }\n": types.RetractBulletinDocument,
    "\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    review {\n      ...ReviewFields\n    }\n    pendingAmendment {\n      revision\n      tier\n      title\n      changeNote\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n": types.BulletinPageFieldsFragmentDoc,
    "\n  query BulletinPage($id: ID!) {\n    latestEventSequence\n    bulletin(id: $id) {\n      ...BulletinPageFields\n    }\n  }\n": types.BulletinPageDocument,
    "\n  mutation BulletinAcknowledge($id: ID!) {\n    acknowledgeBulletin(input: { id: $id }) {\n      ...BulletinPageFields\n    }\n  }\n": types.BulletinAcknowledgeDocument,
    "\n  subscription BulletinLiveEvents($since: Float) {\n    bulletinEvents(since: $since) {\n      sequence\n      type\n      bulletin {\n        id\n      }\n    }\n  }\n": types.BulletinLiveEventsDocument,
    "\n  query StixBundle($id: ID!) {\n    stixBundle(bulletinId: $id)\n  }\n": types.StixBundleDocument,
    "\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n": types.DraftFieldsFragmentDoc,
    "\n  query DraftForEditing($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n    }\n  }\n": types.DraftForEditingDocument,
    "\n  mutation CreateDraft($input: CreateBulletinInput!) {\n    createBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.CreateDraftDocument,
    "\n  mutation UpdateDraft($input: UpdateBulletinInput!) {\n    updateBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.UpdateDraftDocument,
    "\n  mutation SubmitDraft($input: SubmitBulletinInput!) {\n    submitBulletin(input: $input) {\n      ...DraftFields\n    }\n  }\n": types.SubmitDraftDocument,
    "\n  fragment DirectoryOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n  }\n": types.DirectoryOrganizationFieldsFragmentDoc,
    "\n  query DirectoryOrganizations($search: String, $kind: OrganizationKind) {\n    organizations(first: 50, filter: { search: $search, kind: $kind, active: true }) {\n      edges {\n        node {\n          ...DirectoryOrganizationFields\n        }\n      }\n    }\n  }\n": types.DirectoryOrganizationsDocument,
    "\n  fragment RecipientOptionFields on RecipientOption {\n    id\n    kind\n    name\n    offered\n    reason\n    reasonText\n    organizationKind\n    parentId\n    email\n    organizationName\n  }\n": types.RecipientOptionFieldsFragmentDoc,
    "\n  query RecipientOptions($tier: Tier!, $search: String, $after: String) {\n    recipientOptions(tier: $tier, search: $search, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n": types.RecipientOptionsDocument,
    "\n  query RecheckRecipients($tier: Tier!, $ids: [ID!]!) {\n    recipientOptions(tier: $tier, ids: $ids) {\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n": types.RecheckRecipientsDocument,
    "\n  query ApproverOptions($bulletinId: ID!, $tier: Tier) {\n    approverOptions(bulletinId: $bulletinId, tier: $tier, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          organizationName\n          offered\n          reasonText\n        }\n      }\n    }\n  }\n": types.ApproverOptionsDocument,
    "\n  query StixImportPreview($json: String!) {\n    stixImportPreview(json: $json) {\n      title\n      tier\n      category\n      severity\n      indicatorCount\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n": types.StixImportPreviewDocument,
    "\n  mutation ImportStixBundle($input: ImportStixBundleInput!) {\n    importStixBundle(input: $input) {\n      bulletin {\n        id\n      }\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n": types.ImportStixBundleDocument,
    "\n  query StixImportLimit {\n    serverInfo {\n      maxRequestBytes\n    }\n  }\n": types.StixImportLimitDocument,
    "\n  query PreviewBulletinBody($body: String!) {\n    previewBulletinBody(body: $body)\n  }\n": types.PreviewBulletinBodyDocument,
    "\n  fragment MyBulletinFields on Bulletin {\n    id\n    title\n    status\n    tier\n    category\n  }\n": types.MyBulletinFieldsFragmentDoc,
    "\n  query MyDrafts {\n    drafts: bulletins(first: 100, filter: { authoredByMe: true, statuses: [DRAFT, IN_REVIEW] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          updatedAt\n          reviewComments {\n            revision\n            comment\n            at\n            by {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    sent: bulletins(first: 10, filter: { authoredByMe: true, statuses: [PUBLISHED, RETRACTED] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          reference\n          publishedAt\n          retractedAt\n        }\n      }\n    }\n  }\n": types.MyDraftsDocument,
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
    "\n  query ReportIncidentOptions {\n    incidentRecipientOptions {\n      id\n      name\n      shortName\n      kind\n      jurisdiction\n      vettedTier\n    }\n  }\n": types.ReportIncidentOptionsDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      reference\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  fragment IncidentListFields on IncidentReport {\n    id\n    reference\n    title\n    category\n    impact\n    tier\n    status\n    jurisdiction\n    createdAt\n    updatedAt\n    assigneeName\n    assignedToYou\n    mayTriage\n    reporterName\n    reportingOrganization {\n      id\n      name\n      shortName\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n    }\n  }\n": types.IncidentListFieldsFragmentDoc,
    "\n  query IncidentList($filter: IncidentReportFilter, $after: String) {\n    latestIncidentEventSequence\n    incidentReports(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IncidentListFields\n        }\n      }\n    }\n  }\n": types.IncidentListDocument,
    "\n  fragment IncidentCommentFields on IncidentComment {\n    id\n    body\n    authorName\n    authorOrganizationName\n    fromReporterSide\n    createdAt\n  }\n": types.IncidentCommentFieldsFragmentDoc,
    "\n  fragment IncidentPageFields on IncidentReport {\n    ...IncidentListFields\n    description\n    descriptionHtml\n    startedAt\n    location\n    reporterMayBeNamed\n    firstResponseAt\n    indicators {\n      type\n      value\n    }\n    comments {\n      ...IncidentCommentFields\n    }\n    related {\n      reportCount\n      bulletinCount\n      sharedIndicators {\n        type\n        value\n      }\n      reports {\n        id\n        reference\n        title\n        status\n        createdAt\n      }\n      bulletins {\n        id\n        reference\n        title\n        tier\n        status\n      }\n    }\n    bulletins {\n      id\n      reference\n      title\n      tier\n      status\n    }\n  }\n": types.IncidentPageFieldsFragmentDoc,
    "\n  query IncidentPage($id: ID!) {\n    latestIncidentEventSequence\n    incidentReport(id: $id) {\n      ...IncidentPageFields\n    }\n  }\n": types.IncidentPageDocument,
    "\n  subscription IncidentEvents($since: Float, $reportId: ID) {\n    incidentEvents(since: $since, reportId: $reportId) {\n      sequence\n      type\n      occurredAt\n      status\n      report {\n        id\n      }\n      comment {\n        id\n        authorName\n        authorOrganizationName\n        fromReporterSide\n      }\n    }\n  }\n": types.IncidentEventsDocument,
    "\n  mutation TakeIncident($id: ID!) {\n    takeIncidentReport(input: { id: $id }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n": types.TakeIncidentDocument,
    "\n  mutation SetIncidentStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(input: { id: $id, status: $status }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n": types.SetIncidentStatusDocument,
    "\n  mutation CommentOnIncident($id: ID!, $body: String!) {\n    commentOnIncidentReport(input: { id: $id, body: $body }) {\n      ...IncidentCommentFields\n    }\n  }\n": types.CommentOnIncidentDocument,
    "\n  mutation DraftBulletinFromIncident($id: ID!) {\n    draftBulletinFromIncidentReport(input: { id: $id }) {\n      id\n    }\n  }\n": types.DraftBulletinFromIncidentDocument,
    "\n  fragment MailDeliveryFields on MailDelivery {\n    immediateMinSeverity\n    digest\n    digestHour\n    timeZone\n    nextDigestAt\n  }\n": types.MailDeliveryFieldsFragmentDoc,
    "\n  query FeedMail($id: ID!) {\n    feed(id: $id) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n": types.FeedMailDocument,
    "\n  mutation SetFeedMailDelivery($input: SetFeedMailDeliveryInput!) {\n    setFeedMailDelivery(input: $input) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n": types.SetFeedMailDeliveryDocument,
    "\n  fragment MailRecordFields on MailRecord {\n    id\n    kind\n    status\n    recipient\n    mailboxName\n    feedName\n    attempts\n    lastResponse\n    bulletinCount\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n  }\n": types.MailRecordFieldsFragmentDoc,
    "\n  query MyMails($first: Int!, $after: String) {\n    myMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n": types.MyMailsDocument,
    "\n  fragment OfficeNoteFields on BulletinNote {\n    id\n    bulletinId\n    body\n    authorName\n    writtenByYou\n    createdAt\n  }\n": types.OfficeNoteFieldsFragmentDoc,
    "\n  query OfficeNotes($bulletinId: ID!) {\n    bulletinNotes(bulletinId: $bulletinId) {\n      ...OfficeNoteFields\n    }\n  }\n": types.OfficeNotesDocument,
    "\n  mutation AddOfficeNote($input: AddBulletinNoteInput!) {\n    addBulletinNote(input: $input) {\n      ...OfficeNoteFields\n    }\n  }\n": types.AddOfficeNoteDocument,
    "\n  mutation DeleteOfficeNote($id: ID!) {\n    deleteBulletinNote(input: { id: $id })\n  }\n": types.DeleteOfficeNoteDocument,
    "\n  fragment ReviewFields on BulletinReview {\n    revision\n    tier\n    isAmendment\n    needsSecondPublisher\n    author {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    viewerCanPublish\n    cannotPublishReasonText\n  }\n": types.ReviewFieldsFragmentDoc,
    "\n  query ReviewQueue($after: String) {\n    reviewQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          tier\n          status\n          category\n          updatedAt\n          originators {\n            id\n            shortName\n          }\n          review {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ReviewPublish($input: BulletinRefInput!) {\n    publishBulletin(input: $input) {\n      id\n      version\n      status\n      reference\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n": types.ReviewPublishDocument,
    "\n  mutation ReviewReturn($input: ReturnBulletinInput!) {\n    returnBulletin(input: $input) {\n      id\n      version\n      status\n      review {\n        ...ReviewFields\n      }\n      reviewComments {\n        revision\n        comment\n        at\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ReviewReturnDocument,
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
export function graphql(source: "\n  query DemoSignInCode($challengeToken: String!) {\n    demoSignInCode(challengeToken: $challengeToken)\n  }\n"): (typeof documents)["\n  query DemoSignInCode($challengeToken: String!) {\n    demoSignInCode(challengeToken: $challengeToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrolment($input: EnrolmentChallengeInput) {\n    beginTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrolment($input: EnrolmentChallengeInput) {\n    beginTotpEnrolment(input: $input) {\n      secret\n      otpauthUri\n      qrCodeSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input) {\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeyRegistration($input: EnrolmentChallengeInput) {\n    beginPasskeyRegistration(input: $input)\n  }\n"): (typeof documents)["\n  mutation BeginPasskeyRegistration($input: EnrolmentChallengeInput) {\n    beginPasskeyRegistration(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      passkey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPasskeyRegistration($input: FinishPasskeyRegistrationInput!) {\n    finishPasskeyRegistration(input: $input) {\n      recoveryCodes\n      passkey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginSecondFactorWebauthn($input: WebauthnChallengeInput!) {\n    beginSecondFactorWebauthn(input: $input)\n  }\n"): (typeof documents)["\n  mutation BeginSecondFactorWebauthn($input: WebauthnChallengeInput!) {\n    beginSecondFactorWebauthn(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn {\n      challengeToken\n      optionsJson\n    }\n  }\n"): (typeof documents)["\n  mutation BeginPasskeySignIn {\n    beginPasskeySignIn {\n      challengeToken\n      optionsJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) {\n      organizationId\n      organizationName\n      startUrl\n    }\n  }\n"): (typeof documents)["\n  query SingleSignOn($email: String!) {\n    singleSignOn(email: $email) {\n      organizationId\n      organizationName\n      startUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      kind\n      clearance\n      roles\n      permissions\n      user {\n        id\n        displayName\n        email\n      }\n      organization {\n        id\n        name\n        shortName\n        kind\n        jurisdiction\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n"): (typeof documents)["\n  fragment PasskeyFields on Passkey {\n    id\n    name\n    createdAt\n    lastUsedAt\n    backedUp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      passkeys {\n        ...PasskeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySecondFactors {\n    mySecondFactors {\n      required\n      totp\n      recoveryCodesLeft\n      passkeys {\n        ...PasskeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      signInMethod\n      secondFactor\n      device\n      ipAddress\n      startedAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      signInMethod\n      secondFactor\n      device\n      ipAddress\n      startedAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      ...PasskeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenamePasskey($input: RenamePasskeyInput!) {\n    renamePasskey(input: $input) {\n      ...PasskeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePasskey($input: PasskeyIdInput!) {\n    removePasskey(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePasskey($input: PasskeyIdInput!) {\n    removePasskey(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTotp {\n    removeTotp {\n      totp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation EndSession($input: EndSessionInput!) {\n    endSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AcknowledgementReportFields on AcknowledgementReport {\n    revision\n    acknowledgedCount\n    pendingCount\n    organizations {\n      organization {\n        id\n        name\n        shortName\n      }\n      acknowledged {\n        userId\n        displayName\n        email\n        acknowledgedAt\n      }\n      pending {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AcknowledgementReportFields on AcknowledgementReport {\n    revision\n    acknowledgedCount\n    pendingCount\n    organizations {\n      organization {\n        id\n        name\n        shortName\n      }\n      acknowledged {\n        userId\n        displayName\n        email\n        acknowledgedAt\n      }\n      pending {\n        userId\n        displayName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcknowledgementDashboard($id: ID!) {\n    bulletin(id: $id) {\n      id\n      reference\n      title\n      tier\n      status\n      revision\n      publishedAt\n      firstPublishedAt\n      acknowledgements {\n        ...AcknowledgementReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcknowledgementDashboard($id: ID!) {\n    bulletin(id: $id) {\n      id\n      reference\n      title\n      tier\n      status\n      revision\n      publishedAt\n      firstPublishedAt\n      acknowledgements {\n        ...AcknowledgementReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AcknowledgementsChanged($bulletinId: ID!) {\n    acknowledgementsChanged(bulletinId: $bulletinId) {\n      ...AcknowledgementReportFields\n    }\n  }\n"): (typeof documents)["\n  subscription AcknowledgementsChanged($bulletinId: ID!) {\n    acknowledgementsChanged(bulletinId: $bulletinId) {\n      ...AcknowledgementReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminContext {\n    viewer {\n      clearance\n      permissions\n      user {\n        id\n      }\n      organization {\n        id\n        name\n        vettedTier\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminContext {\n    viewer {\n      clearance\n      permissions\n      user {\n        id\n      }\n      organization {\n        id\n        name\n        vettedTier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    roles\n    clearance\n    active\n    lockedUntil\n    lastSignInAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    id\n    email\n    displayName\n    roles\n    clearance\n    active\n    lockedUntil\n    lastSignInAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminUserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateUser($input: UserIdInput!) {\n    deactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivateUser($input: UserIdInput!) {\n    reactivateUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    roles\n    clearance\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    rotatedFromId\n    active\n  }\n"): (typeof documents)["\n  fragment AdminApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    roles\n    clearance\n    createdAt\n    lastUsedAt\n    expiresAt\n    revokedAt\n    rotatedFromId\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminApiKeyWithSecretFields on ApiKeyWithSecret {\n    secret\n    apiKey {\n      ...AdminApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  fragment AdminApiKeyWithSecretFields on ApiKeyWithSecret {\n    secret\n    apiKey {\n      ...AdminApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminApiKeyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminApiKeyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotateApiKey($input: RotateApiKeyInput!) {\n    rotateApiKey(input: $input) {\n      ...AdminApiKeyWithSecretFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      ...AdminApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiKey($input: ApiKeyIdInput!) {\n    revokeApiKey(input: $input) {\n      ...AdminApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminWebhookFields on Webhook {\n    id\n    name\n    url\n    clearance\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretRotatedAt\n    previousSecretExpiresAt\n    createdAt\n    filter {\n      types\n      tiers\n      categories\n      minSeverity\n    }\n  }\n"): (typeof documents)["\n  fragment AdminWebhookFields on Webhook {\n    id\n    name\n    url\n    clearance\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    secretRotatedAt\n    previousSecretExpiresAt\n    createdAt\n    filter {\n      types\n      tiers\n      categories\n      minSeverity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminWebhookWithSecretFields on WebhookWithSecret {\n    secret\n    webhook {\n      ...AdminWebhookFields\n    }\n  }\n"): (typeof documents)["\n  fragment AdminWebhookWithSecretFields on WebhookWithSecret {\n    secret\n    webhook {\n      ...AdminWebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminWebhookFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhooks($first: Int!, $after: String) {\n    webhooks(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminWebhookFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhook($id: ID!) {\n    webhook(id: $id) {\n      ...AdminWebhookFields\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhook($id: ID!) {\n    webhook(id: $id) {\n      ...AdminWebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRotateWebhookSecret($input: RotateWebhookSecretInput!) {\n    rotateWebhookSecret(input: $input) {\n      ...AdminWebhookWithSecretFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableWebhook($input: DisableWebhookInput!) {\n    disableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDisableWebhook($input: DisableWebhookInput!) {\n    disableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEnableWebhook($input: WebhookIdInput!) {\n    enableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminEnableWebhook($input: WebhookIdInput!) {\n    enableWebhook(input: $input) {\n      ...AdminWebhookFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteWebhook($input: WebhookIdInput!) {\n    deleteWebhook(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          sequence\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWebhookDeliveries($webhookId: ID!, $first: Int!, $after: String, $status: WebhookDeliveryStatus) {\n    webhookDeliveries(webhookId: $webhookId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventId\n          sequence\n          status\n          attempts\n          lastStatusCode\n          lastError\n          lastLatencyMs\n          lastAttemptAt\n          nextAttemptAt\n          deliveredAt\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditEvents($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          position\n          occurredAt\n          actorKind\n          actorUserId\n          actorApiKeyId\n          actorOrganizationId\n          action\n          targetType\n          targetId\n          outcome\n          clientAddress\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditEvents($first: Int!, $after: String, $filter: AuditEventsFilter) {\n    auditEvents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          position\n          occurredAt\n          actorKind\n          actorUserId\n          actorApiKeyId\n          actorOrganizationId\n          action\n          targetType\n          targetId\n          outcome\n          clientAddress\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditChainVerification {\n    auditChainVerification {\n      intact\n      checkedAt\n      reusedUntil\n      scope\n      reason\n      verifiedThrough {\n        position\n        occurredAt\n      }\n      firstUnverified {\n        position\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditChainVerification {\n    auditChainVerification {\n      intact\n      checkedAt\n      reusedUntil\n      scope\n      reason\n      verifiedThrough {\n        position\n        occurredAt\n      }\n      firstUnverified {\n        position\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n    active\n    parent {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AdminOrganizationFields on Organization {\n    id\n    name\n    shortName\n    kind\n    jurisdiction\n    vettedTier\n    active\n    parent {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganizationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganizations($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminOrganizationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminCreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVetOrganization($input: VetOrganizationInput!) {\n    vetOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminVetOrganization($input: VetOrganizationInput!) {\n    vetOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateOrganization($input: OrganizationIdInput!) {\n    deactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminDeactivateOrganization($input: OrganizationIdInput!) {\n    deactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReactivateOrganization($input: OrganizationIdInput!) {\n    reactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReactivateOrganization($input: OrganizationIdInput!) {\n    reactivateOrganization(input: $input) {\n      ...AdminOrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaxiiConnection {\n    serverInfo {\n      taxiiDiscoveryPath\n      taxiiCollectionId\n    }\n  }\n"): (typeof documents)["\n  query TaxiiConnection {\n    serverInfo {\n      taxiiDiscoveryPath\n      taxiiCollectionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailAdminContext {\n    viewer {\n      organization {\n        id\n        name\n        vettedTier\n        mailDetail\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailAdminContext {\n    viewer {\n      organization {\n        id\n        name\n        vettedTier\n        mailDetail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganizationMailDetail($input: SetOrganizationMailDetailInput!) {\n    setOrganizationMailDetail(input: $input) {\n      id\n      mailDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganizationMailDetail($input: SetOrganizationMailDetailInput!) {\n    setOrganizationMailDetail(input: $input) {\n      id\n      mailDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailboxSubscriptionFields on MailboxSubscription {\n    id\n    name\n    createdAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n    mail {\n      ...MailDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  fragment MailboxSubscriptionFields on MailboxSubscription {\n    id\n    name\n    createdAt\n    filter {\n      categories\n      minSeverity\n      jurisdictions\n      originatorIds\n      tiers\n      tags\n      types\n    }\n    mail {\n      ...MailDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationMailboxFields on OrganizationMailbox {\n    id\n    name\n    address\n    active\n    createdAt\n    subscriptions {\n      ...MailboxSubscriptionFields\n    }\n  }\n"): (typeof documents)["\n  fragment OrganizationMailboxFields on OrganizationMailbox {\n    id\n    name\n    address\n    active\n    createdAt\n    subscriptions {\n      ...MailboxSubscriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMailboxes {\n    organizationMailboxes {\n      ...OrganizationMailboxFields\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMailboxes {\n    organizationMailboxes {\n      ...OrganizationMailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganizationMailbox($input: CreateOrganizationMailboxInput!) {\n    createOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganizationMailbox($input: CreateOrganizationMailboxInput!) {\n    createOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationMailbox($input: UpdateOrganizationMailboxInput!) {\n    updateOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganizationMailbox($input: UpdateOrganizationMailboxInput!) {\n    updateOrganizationMailbox(input: $input) {\n      ...OrganizationMailboxFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganizationMailbox($id: ID!) {\n    deleteOrganizationMailbox(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrganizationMailbox($id: ID!) {\n    deleteOrganizationMailbox(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMailboxSubscription($input: CreateMailboxSubscriptionInput!) {\n    createMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMailboxSubscription($input: CreateMailboxSubscriptionInput!) {\n    createMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMailboxSubscription($input: UpdateMailboxSubscriptionInput!) {\n    updateMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMailboxSubscription($input: UpdateMailboxSubscriptionInput!) {\n    updateMailboxSubscription(input: $input) {\n      ...MailboxSubscriptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMailboxSubscription($id: ID!) {\n    deleteMailboxSubscription(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMailboxSubscription($id: ID!) {\n    deleteMailboxSubscription(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMails($first: Int!, $after: String, $status: MailStatus) {\n    organizationMails(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMails($first: Int!, $after: String, $status: MailStatus) {\n    organizationMails(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInPolicy {\n    viewer {\n      organization {\n        id\n        name\n        requireSecondFactor\n        allowPasswordless\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInPolicy {\n    viewer {\n      organization {\n        id\n        name\n        requireSecondFactor\n        allowPasswordless\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSignInPolicy($input: SetOrganizationSignInPolicyInput!) {\n    setOrganizationSignInPolicy(input: $input) {\n      id\n      requireSecondFactor\n      allowPasswordless\n    }\n  }\n"): (typeof documents)["\n  mutation SetSignInPolicy($input: SetOrganizationSignInPolicyInput!) {\n    setOrganizationSignInPolicy(input: $input) {\n      id\n      requireSecondFactor\n      allowPasswordless\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetSecondFactors($input: ResetSecondFactorsInput!) {\n    resetSecondFactors(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResetSecondFactors($input: ResetSecondFactorsInput!) {\n    resetSecondFactors(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSessions($input: UserSessionsInput!) {\n    endUserSessions(input: $input)\n  }\n"): (typeof documents)["\n  mutation EndUserSessions($input: UserSessionsInput!) {\n    endUserSessions(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendSource($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n      reference\n      revision\n      pendingAmendment {\n        revision\n        tier\n      }\n    }\n  }\n"): (typeof documents)["\n  query AmendSource($id: ID!) {\n    bulletin(id: $id) {\n      ...DraftFields\n      reference\n      revision\n      pendingAmendment {\n        revision\n        tier\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendBulletin($input: AmendBulletinInput!) {\n    amendBulletin(input: $input) {\n      id\n      version\n      revision\n      tier\n      status\n      pendingAmendment {\n        revision\n        tier\n      }\n      review {\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendBulletin($input: AmendBulletinInput!) {\n    amendBulletin(input: $input) {\n      id\n      version\n      revision\n      tier\n      status\n      pendingAmendment {\n        revision\n        tier\n      }\n      review {\n        approver {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractBulletin($input: RetractBulletinInput!) {\n    retractBulletin(input: $input) {\n      ...BulletinPageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetractBulletin($input: RetractBulletinInput!) {\n    retractBulletin(input: $input) {\n      ...BulletinPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    review {\n      ...ReviewFields\n    }\n    pendingAmendment {\n      revision\n      tier\n      title\n      changeNote\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BulletinPageFields on Bulletin {\n    id\n    version\n    reference\n    title\n    summary\n    bodyHtml\n    tier\n    severity\n    category\n    status\n    revision\n    jurisdictions\n    tags\n    references\n    createdAt\n    updatedAt\n    firstPublishedAt\n    publishedAt\n    expiresAt\n    retractedAt\n    retractionReason\n    changeNote\n    acknowledgedByMe\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    revisions {\n      revision\n      tier\n      title\n      status\n      publishedAt\n      changeNote\n    }\n    review {\n      ...ReviewFields\n    }\n    pendingAmendment {\n      revision\n      tier\n      title\n      changeNote\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n    acknowledgements {\n      revision\n      acknowledgedCount\n      pendingCount\n      organizations {\n        organization {\n          id\n          name\n        }\n        acknowledged {\n          userId\n        }\n        pending {\n          userId\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query StixBundle($id: ID!) {\n    stixBundle(bulletinId: $id)\n  }\n"): (typeof documents)["\n  query StixBundle($id: ID!) {\n    stixBundle(bulletinId: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DraftFields on Bulletin {\n    id\n    version\n    status\n    title\n    summary\n    body\n    bodyHtml\n    category\n    severity\n    tier\n    jurisdictions\n    tags\n    references\n    expiresAt\n    updatedAt\n    originators {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n      kind\n    }\n    recipientUserIds\n    indicators {\n      type\n      value\n    }\n    reviewComments {\n      revision\n      comment\n      at\n      by {\n        id\n        displayName\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment RecipientOptionFields on RecipientOption {\n    id\n    kind\n    name\n    offered\n    reason\n    reasonText\n    organizationKind\n    parentId\n    email\n    organizationName\n  }\n"): (typeof documents)["\n  fragment RecipientOptionFields on RecipientOption {\n    id\n    kind\n    name\n    offered\n    reason\n    reasonText\n    organizationKind\n    parentId\n    email\n    organizationName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecipientOptions($tier: Tier!, $search: String, $after: String) {\n    recipientOptions(tier: $tier, search: $search, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecipientOptions($tier: Tier!, $search: String, $after: String) {\n    recipientOptions(tier: $tier, search: $search, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecheckRecipients($tier: Tier!, $ids: [ID!]!) {\n    recipientOptions(tier: $tier, ids: $ids) {\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecheckRecipients($tier: Tier!, $ids: [ID!]!) {\n    recipientOptions(tier: $tier, ids: $ids) {\n      edges {\n        node {\n          ...RecipientOptionFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApproverOptions($bulletinId: ID!, $tier: Tier) {\n    approverOptions(bulletinId: $bulletinId, tier: $tier, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          organizationName\n          offered\n          reasonText\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApproverOptions($bulletinId: ID!, $tier: Tier) {\n    approverOptions(bulletinId: $bulletinId, tier: $tier, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          organizationName\n          offered\n          reasonText\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StixImportPreview($json: String!) {\n    stixImportPreview(json: $json) {\n      title\n      tier\n      category\n      severity\n      indicatorCount\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query StixImportPreview($json: String!) {\n    stixImportPreview(json: $json) {\n      title\n      tier\n      category\n      severity\n      indicatorCount\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportStixBundle($input: ImportStixBundleInput!) {\n    importStixBundle(input: $input) {\n      bulletin {\n        id\n      }\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportStixBundle($input: ImportStixBundleInput!) {\n    importStixBundle(input: $input) {\n      bulletin {\n        id\n      }\n      skipped {\n        id\n        type\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StixImportLimit {\n    serverInfo {\n      maxRequestBytes\n    }\n  }\n"): (typeof documents)["\n  query StixImportLimit {\n    serverInfo {\n      maxRequestBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewBulletinBody($body: String!) {\n    previewBulletinBody(body: $body)\n  }\n"): (typeof documents)["\n  query PreviewBulletinBody($body: String!) {\n    previewBulletinBody(body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyBulletinFields on Bulletin {\n    id\n    title\n    status\n    tier\n    category\n  }\n"): (typeof documents)["\n  fragment MyBulletinFields on Bulletin {\n    id\n    title\n    status\n    tier\n    category\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDrafts {\n    drafts: bulletins(first: 100, filter: { authoredByMe: true, statuses: [DRAFT, IN_REVIEW] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          updatedAt\n          reviewComments {\n            revision\n            comment\n            at\n            by {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    sent: bulletins(first: 10, filter: { authoredByMe: true, statuses: [PUBLISHED, RETRACTED] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          reference\n          publishedAt\n          retractedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDrafts {\n    drafts: bulletins(first: 100, filter: { authoredByMe: true, statuses: [DRAFT, IN_REVIEW] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          updatedAt\n          reviewComments {\n            revision\n            comment\n            at\n            by {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n    sent: bulletins(first: 10, filter: { authoredByMe: true, statuses: [PUBLISHED, RETRACTED] }) {\n      edges {\n        node {\n          ...MyBulletinFields\n          reference\n          publishedAt\n          retractedAt\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReportIncidentOptions {\n    incidentRecipientOptions {\n      id\n      name\n      shortName\n      kind\n      jurisdiction\n      vettedTier\n    }\n  }\n"): (typeof documents)["\n  query ReportIncidentOptions {\n    incidentRecipientOptions {\n      id\n      name\n      shortName\n      kind\n      jurisdiction\n      vettedTier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentListFields on IncidentReport {\n    id\n    reference\n    title\n    category\n    impact\n    tier\n    status\n    jurisdiction\n    createdAt\n    updatedAt\n    assigneeName\n    assignedToYou\n    mayTriage\n    reporterName\n    reportingOrganization {\n      id\n      name\n      shortName\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentListFields on IncidentReport {\n    id\n    reference\n    title\n    category\n    impact\n    tier\n    status\n    jurisdiction\n    createdAt\n    updatedAt\n    assigneeName\n    assignedToYou\n    mayTriage\n    reporterName\n    reportingOrganization {\n      id\n      name\n      shortName\n    }\n    recipientOrganizations {\n      id\n      name\n      shortName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentList($filter: IncidentReportFilter, $after: String) {\n    latestIncidentEventSequence\n    incidentReports(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IncidentListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentList($filter: IncidentReportFilter, $after: String) {\n    latestIncidentEventSequence\n    incidentReports(first: 50, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...IncidentListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentCommentFields on IncidentComment {\n    id\n    body\n    authorName\n    authorOrganizationName\n    fromReporterSide\n    createdAt\n  }\n"): (typeof documents)["\n  fragment IncidentCommentFields on IncidentComment {\n    id\n    body\n    authorName\n    authorOrganizationName\n    fromReporterSide\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentPageFields on IncidentReport {\n    ...IncidentListFields\n    description\n    descriptionHtml\n    startedAt\n    location\n    reporterMayBeNamed\n    firstResponseAt\n    indicators {\n      type\n      value\n    }\n    comments {\n      ...IncidentCommentFields\n    }\n    related {\n      reportCount\n      bulletinCount\n      sharedIndicators {\n        type\n        value\n      }\n      reports {\n        id\n        reference\n        title\n        status\n        createdAt\n      }\n      bulletins {\n        id\n        reference\n        title\n        tier\n        status\n      }\n    }\n    bulletins {\n      id\n      reference\n      title\n      tier\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentPageFields on IncidentReport {\n    ...IncidentListFields\n    description\n    descriptionHtml\n    startedAt\n    location\n    reporterMayBeNamed\n    firstResponseAt\n    indicators {\n      type\n      value\n    }\n    comments {\n      ...IncidentCommentFields\n    }\n    related {\n      reportCount\n      bulletinCount\n      sharedIndicators {\n        type\n        value\n      }\n      reports {\n        id\n        reference\n        title\n        status\n        createdAt\n      }\n      bulletins {\n        id\n        reference\n        title\n        tier\n        status\n      }\n    }\n    bulletins {\n      id\n      reference\n      title\n      tier\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentPage($id: ID!) {\n    latestIncidentEventSequence\n    incidentReport(id: $id) {\n      ...IncidentPageFields\n    }\n  }\n"): (typeof documents)["\n  query IncidentPage($id: ID!) {\n    latestIncidentEventSequence\n    incidentReport(id: $id) {\n      ...IncidentPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentEvents($since: Float, $reportId: ID) {\n    incidentEvents(since: $since, reportId: $reportId) {\n      sequence\n      type\n      occurredAt\n      status\n      report {\n        id\n      }\n      comment {\n        id\n        authorName\n        authorOrganizationName\n        fromReporterSide\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentEvents($since: Float, $reportId: ID) {\n    incidentEvents(since: $since, reportId: $reportId) {\n      sequence\n      type\n      occurredAt\n      status\n      report {\n        id\n      }\n      comment {\n        id\n        authorName\n        authorOrganizationName\n        fromReporterSide\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeIncident($id: ID!) {\n    takeIncidentReport(input: { id: $id }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n"): (typeof documents)["\n  mutation TakeIncident($id: ID!) {\n    takeIncidentReport(input: { id: $id }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIncidentStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(input: { id: $id, status: $status }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetIncidentStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(input: { id: $id, status: $status }) {\n      ...IncidentListFields\n      firstResponseAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnIncident($id: ID!, $body: String!) {\n    commentOnIncidentReport(input: { id: $id, body: $body }) {\n      ...IncidentCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnIncident($id: ID!, $body: String!) {\n    commentOnIncidentReport(input: { id: $id, body: $body }) {\n      ...IncidentCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftBulletinFromIncident($id: ID!) {\n    draftBulletinFromIncidentReport(input: { id: $id }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DraftBulletinFromIncident($id: ID!) {\n    draftBulletinFromIncidentReport(input: { id: $id }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailDeliveryFields on MailDelivery {\n    immediateMinSeverity\n    digest\n    digestHour\n    timeZone\n    nextDigestAt\n  }\n"): (typeof documents)["\n  fragment MailDeliveryFields on MailDelivery {\n    immediateMinSeverity\n    digest\n    digestHour\n    timeZone\n    nextDigestAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedMail($id: ID!) {\n    feed(id: $id) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedMail($id: ID!) {\n    feed(id: $id) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFeedMailDelivery($input: SetFeedMailDeliveryInput!) {\n    setFeedMailDelivery(input: $input) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetFeedMailDelivery($input: SetFeedMailDeliveryInput!) {\n    setFeedMailDelivery(input: $input) {\n      id\n      mail {\n        ...MailDeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailRecordFields on MailRecord {\n    id\n    kind\n    status\n    recipient\n    mailboxName\n    feedName\n    attempts\n    lastResponse\n    bulletinCount\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n  }\n"): (typeof documents)["\n  fragment MailRecordFields on MailRecord {\n    id\n    kind\n    status\n    recipient\n    mailboxName\n    feedName\n    attempts\n    lastResponse\n    bulletinCount\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n    sentAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMails($first: Int!, $after: String) {\n    myMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyMails($first: Int!, $after: String) {\n    myMails(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MailRecordFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeNoteFields on BulletinNote {\n    id\n    bulletinId\n    body\n    authorName\n    writtenByYou\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OfficeNoteFields on BulletinNote {\n    id\n    bulletinId\n    body\n    authorName\n    writtenByYou\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeNotes($bulletinId: ID!) {\n    bulletinNotes(bulletinId: $bulletinId) {\n      ...OfficeNoteFields\n    }\n  }\n"): (typeof documents)["\n  query OfficeNotes($bulletinId: ID!) {\n    bulletinNotes(bulletinId: $bulletinId) {\n      ...OfficeNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOfficeNote($input: AddBulletinNoteInput!) {\n    addBulletinNote(input: $input) {\n      ...OfficeNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddOfficeNote($input: AddBulletinNoteInput!) {\n    addBulletinNote(input: $input) {\n      ...OfficeNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOfficeNote($id: ID!) {\n    deleteBulletinNote(input: { id: $id })\n  }\n"): (typeof documents)["\n  mutation DeleteOfficeNote($id: ID!) {\n    deleteBulletinNote(input: { id: $id })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewFields on BulletinReview {\n    revision\n    tier\n    isAmendment\n    needsSecondPublisher\n    author {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    viewerCanPublish\n    cannotPublishReasonText\n  }\n"): (typeof documents)["\n  fragment ReviewFields on BulletinReview {\n    revision\n    tier\n    isAmendment\n    needsSecondPublisher\n    author {\n      id\n      displayName\n    }\n    approver {\n      id\n      displayName\n    }\n    viewerCanPublish\n    cannotPublishReasonText\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($after: String) {\n    reviewQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          tier\n          status\n          category\n          updatedAt\n          originators {\n            id\n            shortName\n          }\n          review {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($after: String) {\n    reviewQueue(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          tier\n          status\n          category\n          updatedAt\n          originators {\n            id\n            shortName\n          }\n          review {\n            ...ReviewFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPublish($input: BulletinRefInput!) {\n    publishBulletin(input: $input) {\n      id\n      version\n      status\n      reference\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewPublish($input: BulletinRefInput!) {\n    publishBulletin(input: $input) {\n      id\n      version\n      status\n      reference\n      review {\n        ...ReviewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewReturn($input: ReturnBulletinInput!) {\n    returnBulletin(input: $input) {\n      id\n      version\n      status\n      review {\n        ...ReviewFields\n      }\n      reviewComments {\n        revision\n        comment\n        at\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewReturn($input: ReturnBulletinInput!) {\n    returnBulletin(input: $input) {\n      id\n      version\n      status\n      review {\n        ...ReviewFields\n      }\n      reviewComments {\n        revision\n        comment\n        at\n        by {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n"): (typeof documents)["\n  query SearchBulletins($first: Int!, $after: String, $filter: BulletinFilter!) {\n    bulletins(first: $first, after: $after, filter: $filter) {\n      ...FeedBulletinPage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;