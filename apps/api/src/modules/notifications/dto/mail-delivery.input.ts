import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Severity } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MailDetail, MailDigest } from '../models/mail-enums';

@InputType({ description: 'Mail for what a feed matches: none, at once from a severity up, and/or a digest.' })
export class MailDeliveryInput {
  @Field(() => Severity, {
    nullable: true,
    description: 'Mail matches at or above this severity at once; null: none at once.',
  })
  @IsOptional()
  @IsEnum(Severity)
  immediateMinSeverity?: Severity | null;

  @Field(() => MailDigest, { description: 'Where the other matches go: NONE, an HOURLY or a DAILY digest.' })
  @IsEnum(MailDigest)
  digest!: MailDigest;

  @Field(() => Int, { defaultValue: 7, description: 'The hour of a daily digest, 0 to 23, in timeZone.' })
  @IsInt()
  @Min(0)
  @Max(23)
  digestHour = 7;

  @Field(() => String, { defaultValue: 'UTC', description: 'An IANA time zone, e.g. America/New_York.' })
  @IsString()
  @MaxLength(64)
  @IsTimeZone({ message: 'timeZone must be an IANA time zone, e.g. America/New_York' })
  timeZone = 'UTC';
}

@InputType()
export class SetFeedMailDeliveryInput {
  @Field(() => ID, { description: 'One of your saved feeds.' })
  @IsUUID()
  feedId!: string;

  @Field(() => MailDeliveryInput)
  @ValidateNested()
  @Type(() => MailDeliveryInput)
  delivery!: MailDeliveryInput;
}

@InputType()
export class SetOrganizationMailDetailInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own organization when omitted; platform administrators may name any.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => MailDetail)
  @IsEnum(MailDetail)
  detail!: MailDetail;
}
