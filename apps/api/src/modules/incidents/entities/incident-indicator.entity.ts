import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IncidentReportEntity } from './incident-report.entity';

/**
 * An indicator of compromise named by a report, validated and normalised as bulletin_indicators are, with the same
 * value and network columns and indexes: a duplicate (another report or a bulletin naming it) is an index lookup.
 */
@Entity('incident_indicators')
@Index('incident_indicators_network_idx', { synchronize: false })
export class IncidentIndicatorEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('incident_indicators_report_id_idx')
  @Column({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => IncidentReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'incident_indicators_report_id_fkey' })
  report?: IncidentReportEntity;

  @Column({ type: 'varchar', length: 16 })
  type!: string;

  @Index('incident_indicators_value_idx')
  @Column({ type: 'varchar', length: 2048 })
  value!: string;

  /** IPs and CIDR blocks as `inet`, so an address finds the blocks that contain it. */
  @Column({ type: 'inet', nullable: true })
  network!: string | null;

  @Column({ type: 'integer' })
  position!: number;
}
