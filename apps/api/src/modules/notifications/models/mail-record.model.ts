import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@api/graphql/pagination';
import { MailKind, MailStatus } from './mail-enums';

@ObjectType({
  description:
    'The delivery record of one mail to one recipient. It never names a bulletin: who reads the record may not be allowed to read what the mail carried.',
})
export class MailRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => MailKind)
  kind!: MailKind;

  @Field(() => MailStatus)
  status!: MailStatus;

  @Field({ description: 'The address it was (or will be) sent to.' })
  recipient!: string;

  @Field(() => String, { nullable: true, description: 'The mailbox it went to, for mail to a mailbox.' })
  mailboxName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What made it: the saved feed's name, or the mailbox subscription's. Null for a retraction or once it is deleted.",
  })
  feedName!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, {
    nullable: true,
    description: "The SMTP server's last answer (or the connection error), or why it was skipped.",
  })
  lastResponse!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many bulletins it carried, once sent.' })
  bulletinCount!: number | null;

  @Field({ description: 'The Message-ID header, the same on every attempt.' })
  messageId!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it is next due (PENDING, FAILED).' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}

export const MailRecordConnection = ConnectionType(MailRecord, 'MailRecord');
