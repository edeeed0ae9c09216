import { Role, lowerTier } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import type { BulletinEventRecord } from '@api/modules/bulletins/bulletins.reader';
import type { WebhookReaderRow } from './webhook-queue.repository';

/**
 * The viewer a webhook reads as: a VIEWER key of its organization, with the webhook's clearance capped by the
 * organization's vetting, active only while both the organization and the webhook are (R6, R8).
 */
export function webhookViewer(row: WebhookReaderRow): ViewerContext {
  return {
    kind: 'API_KEY',
    userId: null,
    apiKeyId: null,
    organizationId: row.organization_id,
    organizationAncestorIds: row.ancestor_ids,
    roles: [Role.VIEWER],
    clearance: lowerTier(row.clearance, row.vetted_tier),
    active: row.organization_active && row.enabled,
  };
}

/** `<webhookId>:<sequence>`: the same for every attempt, so a receiver can drop repeats. */
export function deliveryEventId(webhookId: string, sequence: string | number): string {
  return `${webhookId}:${sequence}`;
}

/** The JSON body of one delivery. The bulletin is as of the event's revision; a retracted one has no body (R13). */
export function webhookPayload(webhookId: string, event: BulletinEventRecord): Record<string, unknown> {
  const bulletin = event.bulletin;
  const retracted = bulletin.retractedAt !== null;
  return {
    id: deliveryEventId(webhookId, event.sequence),
    sequence: event.sequence,
    type: event.type,
    occurredAt: event.occurredAt,
    bulletin: {
      id: bulletin.id,
      reference: bulletin.reference,
      revision: bulletin.revision,
      tier: bulletin.tier,
      title: bulletin.title,
      summary: bulletin.summary,
      body: retracted ? null : bulletin.body,
      category: bulletin.category,
      severity: bulletin.severity,
      jurisdictions: bulletin.jurisdictions,
      tags: bulletin.tags,
      references: bulletin.references,
      publishedAt: bulletin.publishedAt,
      retractedAt: bulletin.retractedAt,
      retractionReason: bulletin.retractionReason,
    },
  };
}
