import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last incident event sequence handed out: one row, locked by the transaction that takes the next number, so
 * numbers are gap-free and become visible in order (as event_sequence for bulletins).
 */
@Entity('incident_event_sequence')
export class IncidentEventSequenceEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'last_sequence', type: 'bigint' })
  lastSequence!: string;
}
