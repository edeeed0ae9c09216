import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One record of the audit trail (R18). Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE.
 * `position` is gap-free (see AuditSequenceEntity) and `hash` chains each record to the one before it.
 */
@Entity('audit_events')
@Index('audit_events_actor_organization_id_position_idx', ['actorOrganizationId', 'position'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'bigint' })
  position!: string;

  @Index('audit_events_id_key', { unique: true })
  @Column({ type: 'uuid' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 16 })
  actorKind!: string;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'actor_api_key_id', type: 'uuid', nullable: true })
  actorApiKeyId!: string | null;

  @Column({ name: 'actor_organization_id', type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  @Index('audit_events_action_idx')
  @Column({ type: 'varchar', length: 48 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Index('audit_events_target_id_idx')
  @Column({ name: 'target_id', type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 8 })
  outcome!: string;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId!: string | null;

  @Column({ name: 'client_address', type: 'varchar', length: 64, nullable: true })
  clientAddress!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ name: 'previous_hash', type: 'varchar', length: 64 })
  previousHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
