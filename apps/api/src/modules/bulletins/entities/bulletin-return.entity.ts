import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BulletinEntity } from './bulletin.entity';

/**
 * A draft in review sent back to its author by a publisher, with the publisher's comment. Kept, never edited:
 * the author reads why, and the next reviewer sees what was asked before.
 */
@Entity('bulletin_returns')
@Index('bulletin_returns_bulletin_returned_idx', ['bulletinId', 'returnedAt'])
export class BulletinReturnEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'bulletin_returns_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  /** The revision that was in review. */
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @Column({ name: 'revision_number', type: 'integer' })
  revisionNumber!: number;

  @Column({ name: 'returned_by_user_id', type: 'uuid' })
  returnedByUserId!: string;

  @Column({ type: 'varchar', length: 2000 })
  comment!: string;

  @CreateDateColumn({ name: 'returned_at', type: 'timestamptz' })
  returnedAt!: Date;
}
