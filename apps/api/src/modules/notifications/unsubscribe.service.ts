import { Injectable } from '@nestjs/common';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import type { AuditActor, AuditEntry } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { UnsubscribeLinks } from './unsubscribe-links';
import { type UnsubscribeTarget, UnsubscribeRepository } from './unsubscribe.repository';

/** What a link leads to: not one of ours, a subscription gone, or one (on or off already). */
export type UnsubscribeLookup =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'found'; readonly target: UnsubscribeTarget };

/**
 * The holder of a link: whoever the mail reached, not signed in. The record carries the subscription's
 * organization, so its administrators read it.
 */
const linkHolder = (organizationId: string): AuditActor => ({
  kind: 'ANONYMOUS',
  userId: null,
  apiKeyId: null,
  organizationId,
});

function unsubscribed(target: UnsubscribeTarget): AuditEntry {
  const details = { name: target.name, via: 'unsubscribe link', after: { immediateMinSeverity: null, digest: 'NONE' } };
  return target.feedId
    ? {
        actor: linkHolder(target.organizationId),
        action: AuditAction.FEED_MAIL_DELIVERY_CHANGED,
        targetType: AuditTargetType.FEED,
        targetId: target.feedId,
        details,
      }
    : {
        actor: linkHolder(target.organizationId),
        action: AuditAction.MAILBOX_SUBSCRIPTION_UPDATED,
        targetType: AuditTargetType.MAIL_SUBSCRIPTION,
        targetId: target.id,
        details,
      };
}

/** One-click unsubscribe (RFC 8058): a signed link turns its one subscription's mail off, on the audit trail. */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly subscriptions: UnsubscribeRepository,
    private readonly audited: AuditedUnitOfWork,
  ) {}

  async lookUp(token: unknown): Promise<UnsubscribeLookup> {
    const subscriptionId = this.links.subscriptionOf(token);
    if (!subscriptionId) return { kind: 'invalid' };
    const target = await this.subscriptions.find(subscriptionId);
    return target ? { kind: 'found', target } : { kind: 'gone' };
  }

  /** Turns the subscription's mail off (again is fine); what the link named. */
  async unsubscribe(token: unknown): Promise<UnsubscribeLookup> {
    const subscriptionId = this.links.subscriptionOf(token);
    if (!subscriptionId) return { kind: 'invalid' };
    return this.audited.run<UnsubscribeLookup>(async (manager) => {
      const target = await this.subscriptions.find(subscriptionId, manager);
      if (!target) return { result: { kind: 'gone' }, audit: [] };
      const changed = await this.subscriptions.turnOff(manager, subscriptionId);
      return { result: { kind: 'found', target }, audit: changed ? unsubscribed(target) : [] };
    });
  }
}
