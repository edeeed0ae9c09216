import { BulletinEventType } from '@bulwark/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The outbox: one row per publication, amendment and retraction, written in the same transaction as the change
 * (R16). `sequence` is global and gap-free (see EventSequenceEntity), so "everything after N" is exact.
 */
@Entity('bulletin_events')
export class BulletinEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'enum', enum: BulletinEventType, enumName: 'bulletin_event_type' })
  type!: BulletinEventType;

  @Index('bulletin_events_bulletin_id_idx')
  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  /** The revision the event is about; its marking decides who receives it (R12, R17). */
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @Index('bulletin_events_occurred_at_idx')
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
