import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-strategy';
import { unauthenticated } from '@api/common/app-errors';
import type { RequestViewer } from '../request-viewer';
import { sameHash, sha256 } from '../secrets';
import { viewerFromRow } from '../viewer-factory';
import { ViewerRepository } from '../viewer.repository';

export const API_KEY_PATTERN = /^bwk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

type Verify = (key: string, done: (error: unknown, viewer?: RequestViewer | false) => void) => void;

/** A passport strategy for the `X-Api-Key` header. */
class ApiKeyHeaderStrategy extends Strategy {
  name = 'api-key';

  constructor(private readonly verify: Verify) {
    super();
  }

  override authenticate(req: Request): void {
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || key.length === 0) return this.fail(401);
    this.verify(key, (error, viewer) => {
      if (error) return this.error(error instanceof Error ? error : new Error('API key check failed'));
      if (!viewer) return this.fail(401);
      return this.success(viewer);
    });
  }
}

@Injectable()
export class ApiKeyStrategy extends PassportStrategy(ApiKeyHeaderStrategy, 'api-key') {
  constructor(private readonly viewers: ViewerRepository) {
    super();
  }

  async validate(key: string): Promise<RequestViewer> {
    const match = API_KEY_PATTERN.exec(key);
    const row = match ? await this.viewers.forApiKey(match[1]) : null;
    if (!match || !row || !sameHash(row.secret_hash, sha256(match[2]))) {
      throw unauthenticated('This API key is not valid.');
    }
    const viewer = viewerFromRow(row, 'API_KEY', null);
    if (!viewer.active) throw unauthenticated('This API key is revoked or expired, or its organization is not active.');
    await this.viewers.touchApiKey(row.subject_id);
    return viewer;
  }
}
