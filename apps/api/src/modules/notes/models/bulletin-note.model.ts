import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "A note of your office on a bulletin: what it did about it. Only your organization's members who may read the bulletin see it.",
})
export class BulletinNote {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  bulletinId!: string;

  @Field({ description: 'Plain text, as written.' })
  body!: string;

  @Field({ description: "The author's display name." })
  authorName!: string;

  @Field({ description: 'You wrote it, so you may delete it.' })
  writtenByYou!: boolean;

  @Field()
  createdAt!: Date;
}
