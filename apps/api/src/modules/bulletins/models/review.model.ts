import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Tier } from '@bulwark/domain';
import { ReleaseRefusal } from '@bulwark/policy';
import { ConnectionType } from '@api/graphql/pagination';
import { Bulletin } from './bulletin.model';

registerEnumType(ReleaseRefusal, {
  name: 'ReleaseRefusal',
  description: 'Why you may not publish a revision awaiting release.',
  valuesMap: {
    NOT_ORIGINATOR_PUBLISHER: { description: 'Only a publisher of an originating organization publishes it.' },
    WROTE_IT: { description: 'You wrote it: AMBER_STRICT and RED need a second publisher (R10).' },
    NOT_NAMED_APPROVER: { description: 'A RED revision is published by its named approver only (R10).' },
  },
});

/**
 * Someone taking part in a bulletin's review: its author, named approver, or a publisher who sent it back. Shown
 * only beside a revision the viewer may see in review (R11), whose participants that viewer works with; a name,
 * never an email or a role.
 */
@ObjectType()
export class ReviewParticipant {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;
}

@ObjectType({
  description:
    'The revision of a bulletin that awaits release — a draft, a draft in review, or a pending amendment — and whether you may release it. Publishing still checks everything again, recipients included (R7).',
})
export class BulletinReview {
  @Field(() => Int, { description: 'The revision awaiting release.' })
  revision!: number;

  @Field(() => Tier)
  tier!: Tier;

  @Field({ description: 'True for a pending amendment of a published bulletin, false for a draft.' })
  isAmendment!: boolean;

  @Field({ description: 'AMBER_STRICT and RED: published by a publisher who did not write it (R10).' })
  needsSecondPublisher!: boolean;

  @Field(() => ReviewParticipant, { description: 'Who wrote this revision.' })
  author!: ReviewParticipant;

  @Field(() => ReviewParticipant, {
    nullable: true,
    description: 'The publisher asked to approve it; for RED, the only one who may publish it.',
  })
  approver!: ReviewParticipant | null;

  @Field({
    description:
      'Whether you may publish it (publishBulletin), as far as who you are decides. For a pending amendment, also whether you may send it back (returnBulletin).',
  })
  viewerCanPublish!: boolean;

  @Field(() => ReleaseRefusal, { nullable: true, description: 'Why not, when viewerCanPublish is false.' })
  cannotPublishReason!: ReleaseRefusal | null;

  @Field(() => String, {
    nullable: true,
    description: 'The same in words, e.g. "you wrote it", "only the named approver".',
  })
  cannotPublishReasonText!: string | null;
}

@ObjectType({ description: 'A draft or a pending amendment sent back to its author, and why.' })
export class ReviewComment {
  @Field(() => Int, {
    description:
      'The revision that was sent back: 1 for a draft, a higher one for a pending amendment (withdrawn; the published revision stayed as it was).',
  })
  revision!: number;

  @Field()
  comment!: string;

  @Field(() => ReviewParticipant)
  by!: ReviewParticipant;

  @Field()
  at!: Date;
}

export const ReviewQueueConnection = ConnectionType(Bulletin, 'ReviewQueue');
