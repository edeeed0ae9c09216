import { MailDigest, Severity } from '@bulwark/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FeedEntity } from '@api/modules/feeds/entities/feed.entity';
import { OrganizationMailboxEntity } from './organization-mailbox.entity';

/**
 * Who is mailed what a filter matches, and when. Either a user's saved feed (the recipient is the feed's owner, the
 * filter is the feed's) or an organization mailbox's own subscription (with its own name and filter). Matches with
 * severity at or above `immediate_min_severity` are mailed at once; the rest go to the digest, if any.
 */
@Entity('mail_subscriptions')
@Index('mail_subscriptions_feed_id_key', ['feedId'], { unique: true })
@Index('mail_subscriptions_mailbox_id_idx', ['mailboxId'])
@Check('mail_subscriptions_one_recipient_check', '("feed_id" IS NULL) <> ("mailbox_id" IS NULL)')
@Check(
  'mail_subscriptions_mailbox_filter_check',
  '"mailbox_id" IS NULL OR ("name" IS NOT NULL AND "filter" IS NOT NULL)',
)
@Check('mail_subscriptions_digest_hour_check', '"digest_hour" BETWEEN 0 AND 23')
export class MailSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'feed_id', type: 'uuid', nullable: true })
  feedId!: string | null;

  @OneToOne(() => FeedEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'feed_id', foreignKeyConstraintName: 'mail_subscriptions_feed_id_fkey' })
  feed?: FeedEntity | null;

  @Column({ name: 'mailbox_id', type: 'uuid', nullable: true })
  mailboxId!: string | null;

  @ManyToOne(() => OrganizationMailboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mailbox_id', foreignKeyConstraintName: 'mail_subscriptions_mailbox_id_fkey' })
  mailbox?: OrganizationMailboxEntity | null;

  /** A mailbox subscription's name; a feed's is the feed's. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  name!: string | null;

  /** A mailbox subscription's BulletinEventFilter; a feed's is the feed's. */
  @Column({ type: 'jsonb', nullable: true })
  filter!: Record<string, unknown> | null;

  /** Matches at or above this severity are mailed at once; null: none are. */
  @Column({ name: 'immediate_min_severity', type: 'enum', enum: Severity, enumName: 'severity', nullable: true })
  immediateMinSeverity!: Severity | null;

  @Column({ type: 'enum', enum: MailDigest, enumName: 'mail_digest', default: MailDigest.NONE })
  digest!: MailDigest;

  /** The hour of a daily digest, in `time_zone`. */
  @Column({ name: 'digest_hour', type: 'smallint', default: 7 })
  digestHour!: number;

  /** An IANA time zone ("America/New_York"). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  /** The last event the planner has looked at for this subscription. */
  @Column({ name: 'cursor_sequence', type: 'bigint' })
  cursorSequence!: string;

  /** When the next digest is due; null without a digest. */
  @Column({ name: 'next_digest_at', type: 'timestamptz', nullable: true })
  nextDigestAt!: Date | null;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
