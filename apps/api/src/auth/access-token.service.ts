import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';

export const ACCESS_TOKEN_ISSUER = 'bulwark';
export const ACCESS_TOKEN_AUDIENCE = 'bulwark-api';

/** The claims an access token carries: who and which session, nothing else (roles are read fresh). */
export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(claims: AccessTokenClaims): Promise<string> {
    return this.jwt.signAsync(
      { sid: claims.sid },
      {
        subject: claims.sub,
        algorithm: 'HS256',
        expiresIn: this.ttlSeconds,
        issuer: ACCESS_TOKEN_ISSUER,
        audience: ACCESS_TOKEN_AUDIENCE,
        secret: this.config.auth.jwtSecret,
      },
    );
  }
}
