import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '@api/common/app-errors';
import type { GqlContext, RequestViewer } from './request-viewer';

/** The signed-in viewer of a @SignedIn or @Requires operation (the AccessGuard has set it). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): RequestViewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GqlContext>().req.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer of a @Public operation: null when the caller is anonymous. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestViewer | null =>
    GqlExecutionContext.create(context).getContext<GqlContext>().req.viewer ?? null,
);
