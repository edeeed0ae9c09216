import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Category, Severity, Tier } from '@bulwark/domain';
import { ConnectionType } from '@api/graphql/pagination';
import { BulletinEventType } from '@api/modules/events/entities/bulletin-event.entity';

@ObjectType({ description: 'Which events a webhook sends. Every list means "any of"; fields combine with AND.' })
export class WebhookFilter {
  @Field(() => [BulletinEventType], { nullable: true })
  types?: BulletinEventType[];

  @Field(() => [Tier], { nullable: true })
  tiers?: Tier[];

  @Field(() => [Category], { nullable: true })
  categories?: Category[];

  @Field(() => Severity, { nullable: true })
  minSeverity?: Severity;

  @Field(() => [String], { nullable: true })
  jurisdictions?: string[];

  @Field(() => [ID], { nullable: true })
  originatorIds?: string[];

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ObjectType({
  description:
    "A partner system's endpoint: every event it may read (as a VIEWER key of the organization with this clearance) and its filter matches, POSTed as signed JSON. The signing secret is shown once.",
})
export class Webhook {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  url!: string;

  @Field(() => WebhookFilter)
  filter!: WebhookFilter;

  @Field(() => Tier, { description: "Capped by the organization's vetted tier at every delivery." })
  clearance!: Tier;

  @Field()
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled: by whom, or after which failures.' })
  disabledReason!: string | null;

  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;

  @Field(() => Int, { description: 'Failed attempts in a row; a success resets it.' })
  consecutiveFailures!: number;

  @Field(() => Float, { description: 'The last event sequence it has considered.' })
  lastEventSequence!: number;

  @Field(() => Date, { nullable: true })
  secretRotatedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until then deliveries are signed with the old secret too.' })
  previousSecretExpiresAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  organizationId!: string;
}

@ObjectType()
export class WebhookWithSecret {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field({ description: 'The HMAC-SHA256 key for Bulwark-Signature (docs/webhooks.md). Shown only now.' })
  secret!: string;
}

export const WebhookConnection = ConnectionType(Webhook, 'Webhook');
