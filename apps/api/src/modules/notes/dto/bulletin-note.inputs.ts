import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, Matches } from 'class-validator';

export const NOTE_MAX_LENGTH = 2000;

@InputType()
export class AddBulletinNoteInput {
  @Field(() => ID)
  @IsUUID()
  bulletinId!: string;

  @Field({ description: `Plain text, 1 to ${NOTE_MAX_LENGTH} characters.` })
  @IsString()
  @Length(1, NOTE_MAX_LENGTH)
  @Matches(/\S/, { message: 'body must not be blank' })
  body!: string;
}

@InputType()
export class BulletinNoteIdInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
