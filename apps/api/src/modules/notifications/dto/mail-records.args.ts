import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '@api/graphql/pagination';
import { MailStatus } from '../models/mail-enums';

@ArgsType()
export class MyMailsArgs extends PageArgs {}

@ArgsType()
export class OrganizationMailsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Your own organization when omitted; platform administrators may name any.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => MailStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MailStatus)
  status?: MailStatus;
}
