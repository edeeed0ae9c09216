import { Inject, Injectable, Logger } from '@nestjs/common';
import { BulletinEventType, MailDigest, MailKind, SEVERITY_ORDER, type Severity } from '@bulwark/domain';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { UnitOfWork } from '@api/database/unit-of-work';
import { BulletinReader, type MailableEvent } from '@api/modules/bulletins/bulletins.reader';
import { nextDigestAt } from './digest-schedule';
import { type MailRecipientRef, MailPlanRepository, type SubscriptionRow } from './mail-plan.repository';
import { isReachable, type RecipientRow, recipientViewer } from './mail-recipient';

/** Events looked at per subscription per transaction. */
const PLAN_BATCH = 200;
/** Subscriptions planned before the worker sends what they queued (MailWorker). */
export const PLAN_SLICE = 100;
/** Retractions looked at per transaction. */
const RETRACTION_BATCH = 100;

/** Did a step write anything, and does it know of more to do? */
export interface Progress {
  readonly did: boolean;
  readonly more: boolean;
}

const atLeast = (severity: Severity, floor: Severity) =>
  SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(floor);

function recipientOf(row: SubscriptionRow): MailRecipientRef | null {
  if (row.mailbox_id !== null) return { mailboxId: row.mailbox_id };
  return row.user_id !== null ? { userId: row.user_id } : null;
}

/**
 * Turns the event log into outbox rows (docs/notifications.md). Per subscription: the publications and amendments
 * after its cursor that its recipient may read now and its filter matches become immediate mail (amendments
 * coalescing into a waiting one) or digest items, and the cursor moves on, in one transaction. Due digests become
 * one mail each. Each retraction becomes a mail to whoever was sent the bulletin. What a mail finally carries is
 * decided again when it is sent (MailComposer, R17).
 */
@Injectable()
export class MailPlanner {
  private readonly logger = new Logger(MailPlanner.name);

  constructor(
    private readonly plans: MailPlanRepository,
    private readonly bulletins: BulletinReader,
    private readonly unit: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Everything, up to the head of the log: true if it queued mail or moved a cursor. */
  async planAll(): Promise<boolean> {
    let progress = false;
    for (;;) {
      const slice = await this.planSlice(PLAN_SLICE);
      progress ||= slice.did;
      if (!slice.more) return progress;
    }
  }

  /**
   * At most `limit` subscriptions that are behind, then due digests and retractions; whether more subscriptions
   * wait. The worker sends what a slice queued before planning the next, so with thousands of subscribers the first
   * mails leave while the last are still being planned. A slice that moved nothing (another instance holds them all)
   * reports no more.
   */
  async planSlice(limit: number): Promise<Progress> {
    await this.plans.skipInactive();
    const behind = await this.plans.behind(limit + 1);
    let did = false;
    for (const id of behind.slice(0, limit)) did = (await this.planSubscription(id)) || did;
    const more = did && behind.length > limit;
    for (const id of await this.plans.dueDigests()) did = (await this.queueDigest(id)) || did;
    return { did: (await this.planRetractions()) || did, more };
  }

  /** Plans one subscription up to the head; true if it moved. */
  private async planSubscription(id: string): Promise<boolean> {
    let moved = false;
    for (;;) {
      const step = await this.unit.run((manager) => this.planBatch(manager, id));
      moved ||= step.did;
      if (!step.more) return moved;
    }
  }

  private async planBatch(manager: EntityManager, id: string): Promise<Progress> {
    const subscription = await this.plans.lockForPlanning(manager, id);
    if (!subscription) return { did: false, more: false }; // gone, or another instance has it
    const ref = recipientOf(subscription);
    const recipient = ref && (await this.plans.recipient(ref, manager));
    if (!subscription.active || !recipient || !isReachable(recipient)) {
      // Nothing is kept for later: a user deactivated now is not mailed a backlog when reactivated.
      await this.plans.moveCursor(manager, id, await this.plans.headSequence(manager));
      return { did: true, more: false };
    }
    const { events, head } = await this.bulletins.mailableEventsAfter(
      manager,
      recipientViewer(recipient),
      subscription.cursor_sequence,
      subscription.filter ?? {},
      PLAN_BATCH,
    );
    for (const event of events) await this.plan(manager, subscription, recipient, event);
    const full = events.length === PLAN_BATCH;
    await this.plans.moveCursor(manager, id, full ? events[events.length - 1].sequence : head);
    return { did: true, more: full };
  }

  private async plan(
    manager: EntityManager,
    subscription: SubscriptionRow,
    recipient: RecipientRow,
    event: MailableEvent,
  ): Promise<void> {
    const amended = event.type === BulletinEventType.AMENDED;
    const floor = subscription.immediate_min_severity;
    if (floor !== null && atLeast(event.severity, floor)) {
      // One immediate mail per recipient and bulletin, however many of their feeds match it.
      if (subscription.shares_recipient) {
        await this.plans.lockRecipient(manager, recipient);
        if (await this.plans.immediateCovers(manager, recipient, event.bulletinId, event.sequence)) return;
      }
      if (amended && (await this.plans.coalesceImmediate(manager, recipient, event.bulletinId, event.sequence))) return;
      await this.plans.queue(
        manager,
        {
          kind: MailKind.IMMEDIATE,
          subscriptionId: subscription.id,
          recipient,
          bulletinId: event.bulletinId,
          eventSequence: event.sequence,
          // An amendment waits a little: more amendments within the window join it.
          delayMs: amended ? this.config.mail.coalesceMs : 0,
          items: [{ bulletinId: event.bulletinId, amended }],
        },
        this.config.mail.messageIdDomain,
      );
      return;
    }
    if (subscription.digest !== MailDigest.NONE)
      await this.plans.gatherForDigest(manager, subscription.id, event.bulletinId, event.sequence, amended);
  }

  /** Gathers a due digest into one mail (if it gathered anything) and schedules the next; true if it was due. */
  private async queueDigest(id: string): Promise<boolean> {
    return this.unit.run(async (manager) => {
      const subscription = await this.plans.lockDueDigest(manager, id);
      if (!subscription) return false;
      const items = await this.plans.takeDigestItems(manager, id);
      const ref = recipientOf(subscription);
      const recipient = ref && (await this.plans.recipient(ref, manager));
      if (items.length > 0 && recipient) {
        await this.plans.queue(
          manager,
          {
            kind: MailKind.DIGEST,
            subscriptionId: id,
            recipient,
            bulletinId: null,
            eventSequence: null,
            delayMs: 0,
            items,
          },
          this.config.mail.messageIdDomain,
        );
      }
      await this.plans.digestSent(manager, id, this.nextDigest(subscription));
      return true;
    });
  }

  private nextDigest(subscription: SubscriptionRow): Date | null {
    const { digest, digest_hour: hour, time_zone: zone, now } = subscription;
    try {
      return nextDigestAt(digest, hour, zone, now);
    } catch (error) {
      // The API validates zones; one this runtime no longer knows falls back to UTC rather than stop the digest.
      this.logger.warn(`Mail subscription ${subscription.id}: ${String(error)}; its digest follows UTC.`);
      return nextDigestAt(digest, hour, 'UTC', now);
    }
  }

  /**
   * Retractions, in log order. One waits while a mail about its bulletin is being sent (isBeingSent): that mail was
   * decided before the retraction and may yet be recorded SENT, and its recipient must then be told too.
   */
  private async planRetractions(): Promise<boolean> {
    let did = false;
    for (;;) {
      const step = await this.unit.run(async (manager): Promise<Progress> => {
        const cursor = await this.plans.lockRetractionCursor(manager);
        if (cursor === null) return { did: false, more: false }; // another instance has it
        const { events, head } = await this.bulletins.retractionsAfter(manager, cursor, RETRACTION_BATCH);
        let reached = cursor;
        let waiting = false;
        for (const event of events) {
          if (await this.plans.isBeingSent(manager, event.bulletinId)) {
            waiting = true;
            break;
          }
          await this.plans.queueRetractions(
            manager,
            event.bulletinId,
            event.sequence,
            this.config.mail.messageIdDomain,
          );
          reached = event.sequence;
        }
        const full = events.length === RETRACTION_BATCH;
        const next = waiting || full ? reached : head;
        if (next !== cursor) await this.plans.moveRetractionCursor(manager, next);
        return { did: next !== cursor, more: full && !waiting };
      });
      did ||= step.did;
      if (!step.more) return did;
    }
  }
}
