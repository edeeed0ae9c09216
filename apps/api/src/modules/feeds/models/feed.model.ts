import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Category, Severity, Tier } from '@bulwark/domain';
import { BulletinEventType } from '@api/modules/events/entities/bulletin-event.entity';

@ObjectType({ description: 'What a saved feed matches. Every list means "any of"; fields combine with AND.' })
export class FeedFilter {
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

@ObjectType({
  description: 'A saved filter: page through it with feedItems, or subscribe with bulletinEvents(feedId).',
})
export class Feed {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => FeedFilter)
  filter!: FeedFilter;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
