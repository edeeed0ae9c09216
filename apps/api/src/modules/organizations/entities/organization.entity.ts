import { MailDetail, OrganizationKind, Tier } from '@bulwark/domain';
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

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('organizations_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Upper-case code used in bulletin reference numbers (`CISA-2026-0042`). */
  @Index('organizations_short_name_key', { unique: true })
  @Column({ name: 'short_name', type: 'varchar', length: 24 })
  shortName!: string;

  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind!: OrganizationKind;

  @Index('organizations_parent_id_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'organizations_parent_id_fkey' })
  parent?: OrganizationEntity | null;

  /** US state or territory code, for state and local offices. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  jurisdiction!: string | null;

  /** The highest tier any member may ever read (R6). */
  @Column({ name: 'vetted_tier', type: 'enum', enum: Tier, enumName: 'tier' })
  vettedTier!: Tier;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Reporters may choose it as a recipient of incident reports (a setting per organization, by platform admins). */
  @Column({ name: 'accepts_incident_reports', type: 'boolean', default: false })
  acceptsIncidentReports!: boolean;

  /** Every member needs a second factor to sign in (publishers and administrators always do). */
  @Column({ name: 'require_second_factor', type: 'boolean', default: false })
  requireSecondFactor!: boolean;

  /** Members may sign in with a passkey alone (it verifies the user itself). */
  @Column({ name: 'allow_passwordless', type: 'boolean', default: false })
  allowPasswordless!: boolean;

  /** How much of a bulletin mail to its members and mailboxes may carry: less than the tier rules allow, never more. */
  @Column({
    name: 'mail_detail',
    type: 'enum',
    enum: MailDetail,
    enumName: 'mail_detail',
    default: MailDetail.STANDARD,
  })
  mailDetail!: MailDetail;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
