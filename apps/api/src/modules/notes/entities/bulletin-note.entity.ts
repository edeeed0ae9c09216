import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';

/** What an office did about a bulletin ("Forwarded to our IT vendor; poll-book laptops patched"), for its own members. */
@Entity('bulletin_notes')
@Index('bulletin_notes_bulletin_organization_idx', ['bulletinId', 'organizationId', 'createdAt'])
export class BulletinNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'bulletin_id', type: 'uuid' })
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'bulletin_notes_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  /** The office the note belongs to: its author's organization when it was written. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'bulletin_notes_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'bulletin_notes_author_user_id_fkey' })
  author?: UserEntity;

  @Column({ type: 'varchar', length: 2000 })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
