import { Role, Tier } from '@bulwark/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';

/** A partner system's key: `bwk_<prefix>_<secret>`. Only the prefix and the secret's SHA-256 are stored. */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('api_keys_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'api_keys_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index('api_keys_prefix_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64, select: false })
  secretHash!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role', array: true })
  roles!: Role[];

  @Column({ type: 'enum', enum: Tier, enumName: 'tier' })
  clearance!: Tier;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  /** The key this one replaced, when made by rotation. */
  @Column({ name: 'rotated_from_id', type: 'uuid', nullable: true })
  rotatedFromId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
