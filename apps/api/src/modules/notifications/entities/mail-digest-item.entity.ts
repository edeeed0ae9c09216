import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';
import { MailSubscriptionEntity } from './mail-subscription.entity';

/** A bulletin waiting for a subscription's next digest: one row per bulletin, however often it changed. */
@Entity('mail_digest_items')
export class MailDigestItemEntity {
  @PrimaryColumn({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => MailSubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'mail_digest_items_subscription_id_fkey' })
  subscription?: MailSubscriptionEntity;

  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'mail_digest_items_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  /** The latest event about it the planner saw. */
  @Column({ name: 'last_sequence', type: 'bigint' })
  lastSequence!: string;

  /** It was amended since the last digest (or was first seen through an amendment). */
  @Column({ type: 'boolean', default: false })
  amended!: boolean;
}
