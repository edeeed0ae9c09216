import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';

/**
 * An organization's shared mailbox ("elections@county.gov"): a recipient without a role or an account, bound to its
 * organization. It receives what a VIEWER of that organization at its vetted tier may read, while both are active.
 */
@Entity('organization_mailboxes')
@Index('organization_mailboxes_organization_id_address_key', ['organizationId', 'address'], { unique: true })
export class OrganizationMailboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'organization_mailboxes_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Stored lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  address!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
