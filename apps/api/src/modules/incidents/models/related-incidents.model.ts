import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IncidentStatus } from '@bulwark/domain';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { Bulletin, Indicator } from '@api/modules/bulletins/models/bulletin.model';
import './incident-enums';

@PushScoped(PushScope.SHARED)
@ObjectType({ description: 'Another incident report, as a list of possible duplicates names it.' })
export class IncidentReportSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  reference!: string;

  @Field()
  title!: string;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field()
  createdAt!: Date;
}

// What it holds depends on who asks: every part is what this viewer may read.
@PushScoped(PushScope.VIEWER)
@ObjectType({
  description:
    'Possible duplicates of a report: the other incident reports and the published bulletins YOU may read that name at least one of its indicators (as normalised). Counts and lists leave out what you may not read.',
})
export class RelatedIncidents {
  @Field(() => Int)
  reportCount!: number;

  @Field(() => Int)
  bulletinCount!: number;

  @Field(() => [IncidentReportSummary], { description: 'Newest first, at most 10.' })
  reports!: IncidentReportSummary[];

  @Field(() => [Bulletin], { description: 'Newest first, at most 10.' })
  bulletins!: Bulletin[];

  @Field(() => [Indicator], {
    description: "This report's indicators that the reports and bulletins above name, in the report's order.",
  })
  sharedIndicators!: Indicator[];
}
