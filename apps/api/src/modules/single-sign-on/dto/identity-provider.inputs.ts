import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength } from 'class-validator';
import { IsShortName } from '@api/modules/organizations/dto/organization-fields';

@InputType()
export class SetIdentityProviderInput {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;

  @Field({
    description:
      'The issuer identifier, e.g. https://login.example.gov (https; http only to loopback outside production).',
  })
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(500)
  issuer!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  clientId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Stored sealed, never shown again. Omitted: the stored one is kept.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  clientSecret?: string;

  @Field({ defaultValue: false, description: 'Remove the stored secret (a public client, or one from configuration).' })
  @IsBoolean()
  removeClientSecret: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  amrSatisfiesSecondFactor: boolean = false;

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled: boolean = true;
}

@ArgsType()
export class IdentityProviderArgs {
  @Field(() => ID)
  @IsUUID()
  organizationId!: string;
}

@ArgsType()
export class SingleSignOnArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The email typed on the sign-in page: only its domain is used.',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsShortName()
  organizationShortName?: string;
}
