import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class EndSessionInput {
  @Field(() => ID, { description: 'One of your sessions (mySessions).' })
  @IsUUID()
  id!: string;
}

@InputType()
export class UserSessionsInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
