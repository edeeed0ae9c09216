import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { AuditAction, AuditOutcome } from '../audit-action';

@InputType()
export class AuditEventsFilter {
  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field(() => AuditOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(AuditOutcome)
  outcome?: AuditOutcome;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @Field(() => ID, { nullable: true, description: 'The id of the user, organization, key, bulletin or feed acted on.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'From this time on (inclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventsFilter)
  filter?: AuditEventsFilter;
}
