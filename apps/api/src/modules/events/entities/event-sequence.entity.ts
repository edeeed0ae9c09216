import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last event sequence handed out. Taking the next number locks this one row until the transaction ends,
 * so numbers are gap-free and become visible in order: a reader never sees N+1 before N.
 */
@Entity('event_sequence')
export class EventSequenceEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'last_sequence', type: 'bigint' })
  lastSequence!: string;
}
