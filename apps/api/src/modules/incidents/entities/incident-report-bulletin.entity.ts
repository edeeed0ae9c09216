import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { BulletinEntity } from '@api/modules/bulletins/entities/bulletin.entity';
import { IncidentReportEntity } from './incident-report.entity';

/** A bulletin drafted from a report (draftBulletinFromIncidentReport). */
@Entity('incident_report_bulletins')
export class IncidentReportBulletinEntity {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => IncidentReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'incident_report_bulletins_report_id_fkey' })
  report?: IncidentReportEntity;

  @PrimaryColumn({ name: 'bulletin_id', type: 'uuid' })
  @Index('incident_report_bulletins_bulletin_id_idx')
  bulletinId!: string;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'incident_report_bulletins_bulletin_id_fkey' })
  bulletin?: BulletinEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
