import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row: the last event the retraction planner has looked at (retractions are mailed to earlier recipients). */
@Entity('mail_cursor')
export class MailCursorEntity {
  @PrimaryColumn({ type: 'smallint' })
  id!: number;

  @Column({ name: 'retraction_sequence', type: 'bigint' })
  retractionSequence!: string;
}
