import { Tier } from '@bulwark/domain';
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
 * A partner system's endpoint, registered by its organization's administrators. It reads as an API key of its
 * organization would (R6, R8): `clearance` is capped by the organization's vetting at every read.
 */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('webhooks_organization_id_idx')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'webhooks_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 2048 })
  url!: string;

  /** A BulletinEventFilter, validated on the way in. */
  @Column({ type: 'jsonb' })
  filter!: Record<string, unknown>;

  @Column({ type: 'enum', enum: Tier, enumName: 'tier' })
  clearance!: Tier;

  /**
   * The HMAC key. Kept in clear because signing needs it (a hash would not do); never selected unless asked for,
   * never returned after creation or rotation.
   */
  @Column({ type: 'varchar', length: 64, select: false })
  secret!: string;

  /** After a rotation with a grace period: the old key, still used to sign until `previousSecretExpiresAt`. */
  @Column({ name: 'previous_secret', type: 'varchar', length: 64, nullable: true, select: false })
  previousSecret!: string | null;

  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  @Column({ name: 'secret_rotated_at', type: 'timestamptz', nullable: true })
  secretRotatedAt!: Date | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'disabled_reason', type: 'varchar', length: 500, nullable: true })
  disabledReason!: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Failed attempts in a row, across deliveries; a success resets it. */
  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures!: number;

  /** The last event sequence this webhook has looked at: every readable, matching event up to it is enqueued. */
  @Column({ name: 'cursor_sequence', type: 'bigint' })
  cursorSequence!: string;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
