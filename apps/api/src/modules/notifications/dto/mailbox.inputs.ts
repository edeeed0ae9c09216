import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import { MailDeliveryInput } from './mail-delivery.input';

export const MAX_ADDRESS_LENGTH = 254;

@ArgsType()
export class OrganizationMailboxesArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own organization when omitted; platform administrators may name any.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

@InputType()
export class CreateOrganizationMailboxInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own organization when omitted; platform administrators may name any.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field({ description: `An e-mail address, at most ${MAX_ADDRESS_LENGTH} characters; stored lower-cased.` })
  @IsString()
  @MaxLength(MAX_ADDRESS_LENGTH)
  @IsEmail()
  address!: string;
}

@InputType()
export class UpdateOrganizationMailboxInput {
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
  @MaxLength(MAX_ADDRESS_LENGTH)
  @IsEmail()
  address?: string;

  @Field({ nullable: true, description: 'An inactive mailbox is mailed nothing; its subscriptions stay.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class CreateMailboxSubscriptionInput {
  @Field(() => ID)
  @IsUUID()
  mailboxId!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  name!: string;

  @Field(() => BulletinEventFilter, { description: 'What it is mailed; `{}`: everything the mailbox may read.' })
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter!: BulletinEventFilter;

  @Field(() => MailDeliveryInput)
  @ValidateNested()
  @Type(() => MailDeliveryInput)
  delivery!: MailDeliveryInput;
}

@InputType()
export class UpdateMailboxSubscriptionInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @Field(() => BulletinEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BulletinEventFilter)
  filter?: BulletinEventFilter;

  @Field(() => MailDeliveryInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MailDeliveryInput)
  delivery?: MailDeliveryInput;
}
