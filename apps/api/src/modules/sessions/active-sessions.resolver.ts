import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bulwark/domain';
import { Requires, SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { UuidArg } from '@api/graphql/uuid-arg.pipe';
import { ActiveSessionsService } from './active-sessions.service';
import { MAX_LISTED_SESSIONS } from './active-sessions.repository';
import { EndSessionInput, UserSessionsInput } from './dto/active-session.inputs';
import { ActiveSession } from './models/active-session.model';

@Resolver(() => ActiveSession)
export class ActiveSessionsResolver {
  constructor(private readonly service: ActiveSessionsService) {}

  @SignedIn()
  @Query(() => [ActiveSession], {
    description: `Your sessions that have not ended, most recently used first (at most ${MAX_LISTED_SESSIONS}).`,
  })
  mySessions(@CurrentViewer() viewer: RequestViewer): Promise<ActiveSession[]> {
    return this.service.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Ends one of your sessions at once: its tokens stop working and its open sockets close (4403).',
  })
  endSession(@CurrentViewer() viewer: RequestViewer, @Args('input') input: EndSessionInput): Promise<boolean> {
    return this.service.endOne(viewer, input.id);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends all your sessions but this one; how many ended.' })
  endOtherSessions(@CurrentViewer() viewer: RequestViewer): Promise<number> {
    return this.service.endOthers(viewer);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Query(() => [ActiveSession], {
    description: `A member's sessions that have not ended (any user's, for a platform administrator), most recently used first (at most ${MAX_LISTED_SESSIONS}).`,
  })
  userSessions(
    @CurrentViewer() viewer: RequestViewer,
    @Args('userId', { type: () => ID }, UuidArg) userId: string,
  ): Promise<ActiveSession[]> {
    return this.service.ofMember(viewer, userId);
  }

  @Requires(Permission.ORG_USERS_MANAGE)
  @Mutation(() => Int, {
    description: "Ends all of a member's sessions (any user's, for a platform administrator); how many ended.",
  })
  endUserSessions(@CurrentViewer() viewer: RequestViewer, @Args('input') input: UserSessionsInput): Promise<number> {
    return this.service.endMemberSessions(viewer, input.userId);
  }
}
