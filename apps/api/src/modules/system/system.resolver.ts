import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@api/auth/access-rule.decorator';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { READABLE_COLLECTION_ID } from '@api/modules/taxii/taxii.service';
import { ServerInfo } from './models/server-info.model';
import { SERVER_VERSION } from './server-version';

@Resolver(() => ServerInfo)
export class SystemResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public()
  @Query(() => ServerInfo, {
    description: 'Server and API versions, and what a client needs to connect. Anyone may ask.',
  })
  serverInfo(): ServerInfo {
    return {
      version: SERVER_VERSION,
      apiVersion: '1',
      maxRequestBytes: this.config.http.bodyLimitBytes,
      taxiiDiscoveryPath: '/taxii2/',
      taxiiCollectionId: READABLE_COLLECTION_ID,
    };
  }
}
