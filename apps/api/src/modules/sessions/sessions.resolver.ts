import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer } from '@api/auth/current-viewer.decorator';
import type { RequestViewer } from '@api/auth/request-viewer';
import { LoginInput, RefreshSessionInput } from './dto/session.inputs';
import { AuthPayload } from './models/auth-payload.model';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Public({ ignoresCredentials: true })
  @Mutation(() => AuthPayload, { description: 'Sign in with email and password.' })
  login(@Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.sessions.login(input);
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
