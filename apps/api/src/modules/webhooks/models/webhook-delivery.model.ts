import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@api/graphql/pagination';
import { WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: not tried yet. FAILED: retry scheduled. DELIVERED: a 2xx answer. DEAD: every attempt failed. SKIPPED: not sent, because at delivery time the webhook could no longer receive it (see lastError).',
});

@ObjectType({ description: 'One event sent (or to be sent) to one webhook.' })
export class WebhookDelivery {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The `id` in the payload and the Bulwark-Event-Id header: `<webhookId>:<sequence>`.' })
  eventId!: string;

  @Field(() => Float)
  sequence!: number;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds the last attempt took.' })
  lastLatencyMs!: number | null;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is next due (PENDING, FAILED).' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field()
  createdAt!: Date;
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');
