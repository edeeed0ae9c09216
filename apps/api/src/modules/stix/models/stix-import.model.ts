import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Category, Severity, Tier } from '@bulwark/domain';
import { Bulletin } from '@api/modules/bulletins/models/bulletin.model';

@ObjectType({ description: 'An object of an imported STIX bundle that the draft does not hold, and why.' })
export class SkippedStixObject {
  @Field({ description: 'Its STIX id.' })
  id!: string;

  @Field({ description: 'Its STIX type (indicator, relationship, identity …).' })
  type!: string;

  @Field({ description: 'Why it is not in the draft, in words.' })
  reason!: string;
}

@ObjectType()
export class StixImportResult {
  @Field(() => Bulletin, { description: 'The new draft, for its author to review.' })
  bulletin!: Bulletin;

  @Field(() => [SkippedStixObject])
  skipped!: SkippedStixObject[];
}

@ObjectType({ description: 'What importStixBundle would make of a bundle; nothing is saved.' })
export class StixImportPreview {
  @Field()
  title!: string;

  @Field(() => Tier, { description: 'From its TLP marking: the draft needs recipients for AMBER and above.' })
  tier!: Tier;

  @Field(() => Category)
  category!: Category;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => Int, { description: 'Indicator values (CVE numbers included) the draft would hold.' })
  indicatorCount!: number;

  @Field(() => [SkippedStixObject])
  skipped!: SkippedStixObject[];
}
