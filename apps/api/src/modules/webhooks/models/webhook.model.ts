import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import { ConnectionType } from '@api/graphql/pagination';

import { EventFilter } from '@api/modules/events/models/event-filter.model';

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

  @Field(() => EventFilter)
  filter!: EventFilter;

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
