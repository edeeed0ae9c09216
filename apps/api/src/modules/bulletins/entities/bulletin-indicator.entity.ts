import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BulletinRevisionEntity } from './bulletin-revision.entity';

/** An indicator of compromise named by a revision, validated and normalised. */
@Entity('bulletin_indicators')
@Index('bulletin_indicators_network_idx', { synchronize: false })
export class BulletinIndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('bulletin_indicators_revision_id_idx')
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @ManyToOne(() => BulletinRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'bulletin_indicators_revision_id_fkey' })
  revision?: BulletinRevisionEntity;

  @Column({ type: 'varchar', length: 16 })
  type!: string;

  @Index('bulletin_indicators_value_idx')
  @Column({ type: 'varchar', length: 2048 })
  value!: string;

  /** IPs and CIDR blocks as `inet`, so a search for an address finds the blocks that contain it. */
  @Column({ type: 'inet', nullable: true })
  network!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  /** Its STIX id (libs/stix indicatorStixId): the same for the same indicator in every revision of its bulletin. */
  @Index('bulletin_indicators_stix_id_idx')
  @Column({ name: 'stix_id', type: 'varchar', length: 64 })
  stixId!: string;
}
