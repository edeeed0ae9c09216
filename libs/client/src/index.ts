export { BulwarkError } from './errors';
export type { BulwarkErrorCode, BulwarkErrorOptions } from './errors';
export { BulwarkClient } from './bulwark-client';
export type { BulletinEventsOptions, BulletinListOptions, BulwarkClientOptions, SignInInput } from './bulwark-client';
export type {
  Bulletin,
  BulletinEvent,
  BulletinEventStream,
  BulletinSummary,
  SecondFactorAnswer,
  SecondFactorChallenge,
  SessionStore,
  StoredSession,
  Viewer,
} from './bulwark-types';
export { everyNode } from './connection-pages';
export type { ConnectionPage } from './connection-pages';
export { verifyWebhook } from './webhook-signature';
export type { VerifyWebhookOptions, WebhookHeaders } from './webhook-signature';
export type { WebhookBulletin, WebhookEvent, WebhookVerification } from './webhook-event';
export { TypedDocumentString } from './generated/graphql';
export type {
  AmendBulletinInput,
  BulletinEventFilter,
  BulletinFilter,
  BulletinStatus,
  Category,
  CreateBulletinInput,
  IndicatorInput,
  IndicatorType,
  Severity,
  Tier,
} from './generated/graphql';
