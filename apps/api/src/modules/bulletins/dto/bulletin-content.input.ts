import { Field, ID, InputType } from '@nestjs/graphql';
import { Category, IndicatorType, Severity, Tier } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsJurisdiction } from '@api/modules/organizations/dto/organization-fields';

export const MAX_BODY_LENGTH = 100_000;
export const MAX_INDICATORS = 500;
/** Originating organizations of one bulletin (R14). */
export const MAX_ORIGINATORS = 10;

@InputType()
export class IndicatorInput {
  @Field(() => IndicatorType)
  @IsEnum(IndicatorType)
  type!: IndicatorType;

  @Field()
  @IsString()
  @Length(1, 2048)
  value!: string;
}

/**
 * The text and marking of a revision. Update and amend take the same fields, each optional: what is left
 * out keeps its current value.
 */
@InputType()
export class BulletinContentInput {
  @Field()
  @IsString()
  @Length(3, 300)
  title!: string;

  @Field()
  @IsString()
  @Length(1, 2000)
  summary!: string;

  @Field({ description: `Markdown, at most ${MAX_BODY_LENGTH} characters. Raw HTML is shown as text.` })
  @IsString()
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;

  @Field(() => Category)
  @IsEnum(Category)
  category!: Category;

  @Field(() => Severity)
  @IsEnum(Severity)
  severity!: Severity;

  @Field(() => Tier)
  @IsEnum(Tier)
  tier!: Tier;

  @Field(() => [String], { nullable: true, description: 'State codes; none means national.' })
  @IsOptional()
  @ArrayMaxSize(56)
  @ArrayUnique()
  @IsJurisdiction({ each: true })
  jurisdictions?: string[];

  @Field(() => [String], { nullable: true, description: 'Lower-case words or dashes, at most 20.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[a-z0-9][a-z0-9-]{0,49}$/, {
    each: true,
    message: 'each tag must be 1–50 lower-case letters, digits or dashes',
  })
  tags?: string[];

  @Field(() => [String], { nullable: true, description: 'http(s) URLs, at most 20.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: true }, { each: true })
  @MaxLength(2048, { each: true })
  references?: string[];

  @Field(() => [IndicatorInput], { nullable: true, description: `At most ${MAX_INDICATORS}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_INDICATORS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators?: IndicatorInput[];

  @Field(() => [ID], { nullable: true, description: 'AMBER and AMBER_STRICT: the recipient organizations.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recipientOrganizationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'RED: the named recipients.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recipientUserIds?: string[];
}

@InputType()
export class CreateBulletinInput extends BulletinContentInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Originating organizations; default your own. A joint bulletin lists several, yours among them (R14).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ORIGINATORS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  originatorOrganizationIds?: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date;
}
