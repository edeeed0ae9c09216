import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@api/auth/access-rule.decorator';
import { AppError, ErrorCode, forbidden, unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { JsonRouteErrorFilter } from '@api/http/json-route-error.filter';
import { addressKey, emailKey } from '@api/rate-limit/client-keys';
import { RateLimiter } from '@api/rate-limit/rate-limiter.service';
import { CompleteSignInInput } from '@api/modules/second-factor/dto/second-factor.inputs';
import { BrowserSignInInput, BrowserTotpEnrolmentInput } from './dto/browser-sign-in.input';
import type { IssuedSession } from './models/auth-payload.model';
import { sessionClientOf } from './session-client';
import {
  cookiesOfSession,
  CSRF_HEADER,
  csrfMatches,
  parseCookieHeader,
  REFRESH_COOKIE,
  sessionCookies,
} from './session-cookies';
import { SessionsService } from './sessions.service';

interface AccessTokenAnswer {
  accessToken: string;
  accessTokenExpiresAt: string;
}

/** Sign-in's answer when a second step is due: no cookie yet. */
interface SecondFactorAnswer {
  secondFactor: { challengeToken: string; expiresAt: string; methods: string[]; enrolmentRequired: boolean };
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';
/** A refresh token is 43 characters (randomToken); anything much longer is not one of ours. */
const MAX_REFRESH_COOKIE = 128;

/**
 * Sessions for the web portal. The refresh token never reaches the page's JavaScript: it lives in an httpOnly,
 * SameSite=Strict cookie sent only to these routes; the page keeps its access token in memory. Sign-in, rotation,
 * reuse detection, lockout and audit are SessionsService's, exactly as for the GraphQL mutations partners use.
 * Same-origin, JSON-only, no-store and the per-address budget are applied in configure-http.ts.
 */
@Controller('auth/session')
@UseFilters(JsonRouteErrorFilter)
export class BrowserSessionController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public({ ignoresCredentials: true })
  @Post()
  @HttpCode(200)
  async signIn(
    @Body() input: BrowserSignInInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenAnswer | SecondFactorAnswer> {
    // The budgets of the GraphQL login (RateLimitGuard): per address, and per email whatever the address.
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    await this.limiter.enforce('sign-in-email', emailKey(input.email));
    const payload = await this.sessions.login(input, sessionClientOf(req));
    if (payload.secondFactor) {
      const { challengeToken, expiresAt, methods, enrolmentRequired } = payload.secondFactor;
      return { secondFactor: { challengeToken, expiresAt: expiresAt.toISOString(), methods, enrolmentRequired } };
    }
    return this.answer(req, res, payload);
  }

  /** The second step of a sign-in that answered `secondFactor`: a code, a recovery code or a passkey assertion. */
  @Public({ ignoresCredentials: true })
  @Post('second-factor')
  @HttpCode(200)
  async secondFactor(
    @Body() input: CompleteSignInInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenAnswer> {
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    return this.answer(req, res, await this.sessions.completeSignIn(input, sessionClientOf(req)));
  }

  /**
   * The end of a forced enrolment (`enrolmentRequired`): the page began it with GraphQL beginTotpEnrolment and the
   * challenge token; confirming the app's first code here signs in with cookies and shows the recovery codes once.
   */
  @Public({ ignoresCredentials: true })
  @Post('enrolment/totp')
  @HttpCode(200)
  async totpEnrolment(
    @Body() input: BrowserTotpEnrolmentInput,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AccessTokenAnswer & { recoveryCodes: string[] }> {
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    const { recoveryCodes, session } = await this.sessions.completeTotpEnrolment(
      input.challengeToken,
      input.code,
      sessionClientOf(req),
    );
    return { ...this.answer(req, res, session), recoveryCodes };
  }

  @Public({ ignoresCredentials: true })
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AccessTokenAnswer> {
    // As refreshSession: a refresh token is a credential, so guessing one costs the sign-in budget.
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    const refreshToken = this.refreshToken(req);
    if (!refreshToken) throw this.ended(req, res);
    this.checkCsrf(req, refreshToken);
    let payload: IssuedSession;
    try {
      payload = await this.sessions.refresh(refreshToken);
    } catch (error) {
      // Unknown, used (the session is now ended: reuse), revoked or expired. A failure of ours keeps the cookie.
      if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) throw this.ended(req, res);
      throw error;
    }
    return this.answer(req, res, payload);
  }

  @Public({ ignoresCredentials: true })
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ ok: true }> {
    const refreshToken = this.refreshToken(req);
    if (refreshToken) {
      this.checkCsrf(req, refreshToken);
      await this.sessions.logoutByRefreshToken(refreshToken);
    }
    this.clearCookies(req, res);
    return { ok: true };
  }

  private refreshToken(req: Request): string | null {
    const value = parseCookieHeader(req.headers.cookie).get(REFRESH_COOKIE);
    return value && value.length <= MAX_REFRESH_COOKIE ? value : null;
  }

  /** SameSite=Strict already keeps the cookie off cross-site requests; this holds even where it does not. */
  private checkCsrf(req: Request, refreshToken: string): void {
    if (!csrfMatches(this.config.auth.jwtSecret, refreshToken, req.headers[CSRF_HEADER]))
      throw forbidden('This request is missing its CSRF token. Reload the page and try again.');
  }

  /** The session is over for this browser: both cookies go, and the page is told to sign in. */
  private ended(req: Request, res: Response): AppError {
    this.clearCookies(req, res);
    return unauthenticated(SESSION_ENDED);
  }

  private answer(req: Request, res: Response, payload: IssuedSession): AccessTokenAnswer {
    const { jwtSecret, refreshTokenTtlSeconds } = this.config.auth;
    res.setHeader('Set-Cookie', cookiesOfSession(jwtSecret, payload, refreshTokenTtlSeconds, this.secure(req)));
    return { accessToken: payload.accessToken, accessTokenExpiresAt: payload.accessTokenExpiresAt.toISOString() };
  }

  private clearCookies(req: Request, res: Response): void {
    res.setHeader('Set-Cookie', sessionCookies(this.config.auth.jwtSecret, null, 0, this.secure(req)));
  }

  /** Secure outside plain-HTTP development: always in production, and whenever the request came over HTTPS. */
  private secure(req: Request): boolean {
    return this.config.isProduction || req.secure;
  }
}
