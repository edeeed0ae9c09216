import { BulletinEventType } from '@bulwark/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BulletinRevisionEntity } from '@api/modules/bulletins/entities/bulletin-revision.entity';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';

/**
 * Every publication, amendment and retraction for good: the event log's rows are pruned after their retention,
 * these are not, as they are the versions a TAXII collection serves (modules/taxii). Written with the event, after
 * the event sequence's lock, so `added_at` grows in the order the releases commit: a partner polling
 * `added_after` never misses one that committed late.
 */
@Entity('bulletin_releases')
@Index('bulletin_releases_added_at_idx', ['addedAt', 'sequence'])
export class BulletinReleaseEntity {
  /** The release's event sequence number. */
  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'enum', enum: BulletinEventType, enumName: 'bulletin_event_type' })
  type!: BulletinEventType;

  @Index('bulletin_releases_bulletin_id_idx')
  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'bulletin_releases_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  /** The revision released (for a retraction, the one withdrawn): its marking decides who may read it (R12). */
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => BulletinRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'bulletin_releases_revision_id_fkey' })
  revision?: BulletinRevisionEntity;

  /** The clock when the release was written (microseconds), not the transaction's start. */
  @Column({ name: 'added_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  addedAt!: Date;
}
