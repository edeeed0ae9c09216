import { Field, Float, ObjectType } from '@nestjs/graphql';
import { IncidentEventType, IncidentStatus } from '@bulwark/domain';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import { IncidentComment } from './incident-comment.model';
import { IncidentReport } from './incident-report.model';
import './incident-enums';

@PushScoped(PushScope.SHARED)
@ObjectType({ description: 'A change of an incident report you may read, in global order.' })
export class IncidentEvent {
  @Field(() => Float, { description: 'Global, gap-free; resume with `since` set to the last one you received.' })
  sequence!: number;

  @Field(() => IncidentEventType)
  type!: IncidentEventType;

  @Field()
  occurredAt!: Date;

  @Field(() => IncidentReport, { description: 'The report as it is when the event is pushed.' })
  report!: IncidentReport;

  @Field(() => IncidentComment, { nullable: true, description: 'COMMENTED: the comment.' })
  comment!: IncidentComment | null;

  @Field(() => IncidentStatus, {
    nullable: true,
    description: 'REPORTED, ASSIGNED, STATUS_CHANGED: the status the change left the report in.',
  })
  status!: IncidentStatus | null;
}
