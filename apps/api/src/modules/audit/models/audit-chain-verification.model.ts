import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AuditChainScope {
  /** An organization administrator: the verdict, told through their own organization's records only. */
  ORGANIZATION = 'ORGANIZATION',
  /** A platform administrator: the verdict on the whole chain, with where and why it broke. */
  PLATFORM = 'PLATFORM',
}

registerEnumType(AuditChainScope, { name: 'AuditChainScope' });

@ObjectType({ description: 'One record of the audit chain, by its place and time.' })
export class AuditChainPoint {
  @Field({ description: 'Its position in the chain (a 64-bit integer, as a string).' })
  position!: string;

  @Field(() => Date, { nullable: true, description: 'Null when no record holds that position (records are missing).' })
  occurredAt!: Date | null;
}

@ObjectType({
  description:
    'The result of walking the audit chain (R18) with the same checks as `npm run audit:verify`. Computed at most once every few minutes and shared: `checkedAt` says when. An organization administrator learns it through their own records only.',
})
export class AuditChainVerification {
  @Field({ description: 'Every link from the first record to the head, as of checkedAt, is sound.' })
  intact!: boolean;

  @Field({ description: 'When the walk this answer reports ran.' })
  checkedAt!: Date;

  @Field({ description: 'Until when this answer is reused instead of walking the chain again.' })
  reusedUntil!: Date;

  @Field(() => AuditChainScope)
  scope!: AuditChainScope;

  @Field(() => AuditChainPoint, {
    nullable: true,
    description:
      "The newest record in your scope that the walk confirmed: your organization's (or, for a platform administrator, the chain's) last record before the head or the first break. Null when there is none.",
  })
  verifiedThrough!: AuditChainPoint | null;

  @Field(() => AuditChainPoint, {
    nullable: true,
    description:
      "On a broken chain, the first record in your scope that the walk could not confirm: your organization's first record after the break (null when none of them is), or the broken record itself for a platform administrator.",
  })
  firstUnverified!: AuditChainPoint | null;

  @Field(() => String, {
    nullable: true,
    description: 'Platform administrators only: why the chain broke. Null for an intact chain and for others.',
  })
  reason!: string | null;
}
