import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last incident report number used per reporting organization and year (`FULTON-IR-2026-0001`). */
@Entity('incident_reference_counters')
export class IncidentReferenceCounterEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber!: number;
}
