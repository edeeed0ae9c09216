import { Injectable } from '@nestjs/common';
import { Tier, tierCovers } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, notFound } from '@api/common/app-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import type { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import { AuditAction } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type {
  CreateWebhookInput,
  DisableWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookInput,
  WebhookDeliveriesArgs,
  WebhooksArgs,
} from './dto/webhook.inputs';
import type { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import type { WebhookEntity } from './entities/webhook.entity';
import type { WebhookDelivery } from './models/webhook-delivery.model';
import type { Webhook, WebhookWithSecret } from './models/webhook.model';
import { webhookChange } from './webhook-audit';
import { deliveryEventId } from './webhook-payload';
import { WebhookSender } from './webhook-sender';
import { newSigningSecret } from './webhook-signature';
import { WebhookWorker } from './webhook-worker';
import { WebhooksRepository } from './webhooks.repository';

const FILTER_KEYS = ['types', 'tiers', 'categories', 'minSeverity', 'jurisdictions', 'originatorIds', 'tags'] as const;

/** Only the filter's own fields, without the undefined ones, as stored and as shown. */
function storedFilter(filter: BulletinEventFilter | undefined): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (filter?.[key] !== undefined && filter[key] !== null) stored[key] = filter[key];
  return stored;
}

function toWebhook(entity: WebhookEntity): Webhook {
  return {
    id: entity.id,
    name: entity.name,
    url: entity.url,
    filter: entity.filter,
    clearance: entity.clearance,
    enabled: entity.enabled,
    disabledReason: entity.disabledReason,
    disabledAt: entity.disabledAt,
    consecutiveFailures: entity.consecutiveFailures,
    lastEventSequence: Number(entity.cursorSequence),
    secretRotatedAt: entity.secretRotatedAt,
    previousSecretExpiresAt:
      entity.previousSecretExpiresAt && entity.previousSecretExpiresAt > new Date()
        ? entity.previousSecretExpiresAt
        : null,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    organizationId: entity.organizationId,
  };
}

function toDelivery(entity: WebhookDeliveryEntity): WebhookDelivery {
  return {
    id: entity.id,
    eventId: deliveryEventId(entity.webhookId, entity.eventSequence),
    sequence: Number(entity.eventSequence),
    status: entity.status,
    attempts: entity.attempts,
    lastStatusCode: entity.lastStatusCode,
    lastError: entity.lastError,
    lastLatencyMs: entity.lastLatencyMs,
    lastAttemptAt: entity.lastAttemptAt,
    nextAttemptAt: entity.nextAttemptAt,
    deliveredAt: entity.deliveredAt,
    createdAt: entity.createdAt,
  };
}

/**
 * Webhooks of the caller's own organization, managed by its administrators (ORG_WEBHOOKS_MANAGE). Another
 * organization's webhook is NOT_FOUND, for every query and mutation. Every change is on the audit trail (R18), in
 * its transaction, never with its URL's secrets (webhookChange).
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly organizations: OrganizationsService,
    private readonly sender: WebhookSender,
    private readonly worker: WebhookWorker,
    private readonly audited: AuditedUnitOfWork,
  ) {}

  async list(viewer: RequestViewer, args: WebhooksArgs): Promise<Connection<Webhook>> {
    const { rows, total } = await this.webhooks.page(
      this.organizationOf(viewer),
      args.enabled,
      decodeCursor(args.after),
      args.first,
    );
    return toConnection(rows.map(toWebhook), args.first, total, (webhook) => ({
      key: webhook.createdAt.toISOString(),
      id: webhook.id,
    }));
  }

  async get(viewer: RequestViewer, id: string): Promise<Webhook> {
    return toWebhook(await this.requireOwn(viewer, id));
  }

  async create(viewer: RequestViewer, input: CreateWebhookInput): Promise<WebhookWithSecret> {
    const organizationId = this.organizationOf(viewer);
    await this.checkClearance(viewer, organizationId, input.clearance);
    const url = await this.checkUrl(input.url);
    const secret = newSigningSecret();
    const entity = await this.audited.run(async (manager) => {
      const saved = await this.webhooks.save(
        this.webhooks.create({
          organizationId,
          name: input.name.trim(),
          url,
          filter: storedFilter(input.filter),
          clearance: input.clearance,
          secret,
          previousSecret: null,
          previousSecretExpiresAt: null,
          secretRotatedAt: null,
          enabled: true,
          disabledReason: null,
          disabledAt: null,
          consecutiveFailures: 0,
          // Events from now on: what was published before registration is not replayed.
          cursorSequence: await this.webhooks.head(manager),
          createdByUserId: viewer.userId,
        }),
        manager,
      );
      return { result: saved, audit: webhookChange(viewer, AuditAction.WEBHOOK_CREATED, saved) };
    });
    this.worker.kick();
    return { webhook: toWebhook(entity), secret };
  }

  async update(viewer: RequestViewer, input: UpdateWebhookInput): Promise<Webhook> {
    const entity = await this.requireOwn(viewer, input.id);
    if (input.clearance !== undefined) {
      await this.checkClearance(viewer, entity.organizationId, input.clearance);
      entity.clearance = input.clearance;
    }
    if (input.url !== undefined) entity.url = await this.checkUrl(input.url);
    if (input.name !== undefined) entity.name = input.name.trim();
    if (input.filter !== undefined) entity.filter = storedFilter(input.filter);
    return this.audited.run(async (manager) => {
      const saved = await this.webhooks.save(entity, manager);
      return { result: toWebhook(saved), audit: webhookChange(viewer, AuditAction.WEBHOOK_UPDATED, saved) };
    });
  }

  /** Stops deliveries now: those still waiting are SKIPPED with the reason. */
  async disable(viewer: RequestViewer, input: DisableWebhookInput): Promise<Webhook> {
    const entity = await this.requireOwn(viewer, input.id);
    if (!entity.enabled) return toWebhook(entity);
    const reason = input.reason?.trim() || 'Disabled by an administrator.';
    return this.audited.run(async (manager) => {
      entity.enabled = false;
      entity.disabledReason = reason;
      entity.disabledAt = new Date();
      const saved = await this.webhooks.save(entity, manager);
      await this.webhooks.skipWaiting(manager, entity.id, `Not sent: the webhook was disabled (${reason})`);
      return {
        result: toWebhook(saved),
        audit: webhookChange(viewer, AuditAction.WEBHOOK_DISABLED, saved, { reason }),
      };
    });
  }

  /**
   * Delivers again, from the events published from now on; what was published while it was disabled is not
   * replayed (a receiver catches up with bulletinEvents(since) and an API key).
   */
  async enable(viewer: RequestViewer, id: string): Promise<Webhook> {
    const entity = await this.requireOwn(viewer, id);
    if (entity.enabled) return toWebhook(entity);
    const saved = await this.audited.run(async (manager) => {
      entity.enabled = true;
      entity.disabledReason = null;
      entity.disabledAt = null;
      entity.consecutiveFailures = 0;
      entity.cursorSequence = await this.webhooks.head(manager);
      const enabled = await this.webhooks.save(entity, manager);
      return { result: enabled, audit: webhookChange(viewer, AuditAction.WEBHOOK_ENABLED, enabled) };
    });
    this.worker.kick();
    return toWebhook(saved);
  }

  /** Removes the webhook and its delivery log. */
  async delete(viewer: RequestViewer, id: string): Promise<string> {
    const entity = await this.requireOwn(viewer, id);
    return this.audited.run(async (manager) => {
      await this.webhooks.delete(entity.id, manager);
      return { result: entity.id, audit: webhookChange(viewer, AuditAction.WEBHOOK_DELETED, entity) };
    });
  }

  /** A new signing secret, shown once; the old one also signs for the grace period asked for, then stops. */
  async rotateSecret(viewer: RequestViewer, input: RotateWebhookSecretInput): Promise<WebhookWithSecret> {
    const entity = await this.requireOwn(viewer, input.id, true);
    const secret = newSigningSecret();
    const now = new Date();
    const keep = input.keepOldSecretForSeconds > 0;
    entity.previousSecret = keep ? entity.secret : null;
    entity.previousSecretExpiresAt = keep ? new Date(now.getTime() + input.keepOldSecretForSeconds * 1000) : null;
    entity.secret = secret;
    entity.secretRotatedAt = now;
    const saved = await this.audited.run(async (manager) => {
      const rotated = await this.webhooks.save(entity, manager);
      const details = { oldSecretValidUntil: rotated.previousSecretExpiresAt?.toISOString() ?? null };
      return { result: rotated, audit: webhookChange(viewer, AuditAction.WEBHOOK_SECRET_ROTATED, rotated, details) };
    });
    return { webhook: toWebhook(saved), secret };
  }

  async deliveries(viewer: RequestViewer, args: WebhookDeliveriesArgs): Promise<Connection<WebhookDelivery>> {
    const webhook = await this.requireOwn(viewer, args.webhookId);
    const after = decodeCursor(args.after);
    if (after && !/^\d{1,18}$/.test(after.key))
      throw badInput('Invalid cursor: pass the endCursor of a previous page.');
    const { rows, total } = await this.webhooks.deliveries(webhook.id, args.status, after, args.first);
    return toConnection(rows.map(toDelivery), args.first, total, (delivery) => ({
      key: String(delivery.sequence),
      id: delivery.id,
    }));
  }

  private organizationOf(viewer: RequestViewer): string {
    if (!viewer.organizationId) throw notFound('Organization');
    return viewer.organizationId;
  }

  private async requireOwn(viewer: RequestViewer, id: string, withSecrets = false): Promise<WebhookEntity> {
    const entity = await this.webhooks.findById(id, withSecrets);
    if (!entity || entity.organizationId !== viewer.organizationId) throw notFound('Webhook');
    return entity;
  }

  /**
   * At most the organization's vetted tier (R6), and at most the administrator's own clearance: a webhook must not
   * let its creator route to a system of theirs what they may not read themselves.
   */
  private async checkClearance(viewer: RequestViewer, organizationId: string, clearance: Tier): Promise<void> {
    const organization = await this.organizations.get(organizationId);
    if (!organization) throw notFound('Organization');
    if (!tierCovers(organization.vettedTier, clearance)) {
      throw badInput(`Clearance ${clearance} is above ${organization.name}'s vetting (${organization.vettedTier}).`, [
        { field: 'clearance', problems: [`at most ${organization.vettedTier}`] },
      ]);
    }
    const own = viewer.active ? viewer.clearance : Tier.CLEAR;
    if (!tierCovers(own, clearance)) {
      throw badInput(`Clearance ${clearance} is above your own clearance (${own}).`, [
        { field: 'clearance', problems: [`at most ${own}`] },
      ]);
    }
  }

  /** The URL as it will be called, or BAD_USER_INPUT: shape, scheme, credentials, and where its host resolves. */
  private async checkUrl(raw: string): Promise<string> {
    const vetted = await this.sender.vet(raw.trim());
    if ('problem' in vetted) {
      throw badInput(`The webhook URL is refused: ${vetted.problem}.`, [{ field: 'url', problems: [vetted.problem] }]);
    }
    return vetted.target.url.toString();
  }
}
