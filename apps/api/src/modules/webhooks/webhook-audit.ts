import type { Tier } from '@bulwark/domain';
import { type AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import type { AuditActor, AuditEntry } from '@api/modules/audit/audit.service';

/** What the audit trail says of a webhook. */
export interface AuditedWebhook {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly clearance: Tier;
}

/**
 * A change of a webhook for the audit trail (R18): its name, clearance and the receiver's host, never the URL's
 * path or query (they may carry a receiver's token) nor a secret.
 */
export function webhookChange(
  actor: AuditActor,
  action: AuditAction,
  webhook: AuditedWebhook,
  extra: Record<string, unknown> = {},
): AuditEntry {
  return {
    actor,
    action,
    targetType: AuditTargetType.WEBHOOK,
    targetId: webhook.id,
    details: { name: webhook.name, host: new URL(webhook.url).host, clearance: webhook.clearance, ...extra },
  };
}
