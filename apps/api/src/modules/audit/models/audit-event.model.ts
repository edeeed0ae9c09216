import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@api/graphql/pagination';
import { AuditActorKind, AuditOutcome } from '../audit-action';

@ObjectType({
  description:
    'One record of the audit trail. A bulletin appears only as its id: never its title or tier, which the reader of the trail may not be allowed to see.',
})
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Gap-free order of the chain (as a string: it is a 64-bit integer).' })
  position!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => AuditActorKind)
  actorKind!: AuditActorKind;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => ID, { nullable: true })
  actorApiKeyId!: string | null;

  @Field(() => ID, { nullable: true })
  actorOrganizationId!: string | null;

  @Field({
    description: 'An AuditAction value (kept a string, so older records stay readable when actions are added).',
  })
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  clientAddress!: string | null;

  @Field(() => String, { description: 'The details as a JSON object (before/after of a grant, a reason, …).' })
  details!: string;

  @Field()
  previousHash!: string;

  @Field()
  hash!: string;
}

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');
