import { ArgsType, Field, InputType, PickType } from '@nestjs/graphql';
import { STIX_IMPORT_LIMITS } from '@bulwark/stix';
import { IsString, MaxLength } from 'class-validator';
import { CreateBulletinInput } from '@api/modules/bulletins/dto/bulletin-content.input';

const JSON_DESCRIPTION = `The JSON text of a STIX 2.1 bundle, at most ${STIX_IMPORT_LIMITS.maxLength} characters (the HTTP body limit, HTTP_BODY_LIMIT_KB, may be lower).`;

/**
 * A bundle to make a draft of, with what a draft needs that STIX does not carry: whom an AMBER, AMBER+STRICT or RED
 * draft is for, and its originators. The same fields, with the same bounds, as createBulletin takes.
 */
@InputType()
export class ImportStixBundleInput extends PickType(
  CreateBulletinInput,
  ['recipientOrganizationIds', 'recipientUserIds', 'originatorOrganizationIds'] as const,
  InputType,
) {
  @Field({ description: JSON_DESCRIPTION })
  @IsString()
  @MaxLength(STIX_IMPORT_LIMITS.maxLength)
  json!: string;
}

@ArgsType()
export class StixImportPreviewArgs {
  @Field({ description: JSON_DESCRIPTION })
  @IsString()
  @MaxLength(STIX_IMPORT_LIMITS.maxLength)
  json!: string;
}
