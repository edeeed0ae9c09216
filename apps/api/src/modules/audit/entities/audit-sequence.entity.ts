import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The head of the audit chain: the last position handed out and its hash. Appending locks this one row until
 * the transaction ends, so positions are gap-free, records become visible in order, and each one chains to the
 * record committed just before it.
 */
@Entity('audit_sequence')
export class AuditSequenceEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'last_position', type: 'bigint' })
  lastPosition!: string;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash!: string;
}
