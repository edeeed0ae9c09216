import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { Public } from '@api/auth/access-rule.decorator';
import { SecretBox } from '@api/auth/secret-box';
import { AppError, ErrorCode } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { ROOT_LOGGER } from '@api/logging/root-logger.token';
import type { IssuedChallenge } from '@api/modules/second-factor/sign-in-challenge.service';
import type { AuthPayload } from '@api/modules/sessions/models/auth-payload.model';
import { sessionClientOf } from '@api/modules/sessions/session-client';
import { cookiesOfSession } from '@api/modules/sessions/session-cookies';
import { addressKey } from '@api/rate-limit/client-keys';
import { RateLimiter } from '@api/rate-limit/rate-limiter.service';
import { SingleSignOnService } from './single-sign-on.service';
import { flowCookie, openFlow, sealFlow } from './sso-flow-cookie';
import { SsoFailure, type SsoFailureCode } from './sso-failure';

/** The portal's `/sign-in?sso=…` codes beyond SsoFailure's: over the sign-in budget, or a failure of ours. */
type ExtraFailureCode = 'rate_limited' | 'error';

/**
 * The browser's trip through an organization's identity provider. Both routes are top-level navigations and
 * answer with redirects only: to the provider, then back to the portal, signed in (the session cookies of
 * BrowserSessionController: the page then calls POST /auth/session/refresh as after any reload), or on its
 * sign-in page with the second step to take, or with the reason it failed (`/sign-in?sso=<code>`).
 */
@Controller('auth/sso')
export class SingleSignOnController {
  private readonly logger: Logger;

  constructor(
    private readonly sso: SingleSignOnService,
    private readonly box: SecretBox,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'single-sign-on' });
  }

  @Public({ ignoresCredentials: true })
  @Get(':organizationId/start')
  async start(@Param('organizationId') organizationId: string, @Req() req: Request, @Res() res: Response) {
    // No sign-in budget spent here: nothing is checked or written (discovery is cached); the callback pays.
    try {
      if (!isUUID(organizationId)) throw new SsoFailure('PROVIDER_UNAVAILABLE');
      const { url, flow } = await this.sso.start(organizationId);
      this.redirect(res, [flowCookie(sealFlow(this.box, flow), this.secure(req))], url);
    } catch (error) {
      this.redirect(res, [], this.failureUrl(error));
    }
  }

  @Public({ ignoresCredentials: true })
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response) {
    // The flow is single-use: whatever happens next, this browser forgets it.
    const cookies = [flowCookie(null, this.secure(req))];
    try {
      // A code is a credential: redeeming one costs the sign-in budget, as a password attempt does.
      await this.limiter.enforce('sign-in-address', addressKey(req.ip));
      const flow = openFlow(this.box, req.headers.cookie);
      const query = new URL(req.originalUrl, 'http://callback').searchParams;
      const outcome = await this.sso.finish(flow, query, sessionClientOf(req));
      if (outcome.kind === 'second-step') {
        this.redirect(res, cookies, this.portalUrl(`/sign-in#${challengeFragment(outcome.challenge)}`));
        return;
      }
      cookies.push(...this.sessionCookies(req, outcome.session));
      this.redirect(res, cookies, this.portalUrl('/'));
    } catch (error) {
      this.redirect(res, cookies, this.failureUrl(error));
    }
  }

  /** As BrowserSessionController: the cookie lives as long as the session, never longer. */
  private sessionCookies(req: Request, session: AuthPayload): string[] {
    if (!session.refreshToken || !session.refreshTokenExpiresAt) throw new Error('a session without a refresh token');
    const { jwtSecret, refreshTokenTtlSeconds } = this.config.auth;
    return cookiesOfSession(
      jwtSecret,
      { refreshToken: session.refreshToken, refreshTokenExpiresAt: session.refreshTokenExpiresAt },
      refreshTokenTtlSeconds,
      this.secure(req),
    );
  }

  private failureUrl(error: unknown): string {
    return this.portalUrl(`/sign-in?sso=${this.failureCode(error)}`);
  }

  private failureCode(error: unknown): SsoFailureCode | ExtraFailureCode {
    if (error instanceof SsoFailure) {
      // An operator's problem (discovery failed, a bad issuer), not the person's: say so in the log too.
      if (error.reason === 'PROVIDER_UNAVAILABLE' && error.details['check'])
        this.logger.warn({ details: error.details }, 'identity provider unavailable');
      return error.code;
    }
    if (error instanceof AppError && error.code === ErrorCode.RATE_LIMITED) return 'rate_limited';
    this.logger.error({ err: error }, 'single sign-on failed');
    return 'error';
  }

  private portalUrl(path: string): string {
    return new URL(path, this.config.auth.publicUrl).toString();
  }

  private redirect(res: Response, cookies: readonly string[], url: string): void {
    res.setHeader('Cache-Control', 'no-store');
    if (cookies.length) res.setHeader('Set-Cookie', [...cookies]);
    res.redirect(302, url);
  }

  /** Secure outside plain-HTTP development: always in production, and whenever the request came over HTTPS. */
  private secure(req: Request): boolean {
    return this.config.isProduction || req.secure;
  }
}

/** The second step for the portal's sign-in page, in the fragment: never sent to a server, nor in a Referer. */
function challengeFragment(challenge: IssuedChallenge): string {
  return new URLSearchParams({
    challenge: challenge.challengeToken,
    methods: challenge.methods.join(','),
    enrolmentRequired: String(challenge.enrolmentRequired),
    expiresAt: challenge.expiresAt.toISOString(),
  }).toString();
}
