import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';
import { IncidentReportEntity } from './incident-report.entity';

/** One message of the thread between a report's reporting organization and its handlers. */
@Entity('incident_comments')
@Index('incident_comments_report_created_idx', ['reportId', 'createdAt', 'id'])
export class IncidentCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => IncidentReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'incident_comments_report_id_fkey' })
  report?: IncidentReportEntity;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'author_user_id', foreignKeyConstraintName: 'incident_comments_author_user_id_fkey' })
  author?: UserEntity;

  /** The author's organization when they wrote it. */
  @Column({ name: 'author_org_id', type: 'uuid' })
  authorOrgId!: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'author_org_id', foreignKeyConstraintName: 'incident_comments_author_org_id_fkey' })
  authorOrganization?: OrganizationEntity;

  /** Written by a member of the reporting organization, not by a handler. */
  @Column({ name: 'from_reporter_side', type: 'boolean' })
  fromReporterSide!: boolean;

  /** Plain text. */
  @Column({ type: 'varchar', length: 5000 })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
