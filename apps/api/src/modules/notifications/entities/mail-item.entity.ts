import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';
import { MailEntity } from './mail.entity';

/**
 * A bulletin one mail is about. A digest's items are those its subscription gathered; at sending, the ones the
 * recipient may no longer receive are removed, so a sent mail's items are what it carried: who to tell of a retraction.
 */
@Entity('mail_items')
@Index('mail_items_bulletin_id_idx', ['bulletinId'])
export class MailItemEntity {
  @PrimaryColumn({ name: 'mail_id', type: 'uuid' })
  mailId!: string;

  @ManyToOne(() => MailEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mail_id', foreignKeyConstraintName: 'mail_items_mail_id_fkey' })
  mail?: MailEntity;

  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'mail_items_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  /** Marked "amended" in a digest: amended since the subscription's last digest. */
  @Column({ type: 'boolean', default: false })
  amended!: boolean;
}
