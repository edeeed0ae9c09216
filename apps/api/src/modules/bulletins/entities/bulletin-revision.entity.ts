import { BulletinStatus, Category, Severity, Tier } from '@bulwark/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BulletinEntity } from './bulletin.entity';

/**
 * One version of a bulletin: its text and its marking. The marking columns are what libs/policy's SQL
 * predicate reads; they are arrays so one row answers the policy without joins.
 */
@Entity('bulletin_revisions')
@Index('bulletin_revisions_bulletin_number_key', ['bulletinId', 'number'], { unique: true })
@Index('bulletin_revisions_current_listed_idx', ['listedAt', 'id'], { where: 'is_current' })
// GIN indexes for the policy predicate, filters and search; written by hand in the migration.
@Index('bulletin_revisions_originator_org_ids_idx', { synchronize: false })
@Index('bulletin_revisions_recipient_org_ids_idx', { synchronize: false })
@Index('bulletin_revisions_recipient_user_ids_idx', { synchronize: false })
@Index('bulletin_revisions_tags_idx', { synchronize: false })
@Index('bulletin_revisions_search_vector_idx', { synchronize: false })
// Partial (status = 'IN_REVIEW'): the review queue's drafts and pending amendments; written by hand in ReviewReturns.
@Index('bulletin_revisions_in_review_idx', { synchronize: false })
export class BulletinRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'bulletin_revisions_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ name: 'is_current', type: 'boolean' })
  isCurrent!: boolean;

  @Column({ type: 'enum', enum: BulletinStatus, enumName: 'bulletin_status' })
  status!: BulletinStatus;

  @Column({ type: 'enum', enum: Tier, enumName: 'tier' })
  tier!: Tier;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 2000 })
  summary!: string;

  /** Markdown, stored as written; rendered with raw HTML disabled. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'enum', enum: Category, enumName: 'category' })
  category!: Category;

  @Column({ type: 'enum', enum: Severity, enumName: 'severity' })
  severity!: Severity;

  /** State codes; empty means national. */
  @Index('bulletin_revisions_jurisdictions_idx', { synchronize: false })
  @Column({ type: 'varchar', length: 2, array: true, default: () => "'{}'" })
  jurisdictions!: string[];

  @Column({ type: 'varchar', length: 50, array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ name: 'reference_urls', type: 'varchar', length: 2048, array: true, default: () => "'{}'" })
  referenceUrls!: string[];

  @Column({ name: 'originator_org_ids', type: 'uuid', array: true })
  originatorOrgIds!: string[];

  @Column({ name: 'recipient_org_ids', type: 'uuid', array: true, default: () => "'{}'" })
  recipientOrgIds!: string[];

  @Column({ name: 'recipient_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  recipientUserIds!: string[];

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @Column({ name: 'approver_user_id', type: 'uuid', nullable: true })
  approverUserId!: string | null;

  @Column({ name: 'change_note', type: 'varchar', length: 2000, nullable: true })
  changeNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Where the revision sorts in lists: its publication, or for a draft its last edit. */
  @Column({ name: 'listed_at', type: 'timestamptz', default: () => 'now()' })
  listedAt!: Date;

  /** Maintained by the repository on every write of the text (weighted title > summary > body). */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false })
  searchVector!: string | null;
}
