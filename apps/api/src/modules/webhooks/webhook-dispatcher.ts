import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { UnitOfWork } from '@api/database/unit-of-work';
import { AuditAction } from '@api/modules/audit/audit-action';
import { systemActor } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { BulletinReader } from '@api/modules/bulletins/bulletins.reader';
import { webhookChange } from './webhook-audit';
import { WebhooksRepository } from './webhooks.repository';
import { deliveryEventId, webhookPayload, webhookViewer } from './webhook-payload';
import {
  type ClaimedDelivery,
  type DeliveryTargetRow,
  WebhookQueueRepository,
  type WebhookReaderRow,
} from './webhook-queue.repository';
import { retryDelayMs, type RetryPolicy } from '@api/common/retry-backoff';
import { WebhookSender } from './webhook-sender';
import { signedHeaders } from './webhook-signature';

/** Events looked at per webhook per transaction. */
const ENQUEUE_BATCH = 100;
/** Deliveries claimed per round. */
const CLAIM_BATCH = 20;
/** How long a claim lasts beyond the request timeout: a worker that dies mid-send delays a delivery this long. */
const LEASE_MARGIN_MS = 10_000;

export type DeliveryOutcome = 'delivered' | 'failed' | 'skipped' | 'lost';

/**
 * The two halves of delivery. Enqueue: for each enabled webhook, the events after its cursor that its viewer may
 * read and its filter matches become delivery rows, and the cursor moves on, in one transaction. Deliver: due rows
 * are claimed, checked again against the policy for the webhook as it is now (R17), signed and POSTed; the outcome
 * is recorded, with retries, a dead end, and the webhook disabled after a run of failures (on the audit trail).
 */
@Injectable()
export class WebhookDispatcher {
  private readonly retry: RetryPolicy;

  constructor(
    private readonly queue: WebhookQueueRepository,
    private readonly webhooks: WebhooksRepository,
    private readonly bulletins: BulletinReader,
    private readonly sender: WebhookSender,
    private readonly unit: UnitOfWork,
    private readonly audited: AuditedUnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.retry = {
      baseMs: config.webhooks.retryBaseMs,
      capMs: config.webhooks.retryCapMs,
      maxAttempts: config.webhooks.maxAttempts,
    };
  }

  /** Enqueues new events for every webhook that is behind; how many were behind. */
  async enqueueAll(): Promise<number> {
    const behind = await this.queue.behind();
    for (const webhook of behind) await this.enqueue(webhook);
    return behind.length;
  }

  private async enqueue(webhook: WebhookReaderRow): Promise<void> {
    const viewer = webhookViewer(webhook);
    for (;;) {
      const more = await this.unit.run(async (manager) => {
        const cursor = await this.queue.lockForEnqueue(manager, webhook.id);
        if (cursor === null) return false; // disabled meanwhile, or another instance has it
        const { sequences, head } = await this.bulletins.visibleEventSequencesAfter(
          manager,
          viewer,
          cursor,
          webhook.filter,
          ENQUEUE_BATCH,
        );
        const full = sequences.length === ENQUEUE_BATCH;
        await this.queue.enqueue(manager, webhook.id, sequences, full ? sequences[sequences.length - 1] : head);
        return full;
      });
      if (!more) return;
    }
  }

  /**
   * Claims and sends one round of due deliveries; how many were claimed. One webhook's deliveries go one after the
   * other, in event order; different webhooks in parallel. `stopping` is asked before each send.
   */
  async deliverDue(leaseId: string, stopping: () => boolean): Promise<number> {
    const claimed = await this.queue.claimDue(leaseId, CLAIM_BATCH, this.config.webhooks.timeoutMs + LEASE_MARGIN_MS);
    const byWebhook = new Map<string, ClaimedDelivery[]>();
    for (const claim of claimed) byWebhook.set(claim.webhook_id, [...(byWebhook.get(claim.webhook_id) ?? []), claim]);
    let unfinished = false;
    await Promise.all(
      [...byWebhook.values()].map(async (claims) => {
        claims.sort((a, b) => Number(a.event_sequence) - Number(b.event_sequence));
        for (const claim of claims) {
          if (stopping()) {
            unfinished = true;
            return;
          }
          const outcome = await this.deliver(claim, leaseId);
          if (outcome === 'failed') return; // holdBack released the rest of this webhook's claims
        }
      }),
    );
    if (unfinished) await this.queue.release(leaseId);
    return claimed.length;
  }

  private async deliver(claim: ClaimedDelivery, leaseId: string): Promise<DeliveryOutcome> {
    const target = await this.queue.target(claim.webhook_id);
    if (!target) return 'lost'; // deleted meanwhile: its deliveries went with it
    const skip = async (reason: string): Promise<DeliveryOutcome> =>
      (await this.queue.recordSkipped(claim.id, leaseId, reason)) ? 'skipped' : 'lost';

    // R17: the webhook as it is now, not as it was when the event was enqueued.
    if (!target.enabled) return skip('Not sent: the webhook is disabled.');
    if (!target.organization_active) return skip('Not sent: the organization is deactivated.');
    const event = await this.bulletins.eventFor(webhookViewer(target), claim.event_sequence, target.filter);
    if (!event) return skip('Not sent: the event is no longer kept.');
    if (!event.readable)
      return skip('Not sent: the webhook may no longer read this event (access policy at delivery).');
    if (!event.matches) return skip("Not sent: the event no longer matches the webhook's filter.");

    const body = JSON.stringify(webhookPayload(target.id, event));
    const secrets = target.previous_secret ? [target.secret, target.previous_secret] : [target.secret];
    const headers = signedHeaders(secrets, deliveryEventId(target.id, claim.event_sequence), body);
    const result = await this.sender.post(target.url, headers, body);
    if (result.ok) {
      if (!(await this.queue.recordDelivered(claim.id, leaseId, result))) return 'lost';
      await this.queue.resetFailures(target.id);
      return 'delivered';
    }
    const retryIn = retryDelayMs(this.retry, claim.attempts + 1);
    if (!(await this.queue.recordFailed(claim.id, leaseId, result, retryIn))) return 'lost';
    await this.failedAttempt(target, result.statusCode, result.error, leaseId);
    return 'failed';
  }

  /** Counts the failure against the webhook; disables it at the end of the allowed run; otherwise backs off. */
  private async failedAttempt(
    target: DeliveryTargetRow,
    statusCode: number | null,
    error: string | null,
    leaseId: string,
  ): Promise<void> {
    const limit = this.config.webhooks.disableAfterFailures;
    const failures = await this.audited.run(async (manager) => {
      const run = await this.queue.countFailure(manager, target.id);
      if (!run.enabled || run.failures < limit) return { result: run.failures, audit: [] };
      const last = statusCode !== null ? `HTTP ${statusCode}` : (error ?? 'no answer');
      const reason = `Disabled after ${run.failures} consecutive failed delivery attempts (last: ${last}).`;
      const disabled = await this.queue.disable(manager, target.id, reason);
      await this.webhooks.skipWaiting(manager, target.id, `Not sent: ${reason}`);
      if (!disabled) return { result: run.failures, audit: [] };
      // On the trail like an administrator's disableWebhook (R18), in the same transaction, by no one but Bulwark.
      const webhook = { ...disabled, id: target.id };
      const actor = systemActor(disabled.organization_id);
      return { result: run.failures, audit: webhookChange(actor, AuditAction.WEBHOOK_DISABLED, webhook, { reason }) };
    });
    if (failures < limit) {
      const wait = retryDelayMs({ ...this.retry, maxAttempts: Number.MAX_SAFE_INTEGER }, failures) ?? 0;
      await this.queue.holdBack(target.id, leaseId, wait);
    }
  }
}
