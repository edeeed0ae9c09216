import { Field, ID, InputType } from '@nestjs/graphql';
import { IncidentStatus } from '@bulwark/domain';
import { IsEnum, IsString, IsUUID, Length, Matches } from 'class-validator';
import '../models/incident-enums';

export const COMMENT_MAX_LENGTH = 5000;

@InputType()
export class IncidentReportIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class SetIncidentStatusInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => IncidentStatus)
  @IsEnum(IncidentStatus)
  status!: IncidentStatus;
}

@InputType()
export class CommentOnIncidentReportInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ description: `Plain text, 1 to ${COMMENT_MAX_LENGTH} characters.` })
  @IsString()
  @Length(1, COMMENT_MAX_LENGTH)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}
