import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { CompleteSignInInput } from '@api/modules/second-factor/dto/second-factor.inputs';
import { LoginInput, RefreshSessionInput } from './dto/session.inputs';
import { AuthPayload } from './models/auth-payload.model';
import { sessionClientOf } from './session-client';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Public({ ignoresCredentials: true })
  @Mutation(() => AuthPayload, {
    description:
      'Sign in with email and password: the session, or (secondFactor) the second step to complete with completeSignIn.',
  })
  login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.sessions.login(input, sessionClientOf(ctx.req));
  }

  @Public({ ignoresCredentials: true })
  @Mutation(() => AuthPayload, {
    description:
      "The second step of a sign-in: login's challenge token and one proof. Wrong proofs count toward the account's lockout; a challenge allows five attempts.",
  })
  completeSignIn(@Args('input') input: CompleteSignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.sessions.completeSignIn(input, sessionClientOf(ctx.req));
  }

  @Public({ ignoresCredentials: true })
  @Mutation(() => AuthPayload, { description: 'Trade a refresh token (once) for a new access and refresh token.' })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthPayload> {
    return this.sessions.refresh(input.refreshToken);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'End this session: its access and refresh tokens stop working at once.' })
  logout(@CurrentViewer() viewer: RequestViewer): Promise<boolean> {
    return this.sessions.logout(viewer);
  }
}
