import { Field, ID, ObjectType } from '@nestjs/graphql';
import { BulletinEventType, Category, Severity, Tier } from '@bulwark/domain';

/** A stored BulletinEventFilter (of a feed or a webhook) as the API shows it back. */
@ObjectType({ description: 'Which events match. Every list means "any of"; fields combine with AND.' })
export class EventFilter {
  @Field(() => [BulletinEventType], { nullable: true })
  types?: BulletinEventType[];

  @Field(() => [Tier], { nullable: true })
  tiers?: Tier[];

  @Field(() => [Category], { nullable: true })
  categories?: Category[];

  @Field(() => Severity, { nullable: true })
  minSeverity?: Severity;

  @Field(() => [String], { nullable: true })
  jurisdictions?: string[];

  @Field(() => [ID], { nullable: true })
  originatorIds?: string[];

  @Field(() => [String], { nullable: true })
  tags?: string[];
}
