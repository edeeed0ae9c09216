import { ApiKeyEntity } from '@api/modules/api-keys/entities/api-key.entity';
import { AuditEventEntity } from '@api/modules/audit/entities/audit-event.entity';
import { AuditSequenceEntity } from '@api/modules/audit/entities/audit-sequence.entity';
import { BulletinAcknowledgementEntity } from '@api/modules/bulletins/entities/bulletin-acknowledgement.entity';
import { BulletinIndicatorEntity } from '@api/modules/bulletins/entities/bulletin-indicator.entity';
import { BulletinReturnEntity } from '@api/modules/bulletins/entities/bulletin-return.entity';
import { BulletinRevisionEntity } from '@api/modules/bulletins/entities/bulletin-revision.entity';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';
import { ReferenceCounterEntity } from '@api/modules/bulletins/entities/reference-counter.entity';
import { BulletinEventEntity } from '@api/modules/events/entities/bulletin-event.entity';
import { BulletinReleaseEntity } from '@api/modules/events/entities/bulletin-release.entity';
import { EventSequenceEntity } from '@api/modules/events/entities/event-sequence.entity';
import { FeedEntity } from '@api/modules/feeds/entities/feed.entity';
import { IncidentCommentEntity } from '@api/modules/incidents/entities/incident-comment.entity';
import { IncidentEventSequenceEntity } from '@api/modules/incidents/entities/incident-event-sequence.entity';
import { IncidentEventEntity } from '@api/modules/incidents/entities/incident-event.entity';
import { IncidentIndicatorEntity } from '@api/modules/incidents/entities/incident-indicator.entity';
import { IncidentReferenceCounterEntity } from '@api/modules/incidents/entities/incident-reference-counter.entity';
import { IncidentReportBulletinEntity } from '@api/modules/incidents/entities/incident-report-bulletin.entity';
import { IncidentReportEntity } from '@api/modules/incidents/entities/incident-report.entity';
import { MailCursorEntity } from '@api/modules/notifications/entities/mail-cursor.entity';
import { MailDigestItemEntity } from '@api/modules/notifications/entities/mail-digest-item.entity';
import { MailItemEntity } from '@api/modules/notifications/entities/mail-item.entity';
import { MailSubscriptionEntity } from '@api/modules/notifications/entities/mail-subscription.entity';
import { MailEntity } from '@api/modules/notifications/entities/mail.entity';
import { OrganizationMailboxEntity } from '@api/modules/notifications/entities/organization-mailbox.entity';
import { BulletinNoteEntity } from '@api/modules/notes/entities/bulletin-note.entity';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { RecoveryCodeEntity } from '@api/modules/second-factor/entities/recovery-code.entity';
import { SignInChallengeEntity } from '@api/modules/second-factor/entities/sign-in-challenge.entity';
import { TotpFactorEntity } from '@api/modules/second-factor/entities/totp-factor.entity';
import { WebauthnCredentialEntity } from '@api/modules/second-factor/entities/webauthn-credential.entity';
import { IdentityProviderEntity } from '@api/modules/single-sign-on/entities/identity-provider.entity';
import { RefreshTokenEntity } from '@api/modules/sessions/entities/refresh-token.entity';
import { SessionEntity } from '@api/modules/sessions/entities/session.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';
import { WebhookDeliveryEntity } from '@api/modules/webhooks/entities/webhook-delivery.entity';
import { WebhookEntity } from '@api/modules/webhooks/entities/webhook.entity';

/** Every TypeORM entity of the application: the data source, the migration generator and drift check read this list. */
export const ENTITIES: Function[] = [
  OrganizationEntity,
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  BulletinEntity,
  BulletinRevisionEntity,
  BulletinIndicatorEntity,
  BulletinAcknowledgementEntity,
  BulletinReturnEntity,
  ReferenceCounterEntity,
  BulletinEventEntity,
  BulletinReleaseEntity,
  EventSequenceEntity,
  FeedEntity,
  BulletinNoteEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  AuditEventEntity,
  AuditSequenceEntity,
  IncidentReportEntity,
  IncidentIndicatorEntity,
  IncidentCommentEntity,
  IncidentEventEntity,
  IncidentEventSequenceEntity,
  IncidentReportBulletinEntity,
  IncidentReferenceCounterEntity,
  TotpFactorEntity,
  RecoveryCodeEntity,
  WebauthnCredentialEntity,
  SignInChallengeEntity,
  IdentityProviderEntity,
  OrganizationMailboxEntity,
  MailSubscriptionEntity,
  MailDigestItemEntity,
  MailEntity,
  MailItemEntity,
  MailCursorEntity,
];
