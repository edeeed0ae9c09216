import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '@api/auth/access-rule.decorator';
import { CurrentViewer, OptionalViewer } from '@api/auth/current-viewer.decorator';
import type { GqlContext, RequestViewer } from '@api/auth/request-viewer';
import { unauthenticated } from '@api/common/app-errors';
import { SessionsService } from '@api/modules/sessions/sessions.service';
import { ConfirmTotpEnrolmentInput, EnrolmentChallengeInput } from './dto/second-factor.inputs';
import { SecondFactorStatus } from './models/second-factor-status.model';
import { TotpConfirmation, TotpEnrolment } from './models/totp-enrolment.model';
import { SecondFactorsService, selfOf } from './second-factors.service';
import { SignInChallengeService } from './sign-in-challenge.service';

const ENROLMENT_ACCESS =
  'Signed in, or with the enrolment challenge token of a sign-in that must enrol a first factor (public: the token is the credential).';

@Resolver(() => SecondFactorStatus)
export class SecondFactorResolver {
  constructor(
    private readonly factors: SecondFactorsService,
    private readonly challenges: SignInChallengeService,
    private readonly sessions: SessionsService,
  ) {}

  @SignedIn()
  @Query(() => SecondFactorStatus, { description: 'Your second factors: whether you need one, and which you have.' })
  mySecondFactors(@CurrentViewer() viewer: RequestViewer): Promise<SecondFactorStatus> {
    return this.factors.status(selfOf(viewer).id);
  }

  @Public()
  @Mutation(() => TotpEnrolment, {
    description: `A new authenticator-app seed (QR code and text), usable once confirmed. ${ENROLMENT_ACCESS}`,
  })
  async beginTotpEnrolment(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('input', { type: () => EnrolmentChallengeInput, nullable: true }) input?: EnrolmentChallengeInput | null,
  ): Promise<TotpEnrolment> {
    const userId = input?.challengeToken
      ? (await this.challenges.enrolmentSubject(input.challengeToken)).userId
      : selfOf(signedIn(viewer)).id;
    return this.factors.beginTotp(userId);
  }

  @Public()
  @Mutation(() => TotpConfirmation, {
    description: `Confirms the app with the code it shows; with a challenge token, also completes that sign-in. ${ENROLMENT_ACCESS}`,
  })
  async confirmTotpEnrolment(
    @OptionalViewer() viewer: RequestViewer | null,
    @Args('input') input: ConfirmTotpEnrolmentInput,
    @Context() ctx: GqlContext,
  ): Promise<TotpConfirmation> {
    if (input.challengeToken) return this.sessions.completeTotpEnrolment(input.challengeToken, input.code, ctx.req);
    return { recoveryCodes: await this.factors.confirmTotpSignedIn(signedIn(viewer), input.code), session: null };
  }

  @SignedIn()
  @Mutation(() => SecondFactorStatus, {
    description: 'Removes the authenticator app; refused when it is the last factor of an account that needs one.',
  })
  removeTotp(@CurrentViewer() viewer: RequestViewer): Promise<SecondFactorStatus> {
    return this.factors.removeTotp(viewer);
  }

  @SignedIn()
  @Mutation(() => [String], {
    description: 'Ten new single-use recovery codes, shown this once; every earlier code stops working.',
  })
  regenerateRecoveryCodes(@CurrentViewer() viewer: RequestViewer): Promise<string[]> {
    return this.factors.regenerateRecoveryCodes(viewer);
  }
}

function signedIn(viewer: RequestViewer | null): RequestViewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}
