import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this Bulwark server is, for partner systems checking compatibility.' })
export class ServerInfo {
  @Field({ description: 'The server release.' })
  version!: string;

  @Field({ description: 'The API contract version; partners may rely on every name it fixes.' })
  apiVersion!: string;

  @Field(() => Int, {
    description:
      'The largest request body this server accepts, in bytes (HTTP_BODY_LIMIT_KB): a STIX bundle to import, as a JSON string in the request, must fit in it.',
  })
  maxRequestBytes!: number;

  @Field({ description: "The TAXII 2.1 discovery resource's path on this server (docs/taxii.md)." })
  taxiiDiscoveryPath!: string;

  @Field({ description: 'The TAXII collection every caller has: everything they may read. The same on every server.' })
  taxiiCollectionId!: string;
}
