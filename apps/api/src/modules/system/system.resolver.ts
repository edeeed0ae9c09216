import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@api/auth/access-rule.decorator';
import { READABLE_COLLECTION_ID } from '@api/modules/taxii/taxii.service';
import { ServerInfo } from './models/server-info.model';
import { SERVER_VERSION } from './server-version';

@Resolver(() => ServerInfo)
export class SystemResolver {
  @Public()
  @Query(() => ServerInfo, { description: 'Server and API versions. Anyone may ask.' })
  serverInfo(): ServerInfo {
    return {
      version: SERVER_VERSION,
      apiVersion: '1',
      taxiiDiscoveryPath: '/taxii2/',
      taxiiCollectionId: READABLE_COLLECTION_ID,
    };
  }
}
