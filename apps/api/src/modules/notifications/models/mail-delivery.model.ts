import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Severity } from '@bulwark/domain';
import { MailDigest } from './mail-enums';

@ObjectType({
  description:
    'When mail is sent for what a feed (or mailbox subscription) matches: at once from a severity up, the rest in a digest.',
})
export class MailDelivery {
  @Field(() => Severity, {
    nullable: true,
    description: 'Matches at or above this severity are mailed at once; null: none are.',
  })
  immediateMinSeverity!: Severity | null;

  @Field(() => MailDigest, { description: 'The matches not mailed at once go to this digest (NONE: nowhere).' })
  digest!: MailDigest;

  @Field(() => Int, { description: 'The hour (0–23, in timeZone) of a daily digest.' })
  digestHour!: number;

  @Field({ description: 'An IANA time zone, e.g. America/New_York.' })
  timeZone!: string;

  @Field(() => Date, { nullable: true, description: 'When the next digest is due; null without a digest.' })
  nextDigestAt!: Date | null;
}
