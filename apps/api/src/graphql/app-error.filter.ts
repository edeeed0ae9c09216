import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError } from '@api/common/app-errors';
import { sendAppError } from '@api/http/http-errors';

/**
 * AppErrors are answers, not failures: hand them to GraphQL's formatter (or write them on an HTTP route)
 * without Nest logging each refused sign-in as a server error.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | undefined {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    sendAppError(host.switchToHttp().getResponse<Response>(), error);
    return undefined;
  }
}
