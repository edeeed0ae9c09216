import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { run, runFirst, sqlOf } from '@api/database/typed-sql';
import type { Cursor } from '@api/graphql/pagination';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './entities/webhook-delivery.entity';
import { WAITING } from './webhook-queue.repository';
import { WebhookEntity } from './entities/webhook.entity';

/** Webhooks as their administrators manage them, and their delivery log. */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(WebhookEntity);
  }

  create(fields: Partial<WebhookEntity>): WebhookEntity {
    return this.repo().create(fields);
  }

  /** With `withSecrets`, the signing secrets too (for rotation only). */
  findById(id: string, withSecrets = false, manager?: EntityManager): Promise<WebhookEntity | null> {
    const query = this.repo(manager).createQueryBuilder('w').where('w.id = :id', { id });
    if (withSecrets) query.addSelect(['w.secret', 'w.previousSecret']);
    return query.getOne();
  }

  save(entity: WebhookEntity, manager?: EntityManager): Promise<WebhookEntity> {
    return this.repo(manager).save(entity);
  }

  async delete(id: string, manager?: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }

  /** The latest event sequence: a new or re-enabled webhook starts after it. */
  async head(manager?: EntityManager): Promise<string> {
    const row = await runFirst(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .selectFrom('event_sequence')
          .select((eb) => eb.cast<string>('last_sequence', 'text').as('last_sequence'))
          .where('id', '=', 1),
      ),
    );
    return row?.last_sequence ?? '0';
  }

  /** Marks every delivery still waiting as SKIPPED with the reason (the webhook was disabled). */
  async skipWaiting(manager: EntityManager, webhookId: string, reason: string): Promise<void> {
    await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('webhook_deliveries')
          .set({
            status: WebhookDeliveryStatus.SKIPPED,
            last_error: reason.slice(0, 500),
            next_attempt_at: null,
            lease_id: null,
          })
          .where('webhook_id', '=', webhookId)
          .where('status', 'in', WAITING),
      ),
    );
  }

  /** Newest first. */
  async page(organizationId: string, enabled: boolean | undefined, after: Cursor | null, first: number) {
    const query = this.repo().createQueryBuilder('w').where('w.organization_id = :organizationId', { organizationId });
    if (enabled !== undefined) query.andWhere('w.enabled = :enabled', { enabled });
    const total = await query.clone().getCount();
    // Cursors carry JavaScript's millisecond timestamps: compare and order at that precision.
    const createdAt = "date_trunc('milliseconds', w.created_at)";
    if (after) query.andWhere(`(${createdAt}, w.id) < (:afterAt, :afterId)`, { afterAt: after.key, afterId: after.id });
    const rows = await query
      .orderBy(createdAt, 'DESC')
      .addOrderBy('w.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  /** One webhook's deliveries, latest event first. */
  async deliveries(
    webhookId: string,
    status: WebhookDeliveryStatus | undefined,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: WebhookDeliveryEntity[]; total: number }> {
    const query = this.dataSource.manager
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.webhook_id = :webhookId', { webhookId });
    if (status) query.andWhere('d.status = :status', { status });
    const total = await query.clone().getCount();
    if (after) {
      query.andWhere('(d.event_sequence, d.id) < (:afterSequence, :afterId)', {
        afterSequence: after.key,
        afterId: after.id,
      });
    }
    const rows = await query
      .orderBy('d.event_sequence', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }
}
