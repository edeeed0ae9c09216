import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Min,
  ValidateIf,
} from 'class-validator';
import { BulletinContentInput, MAX_ORIGINATORS } from './bulletin-content.input';

@InputType()
export class BulletinRefInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: 'Edit a draft. Fields left out keep their values.' })
export class UpdateBulletinInput extends PartialType(BulletinContentInput, InputType) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you last read; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => Date, { nullable: true })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Type(() => Date)
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Originating organizations, replacing the current ones, in order (the first gives the reference number); your own stays among them (R14). Left out: unchanged.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_ORIGINATORS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  originatorOrganizationIds?: string[];
}

@InputType()
export class SubmitBulletinInput extends BulletinRefInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The publisher asked to approve it. Required for RED, who then alone besides the author sees the draft (R11).',
  })
  @IsOptional()
  @IsUUID()
  approverUserId?: string;
}

@InputType({ description: 'A new revision of a published bulletin, with its own tier and audience (R12).' })
export class AmendBulletinInput extends PartialType(BulletinContentInput, InputType) {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The revision you are amending; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedRevision!: number;

  @Field({ description: 'What changed and why, shown to readers.' })
  @IsString()
  @Length(3, 2000)
  changeNote!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'For an amendment into AMBER_STRICT or RED, which waits for a second publisher (R10): the publisher asked to release it. Required for RED, who then alone besides you sees it and releases it (R11).',
  })
  @IsOptional()
  @IsUUID()
  approverUserId?: string;
}

@InputType()
export class RetractBulletinInput extends BulletinRefInput {
  @Field({ description: 'The retraction notice readers see in place of the body.' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

@InputType({
  description:
    "Send a draft in review, or a published bulletin's pending amendment, back to its author, saying what to change.",
})
export class ReturnBulletinInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you reviewed; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ description: 'What the author should change: 1 to 2,000 characters, not only spaces.' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/u, { message: 'comment must say what to change' })
  comment!: string;
}

@InputType()
export class AcknowledgeBulletinInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
