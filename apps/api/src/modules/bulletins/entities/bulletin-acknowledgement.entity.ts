import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reader's receipt of one revision: once per revision and user. */
@Entity('bulletin_acknowledgements')
@Index('bulletin_acknowledgements_revision_user_key', ['revisionId', 'userId'], { unique: true })
export class BulletinAcknowledgementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('bulletin_acknowledgements_bulletin_id_idx')
  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @CreateDateColumn({ name: 'acknowledged_at', type: 'timestamptz' })
  acknowledgedAt!: Date;
}
