import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EventFilter } from '@api/modules/events/models/event-filter.model';
import { MailDelivery } from './mail-delivery.model';

@ObjectType({ description: "One of a mailbox's subscriptions: what it is mailed, and when." })
export class MailboxSubscription {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => EventFilter)
  filter!: EventFilter;

  @Field(() => MailDelivery)
  mail!: MailDelivery;

  @Field()
  createdAt!: Date;
}

@ObjectType({
  description:
    "An organization's shared mailbox: a recipient without an account, mailed what a VIEWER of the organization at its vetted tier may read, while both are active.",
})
export class OrganizationMailbox {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Lower-cased.' })
  address!: string;

  @Field({ description: 'An inactive mailbox is mailed nothing.' })
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => [MailboxSubscription], { description: 'By name.' })
  subscriptions!: MailboxSubscription[];

  organizationId!: string;
}
