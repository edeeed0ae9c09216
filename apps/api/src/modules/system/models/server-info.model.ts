import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this Bulwark server is, for partner systems checking compatibility.' })
export class ServerInfo {
  @Field({ description: 'The server release.' })
  version!: string;

  @Field({ description: 'The API contract version; partners may rely on every name it fixes.' })
  apiVersion!: string;

  @Field({ description: "The TAXII 2.1 discovery resource's path on this server (docs/taxii.md)." })
  taxiiDiscoveryPath!: string;

  @Field({ description: 'The TAXII collection every caller has: everything they may read. The same on every server.' })
  taxiiCollectionId!: string;
}
