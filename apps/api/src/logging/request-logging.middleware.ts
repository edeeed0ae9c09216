import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestContext } from './request-context';

const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Accepts a caller's X-Request-Id only when it is a plain token, so it cannot forge or inject log content. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
}

type Next = (error?: unknown) => void;

/** Gives each HTTP request an id (echoed in X-Request-Id), a context for log lines, and one access-log line. */
export function requestLoggingMiddleware(
  logger: Logger,
): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const httpLogger = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => req.url?.startsWith('/health/') ?? false },
    serializers: {
      req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
    },
  });
  return (req, res, next) => {
    httpLogger(req, res);
    const requestId = String((req as IncomingMessage & { id: string }).id);
    const clientAddress = (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress;
    requestContext.run({ requestId, clientAddress }, next);
  };
}
