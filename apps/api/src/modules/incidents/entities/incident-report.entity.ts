import { IncidentCategory, IncidentStatus, Tier, VotingImpact } from '@bulwark/domain';
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
import { UserEntity } from '@api/modules/users/entities/user.entity';

/**
 * An incident reported by an election office to the organizations it chose. Its marking is these columns: the
 * reporting organization, the recipients and the tier are what libs/policy decides a read on (R19), from one row.
 */
@Entity('incident_reports')
// The queues, newest first: everything, and one reporting organization's own.
@Index('incident_reports_created_idx', ['createdAt', 'id'])
@Index('incident_reports_reporting_org_created_idx', ['reportingOrgId', 'createdAt', 'id'])
// GIN, for the policy's `recipient_org_ids @> ARRAY[$org]`; written by hand in the migration.
@Index('incident_reports_recipient_org_ids_idx', { synchronize: false })
export class IncidentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `FULTON-IR-2026-0001`: per reporting organization and year (incident_reference_counters). */
  @Index('incident_reports_reference_key', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  reference!: string;

  @Column({ name: 'reporting_org_id', type: 'uuid' })
  reportingOrgId!: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'reporting_org_id', foreignKeyConstraintName: 'incident_reports_reporting_org_id_fkey' })
  reportingOrganization?: OrganizationEntity;

  @Column({ name: 'reporter_user_id', type: 'uuid' })
  reporterUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'reporter_user_id', foreignKeyConstraintName: 'incident_reports_reporter_user_id_fkey' })
  reporter?: UserEntity;

  /** The organizations the reporter chose; their members read it within the tier (R19), never their descendants. */
  @Column({ name: 'recipient_org_ids', type: 'uuid', array: true })
  recipientOrgIds!: string[];

  @Column({ type: 'enum', enum: Tier, enumName: 'tier' })
  tier!: Tier;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown, stored as written; rendered with raw HTML disabled. */
  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: IncidentCategory, enumName: 'incident_category' })
  category!: IncidentCategory;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  /** State or territory code. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  jurisdiction!: string | null;

  /** A place or a system ("Precinct 12 poll books"). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  location!: string | null;

  @Column({ type: 'enum', enum: VotingImpact, enumName: 'voting_impact' })
  impact!: VotingImpact;

  /** The reporter agreed that a bulletin drafted from the report may name their organization. */
  @Column({ name: 'reporter_may_be_named', type: 'boolean', default: false })
  reporterMayBeNamed!: boolean;

  @Column({ type: 'enum', enum: IncidentStatus, enumName: 'incident_status', default: IncidentStatus.RECEIVED })
  status!: IncidentStatus;

  @Column({ name: 'assignee_user_id', type: 'uuid', nullable: true })
  assigneeUserId!: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'assignee_user_id', foreignKeyConstraintName: 'incident_reports_assignee_user_id_fkey' })
  assignee?: UserEntity | null;

  /** The first take, status change or comment by a handler of a recipient organization: time to first response. */
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
