import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { unauthenticated } from '@api/common/app-errors';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../access-token.service';
import type { RequestViewer } from '../request-viewer';
import { viewerFromRow } from '../viewer-factory';
import { ViewerRepository } from '../viewer.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `Authorization: Bearer <jwt>`: HS256 only (no `alg: none`), our issuer and audience, then the session and user as they are now. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly viewers: ViewerRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object made once: given the secret as text, jsonwebtoken tries it as a public key first (and fails)
      // on every verification, which was a seventh of an indicator search's CPU.
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret)) as unknown as string,
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /** A request (or socket message): it also records the session's use, when the last record is a minute old. */
  async validate(payload: { sub?: unknown; sid?: unknown }): Promise<RequestViewer> {
    const { viewer, useUnrecorded } = await this.standing(payload);
    if (useUnrecorded && viewer.sessionId) await this.viewers.touchSession(viewer.sessionId);
    return viewer;
  }

  /** The session's viewer as it is now, and how long the session has left (ms, by the database's clock). */
  async standing(payload: {
    sub?: unknown;
    sid?: unknown;
  }): Promise<{ viewer: RequestViewer; validForMs: number; useUnrecorded: boolean }> {
    const { sub, sid } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sub) || !UUID.test(sid)) {
      throw unauthenticated('This access token is not valid.');
    }
    const row = await this.viewers.forSession(sub, sid);
    const viewer = row && viewerFromRow(row, 'USER', sid);
    if (!row || !viewer?.active)
      throw unauthenticated('This session has ended or the account is not active. Sign in again.');
    return { viewer, validForMs: row.valid_for_ms, useUnrecorded: row.use_unrecorded };
  }
}
