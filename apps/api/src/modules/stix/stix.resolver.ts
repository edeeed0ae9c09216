import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { ANONYMOUS_VIEWER } from '@bulwark/policy';
import { Public } from '@api/auth/access-rule.decorator';
import { OptionalViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { StixService } from './stix.service';

@Resolver()
export class StixResolver {
  constructor(private readonly service: StixService) {}

  @Public()
  @Query(() => String, {
    description:
      "A published bulletin's current revision as the JSON text of a STIX 2.1 bundle: a report, an indicator per indicator, a vulnerability per CVE, its originators' identities and its TLP 2.0 marking. Ids stay the same across revisions; a retraction revokes every object and carries no text. NOT_FOUND when it does not exist or you may not read it; CONFLICT for a draft.",
  })
  stixBundle(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('bulletinId', { type: () => ID }, UuidArg) bulletinId: string,
    @Context() ctx: GqlContext,
  ): Promise<string> {
    return this.service.bundle(viewer ?? ANONYMOUS_VIEWER, ctx.loaders, bulletinId);
  }
}
