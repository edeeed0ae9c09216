import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last reference number used per organization and year (`CISA-2026-0042`). */
@Entity('reference_counters')
export class ReferenceCounterEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber!: number;
}
