import { IncidentEventType, IncidentStatus } from '@bulwark/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IncidentReportEntity } from './incident-report.entity';

/**
 * One row per change of a report, written in the same transaction as the change. `sequence` is global and gap-free
 * (incident_event_sequence), so "everything after N" is exact, as for bulletin events (R16).
 */
@Entity('incident_events')
export class IncidentEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'enum', enum: IncidentEventType, enumName: 'incident_event_type' })
  type!: IncidentEventType;

  @Index('incident_events_report_id_idx')
  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => IncidentReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'incident_events_report_id_fkey' })
  report?: IncidentReportEntity;

  /** COMMENTED: the comment. */
  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId!: string | null;

  /** REPORTED, ASSIGNED, STATUS_CHANGED: the status after the change. */
  @Column({ type: 'enum', enum: IncidentStatus, enumName: 'incident_status', nullable: true })
  status!: IncidentStatus | null;

  /** Null when an API key acted. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Index('incident_events_occurred_at_idx')
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
