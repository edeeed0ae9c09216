import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { MAX_BODY_LENGTH } from './bulletin-content.input';

@ArgsType()
export class PreviewBulletinBodyArgs {
  @Field({ description: `Markdown, at most ${MAX_BODY_LENGTH} characters, as a bulletin's body takes it.` })
  @IsString()
  @MaxLength(MAX_BODY_LENGTH)
  body!: string;
}
