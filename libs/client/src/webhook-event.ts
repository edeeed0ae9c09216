import type { Category, Severity, Tier } from './generated/graphql';

/** A webhook delivery's JSON body (docs/webhooks.md): the bulletin as of the event's revision. */
export interface WebhookEvent {
  /** `<webhookId>:<sequence>`, the same on every attempt: drop repeats by it. */
  id: string;
  sequence: number;
  type: 'PUBLISHED' | 'AMENDED' | 'RETRACTED';
  occurredAt: string;
  bulletin: WebhookBulletin;
}

export interface WebhookBulletin {
  id: string;
  reference: string | null;
  revision: number;
  tier: Tier;
  title: string;
  summary: string;
  /** Null once retracted. */
  body: string | null;
  category: Category;
  severity: Severity;
  jurisdictions: string[];
  tags: string[];
  references: string[];
  publishedAt: string | null;
  retractedAt: string | null;
  retractionReason: string | null;
}

export type WebhookVerification =
  | { ok: true; timestamp: number; event: WebhookEvent }
  | {
      ok: false;
      reason:
        'MISSING_HEADERS' | 'BAD_TIMESTAMP' | 'TIMESTAMP_OUT_OF_TOLERANCE' | 'SIGNATURE_MISMATCH' | 'MALFORMED_BODY';
    };
