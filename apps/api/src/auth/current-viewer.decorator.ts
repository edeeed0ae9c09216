import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { unauthenticated } from '@api/common/app-errors';
import type { GqlContext, RequestViewer, ViewerCarrier } from './request-viewer';

/** The request of a resolver or of an HTTP route. */
const carrierOf = (context: ExecutionContext): ViewerCarrier =>
  context.getType<GqlContextType>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GqlContext>().req
    : context.switchToHttp().getRequest<ViewerCarrier>();

/** The signed-in viewer of a @SignedIn or @Requires operation or route (the AccessGuard has set it). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): RequestViewer => {
  const viewer = carrierOf(context).viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer of a @Public operation: null when the caller is anonymous. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestViewer | null => carrierOf(context).viewer ?? null,
);
