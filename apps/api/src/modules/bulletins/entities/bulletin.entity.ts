import { BulletinStatus } from '@bulwark/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A bulletin across its life. What it says, and who may read it, lives on its revisions: each amendment is
 * a new revision with its own tier and audience (R12).
 */
@Entity('bulletins')
export class BulletinEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `CISA-2026-0042`: assigned at first publication, per first originator and year. Drafts have none. */
  @Index('bulletins_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  reference!: string | null;

  @Column({ type: 'enum', enum: BulletinStatus, enumName: 'bulletin_status' })
  status!: BulletinStatus;

  /** The number of the current revision; a write naming another number is stale (CONFLICT). */
  @Column({ name: 'revision_number', type: 'integer' })
  revisionNumber!: number;

  /** Increases on every write; callers pass it back to detect lost updates (CONFLICT). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  /** Who created the draft; indexed for `bulletins(filter: { authoredByMe: true })` (My drafts). */
  @Index('bulletins_author_user_id_idx')
  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'first_published_at', type: 'timestamptz', nullable: true })
  firstPublishedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'retracted_at', type: 'timestamptz', nullable: true })
  retractedAt!: Date | null;

  @Column({ name: 'retraction_reason', type: 'varchar', length: 2000, nullable: true })
  retractionReason!: string | null;

  @Column({ name: 'retracted_by_user_id', type: 'uuid', nullable: true })
  retractedByUserId!: string | null;
}
