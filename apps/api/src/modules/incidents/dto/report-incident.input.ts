import { Field, ID, InputType } from '@nestjs/graphql';
import { IncidentCategory, Tier, VotingImpact } from '@bulwark/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IndicatorInput } from '@api/modules/bulletins/dto/bulletin-content.input';
import { IsJurisdiction } from '@api/modules/organizations/dto/organization-fields';
import '../models/incident-enums';

export const MAX_DESCRIPTION_LENGTH = 20_000;
export const MAX_REPORT_INDICATORS = 100;
export const MAX_REPORT_RECIPIENTS = 20;
/** Tiers a report may carry: RED and CLEAR are refused (docs/security.md, "Incident reports"). */
export const REPORT_TIERS: readonly Tier[] = [Tier.GREEN, Tier.AMBER, Tier.AMBER_STRICT];

@InputType()
export class ReportIncidentInput {
  @Field({ description: '3 to 200 characters.' })
  @IsString()
  @Length(3, 200)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @Field({ description: `Markdown, at most ${MAX_DESCRIPTION_LENGTH} characters. Raw HTML is shown as text.` })
  @IsString()
  @Length(1, MAX_DESCRIPTION_LENGTH)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;

  @Field(() => IncidentCategory)
  @IsEnum(IncidentCategory)
  category!: IncidentCategory;

  @Field({ description: 'When the incident began; not in the future.' })
  @Type(() => Date)
  @IsDate()
  startedAt!: Date;

  @Field(() => String, { nullable: true, description: "State code; default: your organization's." })
  @IsOptional()
  @IsJurisdiction()
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'A place or a system, at most 300 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  location?: string | null;

  @Field(() => VotingImpact)
  @IsEnum(VotingImpact)
  impact!: VotingImpact;

  @Field(() => Tier, { defaultValue: Tier.AMBER, description: 'GREEN, AMBER (default) or AMBER_STRICT.' })
  @IsIn(REPORT_TIERS, { message: 'tier must be GREEN, AMBER or AMBER_STRICT' })
  tier: Tier = Tier.AMBER;

  @Field(() => [IndicatorInput], {
    nullable: true,
    description: `At most ${MAX_REPORT_INDICATORS}, validated and normalised as a bulletin's.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_REPORT_INDICATORS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorInput)
  indicators?: IndicatorInput[] | null;

  @Field(() => [ID], {
    description: `1 to ${MAX_REPORT_RECIPIENTS} organizations from incidentRecipientOptions, vetted at least the tier.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_REPORT_RECIPIENTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recipientOrganizationIds!: string[];

  @Field({
    defaultValue: false,
    description: 'You agree that a bulletin drafted from this report may name your organization.',
  })
  @IsBoolean()
  reporterMayBeNamed: boolean = false;
}
