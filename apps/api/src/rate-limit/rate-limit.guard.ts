import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { ViewerCarrier } from '@api/auth/request-viewer';
import { addressKey, emailKey, viewerKey } from './client-keys';
import { RateLimiter } from './rate-limiter.service';

const ADDRESS_COUNTED = Symbol('bulwark.addressCounted');

/** The HTTP middleware has counted this request against its client address already. */
export function markAddressCounted(req: object): void {
  (req as { [ADDRESS_COUNTED]?: true })[ADDRESS_COUNTED] = true;
}

function addressCounted(req: object): boolean {
  return (req as { [ADDRESS_COUNTED]?: true })[ADDRESS_COUNTED] === true;
}

/**
 * Mutations that take a password, a refresh token, a second-factor code or a passkey: their own, stricter budget
 * per address (and per email).
 */
const SIGN_IN_FIELDS = new Set([
  'login',
  'refreshSession',
  'completeSignIn',
  'confirmTotpEnrolment',
  'beginPasskeySignIn',
  'finishPasskeySignIn',
  'finishPasskeyRegistration',
]);

/**
 * Registered after AccessGuard (global guards run in order), so the viewer is known. One verdict per
 * operation, shared by all its root fields: an operation is counted once, and refused whole. Over WebSocket
 * (no HTTP middleware) the client address is counted here too.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly verdicts = new WeakMap<object, Promise<void>>();

  constructor(private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') {
      // An HTTP route a credential reached (TAXII): its caller's budgets, as for an operation. Health probes and
      // the cookie routes carry none, and the cookie routes' address is counted by their middleware.
      const req = context.switchToHttp().getRequest<ViewerCarrier>();
      if (req.viewer) await this.countOperation(req);
      return true;
    }
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: ViewerCarrier }>().req;
    let verdict = this.verdicts.get(req);
    if (!verdict) {
      verdict = this.countOperation(req);
      this.verdicts.set(req, verdict);
    }
    await verdict;

    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType === info.schema.getMutationType() && SIGN_IN_FIELDS.has(info.fieldName)) {
      await this.limiter.enforce('sign-in-address', addressKey(req.ip));
      if (info.fieldName === 'login') {
        const input = gql.getArgs<{ input?: { email?: unknown } }>().input;
        await this.limiter.enforce('sign-in-email', emailKey(input?.email));
      }
    }
    return true;
  }

  private async countOperation(req: ViewerCarrier): Promise<void> {
    if (!addressCounted(req)) await this.limiter.enforce('address', addressKey(req.ip));
    const viewer = viewerKey(req.viewer);
    if (viewer) await this.limiter.enforce('viewer', viewer);
  }
}
