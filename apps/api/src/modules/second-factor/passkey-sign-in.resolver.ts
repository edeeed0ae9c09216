import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@api/auth/access-rule.decorator';
import type { GqlContext } from '@api/auth/request-viewer';
import { AuthPayload, type IssuedSession } from '@api/modules/sessions/models/auth-payload.model';
import { sessionClientOf } from '@api/modules/sessions/session-client';
import { FinishPasskeySignInInput, WebauthnChallengeInput } from './dto/passkey.inputs';
import { PasskeySignInChallenge } from './models/passkey.model';
import { PasskeySignInService } from './passkey-sign-in.service';

@Resolver()
export class PasskeySignInResolver {
  constructor(private readonly signIn: PasskeySignInService) {}

  @Public({ ignoresCredentials: true })
  @Mutation(() => String, {
    description:
      "Passkey options for the second step of login's challenge (methods include WEBAUTHN): PublicKeyCredentialRequestOptionsJSON as JSON text, for startAuthentication({ optionsJSON }); send its result to completeSignIn as webauthnResponse.",
  })
  beginSecondFactorWebauthn(@Args('input') input: WebauthnChallengeInput): Promise<string> {
    return this.signIn.secondFactorOptions(input.challengeToken);
  }

  @Public({ ignoresCredentials: true })
  @Mutation(() => PasskeySignInChallenge, {
    description:
      'Begins a sign-in with a passkey alone (no email, no password), for members of organizations that allow it.',
  })
  beginPasskeySignIn(@Context() ctx: GqlContext): Promise<PasskeySignInChallenge> {
    return this.signIn.begin(sessionClientOf(ctx.req));
  }

  @Public({ ignoresCredentials: true })
  @Mutation(() => AuthPayload, {
    description:
      "Completes beginPasskeySignIn with the browser's answer. The passkey must verify its user (PIN or biometrics).",
  })
  finishPasskeySignIn(
    @Args('input') input: FinishPasskeySignInInput,
    @Context() ctx: GqlContext,
  ): Promise<IssuedSession> {
    return this.signIn.finish(input.challengeToken, input.response, sessionClientOf(ctx.req));
  }
}
