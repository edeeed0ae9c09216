import type { NextFunction, Request, Response } from 'express';
import { Kind, OperationTypeNode, parse, type ParseOptions } from 'graphql';
import { ErrorCode } from '@api/common/app-errors';
import { sendHttpError } from './http-errors';

const MENTIONS_SUBSCRIPTION = /\bsubscription\b/;

function queryOf(req: Request): unknown {
  if (req.method === 'GET') return (req.query as Record<string, unknown>)['query'];
  return (req.body as { query?: unknown } | undefined)?.query;
}

function hasSubscription(query: string, parseOptions: ParseOptions): boolean {
  try {
    return parse(query, parseOptions).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION,
    );
  } catch {
    return false; // not a document: Apollo answers it
  }
}

/**
 * Subscriptions run over graphql-ws only; over HTTP Apollo cannot run them, and graphql-js 16 throws while
 * validating one with `@skip(if: $v)` at its root, which Apollo answers as a 500. Refused here instead, with
 * BAD_USER_INPUT. Documents that do not mention `subscription` pass without being parsed.
 */
export function noHttpSubscriptionsMiddleware(parseOptions: ParseOptions) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = queryOf(req);
    if (typeof query !== 'string' || !MENTIONS_SUBSCRIPTION.test(query) || !hasSubscription(query, parseOptions))
      return next();
    sendHttpError(res, 400, ErrorCode.BAD_USER_INPUT, 'Subscriptions are served over WebSocket (graphql-ws) only.');
  };
}
