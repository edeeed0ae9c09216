import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '@api/config/app-config';
import { parseOptionsFor } from '@api/graphql/limits/parser-limits';
import { addressRateLimitMiddleware } from '@api/rate-limit/address-rate-limit.middleware';
import { RateLimiter } from '@api/rate-limit/rate-limiter.service';
import { bodyErrorsMiddleware } from './body-errors.middleware';
import { corsOptions } from './cors-options';
import { jsonOnly, jsonOnlyMiddleware } from './json-only.middleware';
import { noHttpSubscriptionsMiddleware } from './no-http-subscriptions.middleware';
import { requestTimeoutMiddleware } from './request-timeout.middleware';
import { sameOriginMiddleware } from './same-origin.middleware';
import { securityHeaders } from './security-headers';

const GRAPHQL_PATH = '/graphql';
/** The browser session routes (/auth/session, cookies): same-origin only. */
const AUTH_PATH = '/auth';
/** Single sign-on: the identity provider sends the browser back here from its own site (a cross-site GET). */
const SSO_PATH = '/auth/sso/';
/** Mail's unsubscribe links (modules/notifications): anyone holding a link, so budgeted per address. */
const MAIL_PATH = '/mail';

/**
 * The Express side of HTTP hygiene, in the order a request meets it: security headers, CORS, the request
 * timer, the per-address budget, the same-origin rule of the cookie routes and the JSON-only rule (before the
 * body is read), then the JSON body (size-capped) and its errors, and the refusal of subscriptions over HTTP.
 * Call on an app created with `bodyParser: false`, before routes are registered (app.init / listen).
 */
export function configureHttp(app: NestExpressApplication, config: AppConfig, logger: Logger): void {
  const server = app.getHttpServer();
  // Node's own bounds on receiving a request: the whole of it, and its headers (slow-header clients).
  server.requestTimeout = config.http.requestTimeoutMs;
  server.headersTimeout = Math.min(10_000, config.http.requestTimeoutMs);
  // Nest answers upgrades on /graphql only and leaves any other hanging until the client gives up.
  server.on('upgrade', (req: { url?: string }, socket: { end(data: string): void }) => {
    if (!req.url?.startsWith(GRAPHQL_PATH)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });

  // Answers are per caller and never cached: no hashing of every response body for an ETag.
  app.set('etag', false);
  const httpLogger = logger.child({ component: 'http' });
  app.use(securityHeaders());
  if (config.http.corsOrigins.length > 0) app.enableCors(corsOptions(config.http.corsOrigins));
  app.use(requestTimeoutMiddleware(config.http.requestTimeoutMs, httpLogger));
  app.use([GRAPHQL_PATH, AUTH_PATH, MAIL_PATH], addressRateLimitMiddleware(app.get(RateLimiter)));
  app.use(AUTH_PATH, (req: Request, res: Response, next: NextFunction) =>
    req.originalUrl.startsWith(SSO_PATH) ? next() : sameOriginMiddleware(req, res, next),
  );
  app.use(GRAPHQL_PATH, jsonOnlyMiddleware);
  app.use(AUTH_PATH, jsonOnly('Send requests as JSON (Content-Type: application/json).'));
  app.useBodyParser('json', { limit: config.http.bodyLimitBytes });
  app.use(bodyErrorsMiddleware(config.http.bodyLimitBytes, httpLogger));
  app.use(
    GRAPHQL_PATH,
    noHttpSubscriptionsMiddleware(parseOptionsFor(config.graphqlLimits, config.http.bodyLimitBytes)),
  );
}
