import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookEntity } from './webhook.entity';

export enum WebhookDeliveryStatus {
  /** Not tried yet. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** The last attempt failed; another is scheduled at `nextAttemptAt`. */
  FAILED = 'FAILED',
  /** Every attempt failed: given up. */
  DEAD = 'DEAD',
  /** Not sent: at delivery time the webhook could no longer receive it (R17), see `lastError`. */
  SKIPPED = 'SKIPPED',
}

/**
 * The durable queue and the delivery log in one: one row per (webhook, event). A row is due while PENDING or
 * FAILED and `next_attempt_at` has passed; a worker claims it with a lease (`lease_id`, `next_attempt_at` pushed
 * ahead), so a crash mid-send only delays it (at least once).
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_webhook_id_event_sequence_key', ['webhookId', 'eventSequence'], { unique: true })
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], { where: '"next_attempt_at" IS NOT NULL' })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId!: string;

  @ManyToOne(() => WebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'webhook_deliveries_webhook_id_fkey' })
  webhook?: WebhookEntity;

  /** No foreign key: events are pruned after their retention, deliveries are kept as a log. */
  @Column({ name: 'event_sequence', type: 'bigint' })
  eventSequence!: string;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When it is next due; null once it is final (DELIVERED, DEAD, SKIPPED). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  nextAttemptAt!: Date | null;

  /** Set while a worker holds it. */
  @Column({ name: 'lease_id', type: 'uuid', nullable: true })
  leaseId!: string | null;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt!: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'last_latency_ms', type: 'integer', nullable: true })
  lastLatencyMs!: number | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
