import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer, OptionalViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { sessionClientOf } from '@api/modules/sessions/session-client';
import { EnrolmentChallengeInput } from './dto/second-factor.inputs';
import { FinishPasskeyRegistrationInput, PasskeyIdInput, RenamePasskeyInput } from './dto/passkey.inputs';
import { Passkey, PasskeyRegistration } from './models/passkey.model';
import { SecondFactorStatus } from './models/second-factor-status.model';
import { PasskeyRegistrationService } from './passkey-registration.service';
import { PasskeysService } from './passkeys.service';

const ENROLMENT_ACCESS =
  'Signed in, or with the enrolment challenge token of a sign-in that must enrol a first factor (public: the token is the credential).';

@Resolver(() => SecondFactorStatus)
export class PasskeysResolver {
  constructor(
    private readonly passkeyService: PasskeysService,
    private readonly registration: PasskeyRegistrationService,
  ) {}

  @ResolveField(() => [Passkey], { description: 'Your passkeys and security keys, oldest first.' })
  passkeys(@Parent() status: SecondFactorStatus): Promise<Passkey[]> {
    return this.passkeyService.list(status.userId);
  }

  @Public()
  @Mutation(() => String, {
    description: `Options for a new passkey: PublicKeyCredentialCreationOptionsJSON as JSON text, for @simplewebauthn/browser's startRegistration({ optionsJSON }). Valid until the next call. ${ENROLMENT_ACCESS}`,
  })
  beginPasskeyRegistration(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('input', { type: () => EnrolmentChallengeInput, nullable: true }) input?: EnrolmentChallengeInput | null,
  ): Promise<string> {
    return this.registration.begin(viewer, input?.challengeToken);
  }

  @Public()
  @Mutation(() => PasskeyRegistration, {
    description: `Stores the passkey the browser created; with an enrolment challenge token, also completes that sign-in. ${ENROLMENT_ACCESS}`,
  })
  finishPasskeyRegistration(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('input') input: FinishPasskeyRegistrationInput,
    @Context() ctx: GqlContext,
  ): Promise<PasskeyRegistration> {
    return this.registration.finish(viewer, input, sessionClientOf(ctx.req));
  }

  @SignedIn()
  @Mutation(() => Passkey)
  renamePasskey(@CurrentViewer() viewer: RequestViewer, @Args('input') input: RenamePasskeyInput): Promise<Passkey> {
    return this.passkeyService.rename(viewer, input.id, input.name);
  }

  @SignedIn()
  @Mutation(() => Passkey, {
    description:
      'Removes one of your passkeys (returned as it was); refused when it is the last factor of an account that needs one.',
  })
  removePasskey(@CurrentViewer() viewer: RequestViewer, @Args('input') input: PasskeyIdInput): Promise<Passkey> {
    return this.passkeyService.remove(viewer, input.id);
  }
}
