import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AppError, ErrorCode, forbidden, unauthenticated } from '@api/common/app-errors';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';
import type { ViewerCarrier } from './request-viewer';
import { ViewerAuthenticator } from './viewer-authenticator';

/** Runs before every resolver and route: who is calling, and does the operation's declared rule let them in. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ViewerAuthenticator) private readonly authenticator: ViewerAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Fail closed: an operation that forgot to declare its rule is unreachable, not open.
    if (!rule) throw new AppError(ErrorCode.INTERNAL, 'This operation has no access rule.');

    const req = this.carrier(context);
    if (rule.kind === 'public' && (rule.ignoresCredentials || !this.authenticator.presentsCredentials(req)))
      return true;
    req.viewer ??= (await this.authenticator.authenticate(req)) ?? undefined;
    if (rule.kind === 'public') return true;
    if (!req.viewer) throw unauthenticated();
    if (rule.kind === 'permission' && !req.viewer.permissions.includes(rule.permission)) throw forbidden();
    return true;
  }

  private carrier(context: ExecutionContext): ViewerCarrier {
    if (context.getType<GqlContextType>() === 'graphql')
      return GqlExecutionContext.create(context).getContext<{ req: ViewerCarrier }>().req;
    return context.switchToHttp().getRequest<ViewerCarrier>();
  }
}
