import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IncidentCategory, IncidentStatus, Tier, VotingImpact } from '@bulwark/domain';
import { ConnectionType } from '@api/graphql/pagination';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';
import './incident-enums';

@PushScoped(PushScope.SHARED)
@ObjectType({
  description:
    'What an election office reported to the organizations it chose. Read by members of the reporting organization and of the recipient organizations cleared for its tier (R19); to anyone else it does not exist (R15).',
})
export class IncidentReport {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Per reporting organization and year, e.g. GA-FULTON-IR-2026-0001.' })
  reference!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown, as written.' })
  description!: string;

  @Field(() => IncidentCategory)
  category!: IncidentCategory;

  @Field({ description: 'When the incident began.' })
  startedAt!: Date;

  @Field(() => String, { nullable: true, description: 'State or territory code.' })
  jurisdiction!: string | null;

  @Field(() => String, { nullable: true, description: 'A place or a system.' })
  location!: string | null;

  @Field(() => VotingImpact)
  impact!: VotingImpact;

  @Field(() => Tier)
  tier!: Tier;

  @Field({ description: 'Display name of the person who reported it.' })
  reporterName!: string;

  @Field({ description: 'The reporter agreed that a bulletin drafted from this report may name their organization.' })
  reporterMayBeNamed!: boolean;

  @Field(() => IncidentStatus)
  status!: IncidentStatus;

  @Field(() => String, { nullable: true, description: 'Display name of the handler who took it.' })
  assigneeName!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'The first take, status change or comment by a handler: time to first response.',
  })
  firstResponseAt!: Date | null;

  /** Resolved into fields; not exposed as they are. */
  reportingOrgId!: string;
  recipientOrgIds!: string[];
  reporterUserId!: string;
  assigneeUserId!: string | null;
}

export const IncidentReportConnection = ConnectionType(IncidentReport, 'IncidentReport');
