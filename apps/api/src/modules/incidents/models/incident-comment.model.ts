import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

@PushScoped(PushScope.SHARED)
@ObjectType({
  description:
    "A message of a report's thread between its reporting organization and its handlers. Whoever reads the report reads its thread.",
})
export class IncidentComment {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Plain text, as written.' })
  body!: string;

  @Field({ description: "The author's display name." })
  authorName!: string;

  @Field({ description: "The author's organization when they wrote it." })
  authorOrganizationName!: string;

  @Field({ description: 'Written by a member of the reporting organization, not by a handler.' })
  fromReporterSide!: boolean;

  @Field()
  createdAt!: Date;

  /** The report it belongs to; not a field. */
  reportId!: string;
}
