import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@api/auth/access-rule.decorator';
import { forbidden, unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { addressKey, emailKey } from '@api/rate-limit/client-keys';
import { RateLimiter } from '@api/rate-limit/rate-limiter.service';
import { BrowserSignInInput } from './dto/browser-sign-in.input';
import type { AuthPayload } from './models/auth-payload.model';
import { CSRF_HEADER, csrfMatches, parseCookieHeader, REFRESH_COOKIE, sessionCookies } from './session-cookies';
import { SessionsService } from './sessions.service';

interface AccessTokenAnswer {
  accessToken: string;
  accessTokenExpiresAt: string;
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';

/**
 * Sessions for the web portal. The refresh token never reaches the page's JavaScript: it lives in an httpOnly,
 * SameSite=Strict cookie sent only to these routes; the page keeps its access token in memory. Sign-in, rotation,
 * reuse detection, lockout and audit are SessionsService's, exactly as for the GraphQL mutations partners use.
 * Same-origin, JSON-only and per-address limits are applied in configure-http.ts.
 */
@Controller('auth/session')
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
  ): Promise<AccessTokenAnswer> {
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    await this.limiter.enforce('sign-in-email', emailKey(input.email));
    return this.answer(req, res, await this.sessions.login(input));
  }

  @Public({ ignoresCredentials: true })
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AccessTokenAnswer> {
    await this.limiter.enforce('sign-in-address', addressKey(req.ip));
    const refreshToken = this.refreshToken(req);
    if (!refreshToken) {
      this.clear(req, res);
      throw unauthenticated(SESSION_ENDED);
    }
    this.checkCsrf(req, refreshToken);
    try {
      return this.answer(req, res, await this.sessions.refresh(refreshToken));
    } catch (error) {
      this.clear(req, res);
      throw error;
    }
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
    this.clear(req, res);
    return { ok: true };
  }

  private refreshToken(req: Request): string | null {
    const value = parseCookieHeader(req.headers.cookie).get(REFRESH_COOKIE);
    return value && value.length <= 128 ? value : null;
  }

  /** SameSite=Strict already keeps the cookie off cross-site requests; this holds even where it does not. */
  private checkCsrf(req: Request, refreshToken: string): void {
    if (!csrfMatches(this.config.auth.jwtSecret, refreshToken, req.headers[CSRF_HEADER]))
      throw forbidden('This request is missing its CSRF token. Reload the page and try again.');
  }

  private answer(req: Request, res: Response, payload: AuthPayload): AccessTokenAnswer {
    const maxAge = Math.max(0, Math.floor((payload.refreshTokenExpiresAt.getTime() - Date.now()) / 1000));
    res.setHeader(
      'Set-Cookie',
      sessionCookies(this.config.auth.jwtSecret, payload.refreshToken, maxAge, this.secure(req)),
    );
    return { accessToken: payload.accessToken, accessTokenExpiresAt: payload.accessTokenExpiresAt.toISOString() };
  }

  private clear(req: Request, res: Response): void {
    res.setHeader('Set-Cookie', sessionCookies(this.config.auth.jwtSecret, null, 0, this.secure(req)));
  }

  /** Secure outside plain-HTTP development: always in production, and whenever the request came over HTTPS. */
  private secure(req: Request): boolean {
    return this.config.isProduction || req.secure;
  }
}
