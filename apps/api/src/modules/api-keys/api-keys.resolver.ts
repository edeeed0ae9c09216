import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import type { Connection } from '@api/graphql/pagination';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyIdInput, ApiKeysArgs, CreateApiKeyInput, RotateApiKeyInput } from './dto/api-key.inputs';
import { ApiKey, ApiKeyConnection, ApiKeyWithSecret } from './models/api-key.model';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly service: ApiKeysService) {}

  @Requires(Permission.ORG_API_KEYS_MANAGE)
  @Query(() => ApiKeyConnection, {
    description: "Your organization's API keys, newest first. Secrets are never shown again.",
  })
  apiKeys(@CurrentViewer() viewer: RequestViewer, @Args() args: ApiKeysArgs): Promise<Connection<ApiKey>> {
    return this.service.list(viewer, args);
  }

  @Requires(Permission.ORG_API_KEYS_MANAGE)
  @Mutation(() => ApiKeyWithSecret)
  createApiKey(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: CreateApiKeyInput,
  ): Promise<ApiKeyWithSecret> {
    return this.service.create(viewer, input);
  }

  @Requires(Permission.ORG_API_KEYS_MANAGE)
  @Mutation(() => ApiKey, { description: 'The key stops working on its next request, on every channel (R8).' })
  revokeApiKey(@CurrentViewer() viewer: RequestViewer, @Args('input') input: ApiKeyIdInput): Promise<ApiKey> {
    return this.service.revoke(viewer, input.id);
  }

  @Requires(Permission.ORG_API_KEYS_MANAGE)
  @Mutation(() => ApiKeyWithSecret)
  rotateApiKey(
    @CurrentViewer() viewer: RequestViewer,
    @Args('input') input: RotateApiKeyInput,
  ): Promise<ApiKeyWithSecret> {
    return this.service.rotate(viewer, input);
  }
}
