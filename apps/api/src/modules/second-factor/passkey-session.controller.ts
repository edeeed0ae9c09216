import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@api/auth/access-rule.decorator';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { JsonRouteErrorFilter } from '@api/http/json-route-error.filter';
import type { IssuedSession } from '@api/modules/sessions/models/auth-payload.model';
import { sessionClientOf } from '@api/modules/sessions/session-client';
import { cookiesOfSession } from '@api/modules/sessions/session-cookies';
import { addressKey } from '@api/rate-limit/client-keys';
import { RateLimiter } from '@api/rate-limit/rate-limiter.service';
import { BrowserPasskeyEnrolmentInput, BrowserPasskeySignInInput } from './dto/passkey-browser.inputs';
import type { Passkey } from './models/passkey.model';
import { PasskeyRegistrationService } from './passkey-registration.service';
import { PasskeySignInService } from './passkey-sign-in.service';

interface AccessTokenAnswer {
  accessToken: string;
  accessTokenExpiresAt: string;
}

/**
 * The portal's passkey sign-ins, ending like POST /auth/session: the refresh token in its httpOnly cookie, the
 * access token in the answer. The options come from GraphQL (beginPasskeySignIn, beginPasskeyRegistration).
 * Same-origin, JSON-only and the per-address budget are applied to /auth in configure-http.ts.
 */
@Controller('auth/session')
@UseFilters(JsonRouteErrorFilter)
export class PasskeySessionController {
  constructor(
    private readonly signIn: PasskeySignInService,
    private readonly registration: PasskeyRegistrationService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A passwordless sign-in (finishPasskeySignIn), for members of organizations that allow it. */
  @Public({ ignoresCredentials: true })
  @Post('passkey')
  @HttpCode(200)
  async passkey(
    @Body() input: BrowserPasskeySignInInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenAnswer> {
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    return this.answer(req, res, await this.signIn.finish(input.challengeToken, input.response, sessionClientOf(req)));
  }

  /**
   * The end of a forced enrolment (`enrolmentRequired`) with a passkey: the page began it with GraphQL
   * beginPasskeyRegistration and the challenge token; storing the passkey here signs in with cookies and shows the
   * recovery codes once.
   */
  @Public({ ignoresCredentials: true })
  @Post('enrolment/passkey')
  @HttpCode(200)
  async passkeyEnrolment(
    @Body() input: BrowserPasskeyEnrolmentInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenAnswer & { recoveryCodes: string[]; passkey: Passkey }> {
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    const { passkey, recoveryCodes, session } = await this.registration.finishEnrolment(
      input.challengeToken,
      input,
      sessionClientOf(req),
    );
    return { ...this.answer(req, res, session), recoveryCodes, passkey };
  }

  private answer(req: Request, res: Response, session: IssuedSession): AccessTokenAnswer {
    const { jwtSecret, refreshTokenTtlSeconds } = this.config.auth;
    const secure = this.config.isProduction || req.secure;
    res.setHeader('Set-Cookie', cookiesOfSession(jwtSecret, session, refreshTokenTtlSeconds, secure));
    return { accessToken: session.accessToken, accessTokenExpiresAt: session.accessTokenExpiresAt.toISOString() };
  }
}
