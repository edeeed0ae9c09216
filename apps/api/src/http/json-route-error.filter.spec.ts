import type { ArgumentsHost } from '@nestjs/common';
import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import type { Logger } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCode, unauthenticated } from '@api/common/app-errors';
import { RateLimitedError } from '@api/rate-limit/rate-limited.error';
import { JsonRouteErrorFilter } from './json-route-error.filter';

interface Written {
  status?: number;
  headers: Record<string, string>;
  body?: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

function answer(error: unknown): { written: Written; logged: unknown[] } {
  const written: Written = { headers: {} };
  const res = {
    headersSent: false,
    status(status: number) {
      written.status = status;
      return this;
    },
    set(headers: Record<string, string>) {
      Object.assign(written.headers, headers);
      return this;
    },
    json(body: Written['body']) {
      written.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  const error_ = vi.fn();
  new JsonRouteErrorFilter({ error: error_ } as unknown as Logger).catch(error, host);
  return { written, logged: error_.mock.calls };
}

describe('JsonRouteErrorFilter', () => {
  it('writes an AppError with its status and code, and nothing to the error log', () => {
    const { written, logged } = answer(unauthenticated('Your session has ended. Sign in again.'));
    expect(written.status).toBe(401);
    expect(written.body?.errors).toEqual([
      { message: 'Your session has ended. Sign in again.', extensions: { code: ErrorCode.UNAUTHENTICATED } },
    ]);
    expect(logged).toEqual([]);
  });

  it('gives RATE_LIMITED its Retry-After', () => {
    const { written } = answer(new RateLimitedError(7));
    expect(written.status).toBe(429);
    expect(written.headers).toEqual({ 'Retry-After': '7' });
    expect(written.body?.errors[0].extensions).toEqual({ code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 7 });
  });

  it("maps Nest's HTTP exceptions to the fixed codes", () => {
    expect(answer(new NotFoundException()).written.body?.errors[0].extensions.code).toBe(ErrorCode.NOT_FOUND);
    const tooLarge = answer(new PayloadTooLargeException()).written;
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body?.errors[0].extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('answers anything else with INTERNAL and a plain message; the details go to the log', () => {
    const failure = new Error('relation "sessions" does not exist');
    const { written, logged } = answer(failure);
    expect(written.status).toBe(500);
    expect(written.body?.errors).toEqual([
      {
        message: 'Something went wrong on our side. Quote the request id if you report it.',
        extensions: { code: ErrorCode.INTERNAL },
      },
    ]);
    expect(JSON.stringify(written.body)).not.toContain('relation');
    expect(logged).toHaveLength(1);
  });
});
