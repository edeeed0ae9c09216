import { Field, ID, InputType } from '@nestjs/graphql';
import { Category, Severity, Tier } from '@bulwark/domain';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsJurisdiction } from '@api/modules/organizations/dto/organization-fields';

/** What bulletin lists, feeds, subscriptions and webhooks all filter on. Every list means "any of". */
@InputType({ isAbstract: true })
export abstract class ContentFilterFields {
  @Field(() => [Tier], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Tier, { each: true })
  tiers?: Tier[];

  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsEnum(Category, { each: true })
  categories?: Category[];

  @Field(() => Severity, { nullable: true, description: 'This severity and above.' })
  @IsOptional()
  @IsEnum(Severity)
  minSeverity?: Severity;

  @Field(() => [String], { nullable: true, description: 'Bulletins for any of these states, plus national ones.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(56)
  @IsJurisdiction({ each: true })
  jurisdictions?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  originatorIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, {
    each: true,
    message: 'each tag must be 1–50 lower-case letters, digits or dashes',
  })
  tags?: string[];
}
