import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError, ErrorCode, forbidden, unauthenticated } from '@api/common/app-errors';
import { AuditAction, AuditOutcome } from '@api/modules/audit/audit-action';
import { AuditService, clipText } from '@api/modules/audit/audit.service';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator';
import type { ViewerCarrier } from './request-viewer';
import { ViewerAuthenticator } from './viewer-authenticator';

/** Runs before every resolver and route: who is calling, and does the operation's declared rule let them in. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ViewerAuthenticator) private readonly authenticator: ViewerAuthenticator,
    private readonly audit: AuditService,
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
    if (rule.kind === 'permission' && !req.viewer.permissions.includes(rule.permission)) {
      // R18: a signed-in caller reaching past their role is on the record (a guard runs outside any transaction).
      await this.audit.recordStandalone({
        actor: req.viewer,
        action: AuditAction.ACCESS_DENIED,
        outcome: AuditOutcome.DENIED,
        details: { attempted: this.operationName(context), required: rule.permission },
      });
      throw forbidden();
    }
    return true;
  }

  /** `Mutation.createApiKey`, or `GET /path` for an HTTP route: what was attempted, for the trail. */
  private operationName(context: ExecutionContext): string {
    if (context.getType<GqlContextType>() === 'graphql') {
      const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
      return `${info.parentType.name}.${info.fieldName}`;
    }
    const request = context.switchToHttp().getRequest<{ method?: string; url?: string }>();
    return clipText(`${request.method ?? '?'} ${(request.url ?? '').split('?')[0]}`, 200);
  }

  private carrier(context: ExecutionContext): ViewerCarrier {
    if (context.getType<GqlContextType>() === 'graphql')
      return GqlExecutionContext.create(context).getContext<{ req: ViewerCarrier }>().req;
    return context.switchToHttp().getRequest<ViewerCarrier>();
  }
}
