import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BulletinStatus, Category, IndicatorType, Severity, Tier } from '@bulwark/domain';
import { type Connection, PageInfo } from '@api/graphql/pagination';
import { PushScope, PushScoped } from '@api/graphql/push/push-scope';

@PushScoped(PushScope.SHARED)
@ObjectType({ description: 'An indicator of compromise, validated and normalised.' })
export class Indicator {
  @Field(() => IndicatorType)
  type!: IndicatorType;

  @Field()
  value!: string;
}

/** The text and marking of one revision: what Bulletin and BulletinRevision share. */
@ObjectType({ isAbstract: true })
export abstract class RevisionContent {
  @Field(() => Int, { description: 'Revision number: 1 for the original, then one more per amendment.' })
  revision!: number;

  @Field(() => Tier)
  tier!: Tier;

  @Field()
  title!: string;

  @Field()
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown as written. Null once the bulletin is retracted (R13).',
  })
  body!: string | null;

  @Field(() => Category)
  category!: Category;

  @Field(() => Severity)
  severity!: Severity;

  @Field(() => [String], { description: 'State codes; empty means national.' })
  jurisdictions!: string[];

  @Field(() => [String])
  tags!: string[];

  @Field(() => [String], { description: 'Reference URLs.' })
  references!: string[];

  @Field(() => String, { nullable: true, description: 'What an amendment changed.' })
  changeNote!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => BulletinStatus)
  status!: BulletinStatus;

  revisionId!: string;
  bulletinId!: string;
  originatorOrgIds!: string[];
  recipientOrgIds!: string[];
  recipientUserIds!: string[];
  authorUserId!: string;
  approverUserId!: string | null;
}

@PushScoped(PushScope.SHARED)
@ObjectType({
  description: 'An earlier or current revision of a bulletin, shown only to readers who pass its own marking (R12).',
})
export class BulletinRevision extends RevisionContent {}

@PushScoped(PushScope.SHARED)
@ObjectType({ description: 'A threat bulletin, as its current revision says it.' })
export class Bulletin extends RevisionContent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'E.g. CISA-2026-0042; assigned at first publication.' })
  reference!: string | null;

  @Field(() => Int, {
    description: 'Increases on every change; pass it back as expectedVersion to avoid lost updates.',
  })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  firstPublishedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  retractedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The retraction notice.' })
  retractionReason!: string | null;

  bulletinAuthorUserId!: string;
}

/** Bulletin lists count at most this many matches exactly; beyond it, totalCount is a lower bound. */
export const TOTAL_COUNT_CAP = 1000;

@ObjectType()
export class BulletinEdge {
  @Field()
  cursor!: string;

  @Field(() => Bulletin)
  node!: Bulletin;
}

/** A page of bulletins whose count stops at TOTAL_COUNT_CAP: counting every match of a common word does not scale. */
export interface BulletinPage extends Connection<Bulletin> {
  totalCountIsExact: boolean | Promise<boolean>;
}

@ObjectType({ description: 'A page of bulletins (Relay connection).' })
export class BulletinConnection implements BulletinPage {
  @Field(() => [BulletinEdge])
  edges!: BulletinEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      `How many bulletins match, under the same access rules as the list: exact up to ${TOTAL_COUNT_CAP.toLocaleString('en-US')}. ` +
      `Above that it is ${TOTAL_COUNT_CAP.toLocaleString('en-US')}, a lower bound, and totalCountIsExact is false.`,
  })
  totalCount!: number;

  @Field({
    description:
      `False when more than ${TOTAL_COUNT_CAP.toLocaleString('en-US')} match: totalCount then means "at least", ` +
      `and should read as "${TOTAL_COUNT_CAP.toLocaleString('en-US')}+".`,
  })
  totalCountIsExact!: boolean;
}
