import pino, { type Logger } from 'pino';
import { currentRequestId } from './request-context';

/** JSON logs on stdout; every line written inside a request carries its `reqId`. */
export function createRootLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'bulwark-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'req.headers.cookie',
        '*.password',
        '*.refreshToken',
      ],
      censor: '[redacted]',
    },
  });
}
