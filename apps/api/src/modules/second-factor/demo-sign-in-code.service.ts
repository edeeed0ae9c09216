import { Inject, Injectable } from '@nestjs/common';
import { SecretBox } from '@api/auth/secret-box';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { DEMO_TOTP_SECRET } from '@api/database/seed/seed-demo-second-factors';
import { SecondFactorsRepository } from './second-factors.repository';
import { SignInChallengeService, totpContext } from './sign-in-challenge.service';
import { totpCodeAt, totpStepAt } from './totp';

/**
 * On a demo server only: the code the demo accounts' published authenticator app shows now, for the second step of
 * a sign-in under way, so a visitor without the app can walk through it. Null for any other account or server.
 */
@Injectable()
export class DemoSignInCodeService {
  constructor(
    private readonly challenges: SignInChallengeService,
    private readonly factors: SecondFactorsRepository,
    private readonly secrets: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async codeFor(challengeToken: string): Promise<string | null> {
    if (!this.config.demo.enabled) return null;
    const challenge = await this.challenges.live(challengeToken, ['SECOND_FACTOR']);
    const factor = challenge.user_id ? await this.factors.totp(challenge.user_id) : null;
    if (!challenge.user_id || !factor?.confirmed_at) return null;
    if (this.secrets.open(factor.secret_ciphertext, totpContext(challenge.user_id)) !== DEMO_TOTP_SECRET) return null;
    // A code of a step already used would be refused as a replay: then the next step's, which is accepted too.
    const now = totpStepAt(Date.now());
    const lastUsed = factor.last_used_step === null ? -1 : Number(factor.last_used_step);
    return totpCodeAt(DEMO_TOTP_SECRET, Math.max(now, lastUsed + 1));
  }
}
