import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import { WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { MAX_WEBHOOK_URL_LENGTH } from '../webhook-target';

const MAX_GRACE_SECONDS = 7 * 24 * 3600;

@InputType()
export class CreateWebhookInput {
  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field({
    description: `https://… (at most ${MAX_WEBHOOK_URL_LENGTH} characters, no credentials). Its host must resolve to public addresses only.`,
  })
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url!: string;

  @Field(() => BulletinEventFilter, {
    nullable: true,
    description: 'Which events to send; none: every one it may read.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter?: BulletinEventFilter;

  @Field(() => Tier, {
    description: "What it may read: at most the organization's vetted tier and your own clearance.",
  })
  @IsEnum(Tier)
  clearance!: Tier;
}

@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_WEBHOOK_URL_LENGTH)
  url?: string;

  @Field(() => BulletinEventFilter, { nullable: true, description: 'Replaces the filter; `{}` sends every event.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter?: BulletinEventFilter;

  @Field(() => Tier, { nullable: true })
  @IsOptional()
  @IsEnum(Tier)
  clearance?: Tier;
}

@InputType()
export class WebhookIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class DisableWebhookInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'Shown as disabledReason.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, {
    defaultValue: 0,
    description:
      'Keep signing with the old secret too (a second `v1=` value) for this many seconds, at most 7 days, so the receiver can switch without rejecting deliveries.',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_GRACE_SECONDS)
  keepOldSecretForSeconds = 0;
}

@ArgsType()
export class WebhookArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@ArgsType()
export class WebhooksArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only webhooks that are (or are not) enabled.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  webhookId!: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}
