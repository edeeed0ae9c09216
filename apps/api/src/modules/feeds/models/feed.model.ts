import { Field, ID, ObjectType } from '@nestjs/graphql';

import { EventFilter } from '@api/modules/events/models/event-filter.model';

@ObjectType({
  description: 'A saved filter: page through it with feedItems, or subscribe with bulletinEvents(feedId).',
})
export class Feed {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EventFilter)
  filter!: EventFilter;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}
