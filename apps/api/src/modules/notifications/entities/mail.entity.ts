import { MailKind, MailStatus } from '@bulwark/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';
import { MailSubscriptionEntity } from './mail-subscription.entity';
import { OrganizationMailboxEntity } from './organization-mailbox.entity';

/**
 * The outbox and the delivery record in one: one row per mail to one recipient (a user or a mailbox). Due while
 * PENDING or FAILED and `next_attempt_at` has passed; a worker claims it with a lease (FOR UPDATE SKIP LOCKED, then
 * `lease_id` and a pushed `next_attempt_at`). What it carries is decided when it is sent (R17), never when queued.
 */
@Entity('mails')
@Index('mails_due_idx', ['nextAttemptAt'], { where: '"next_attempt_at" IS NOT NULL' })
@Index('mails_message_id_key', ['messageId'], { unique: true })
@Index('mails_user_id_created_at_idx', ['userId', 'createdAt'])
@Index('mails_organization_id_created_at_idx', ['organizationId', 'createdAt'])
@Index('mails_subscription_id_bulletin_id_idx', ['subscriptionId', 'bulletinId'])
@Index('mails_retraction_user_key', ['bulletinId', 'userId'], {
  unique: true,
  where: `"kind" = 'RETRACTION' AND "user_id" IS NOT NULL`,
})
@Index('mails_retraction_mailbox_key', ['bulletinId', 'mailboxId'], {
  unique: true,
  where: `"kind" = 'RETRACTION' AND "mailbox_id" IS NOT NULL`,
})
@Check('mails_one_recipient_check', '("user_id" IS NULL) <> ("mailbox_id" IS NULL)')
export class MailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: MailKind, enumName: 'mail_kind' })
  kind!: MailKind;

  /** What made it (null for a retraction, or once the subscription is gone). */
  @Column({ name: 'subscription_id', type: 'uuid', nullable: true })
  subscriptionId!: string | null;

  @ManyToOne(() => MailSubscriptionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'mails_subscription_id_fkey' })
  subscription?: MailSubscriptionEntity | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'mails_user_id_fkey' })
  user?: UserEntity | null;

  @Column({ name: 'mailbox_id', type: 'uuid', nullable: true })
  mailboxId!: string | null;

  @ManyToOne(() => OrganizationMailboxEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'mails_mailbox_id_fkey' })
  mailbox?: OrganizationMailboxEntity | null;

  /** The recipient's organization when it was queued: whose administrators see the record. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'mails_organization_id_fkey' })
  organization?: OrganizationEntity;

  /** The bulletin of an IMMEDIATE or RETRACTION mail. */
  @Column({ name: 'bulletin_id', type: 'uuid', nullable: true })
  bulletinId!: string | null;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'mails_bulletin_id_fkey' })
  bulletin?: BulletinEntity | null;

  /** The latest event it covers (amendments coalesced into a waiting IMMEDIATE mail move it on). */
  @Column({ name: 'event_sequence', type: 'bigint', nullable: true })
  eventSequence!: string | null;

  /** Fixed when queued: a resend after a crash carries the same one, so mail clients show it once. */
  @Column({ name: 'message_id', type: 'varchar', length: 255 })
  messageId!: string;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When it is next due; null once final (SENT, DEAD, SKIPPED). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt!: Date | null;

  /** Set while a worker holds it. */
  @Column({ name: 'lease_id', type: 'uuid', nullable: true })
  leaseId!: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  /** The SMTP server's last answer (or the connection error), or why it was skipped. */
  @Column({ name: 'last_response', type: 'varchar', length: 500, nullable: true })
  lastResponse!: string | null;

  /** The address it was sent to, recorded at sending. */
  @Column({ name: 'to_address', type: 'varchar', length: 254, nullable: true })
  toAddress!: string | null;

  /** How many bulletins it carried, recorded at sending. */
  @Column({ name: 'bulletin_count', type: 'integer', nullable: true })
  bulletinCount!: number | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
