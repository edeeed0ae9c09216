import { BulwarkError } from '@bulwark/client';
import { describe, expect, it } from 'vitest';
import { describeFailure } from './cli-error';
import { ExitCode } from './exit-codes';

describe('describeFailure', () => {
  it('gives each API code its own exit code: a script retries a rate limit, never a query that is too complex', () => {
    const codes = [
      'RATE_LIMITED',
      'QUERY_TOO_COMPLEX',
      'CONFLICT',
      'NOT_FOUND',
      'FORBIDDEN',
      'BAD_USER_INPUT',
    ] as const;
    expect(codes.map((code) => describeFailure(new BulwarkError(code, 'refused')).exitCode)).toEqual([
      ExitCode.RATE_LIMITED,
      ExitCode.TOO_COMPLEX,
      ExitCode.CONFLICT,
      ExitCode.NOT_FOUND,
      ExitCode.FORBIDDEN,
      ExitCode.USAGE,
    ]);
  });

  it('says how long to wait and which request it was, on one line', () => {
    const error = new BulwarkError('RATE_LIMITED', 'Too many requests.\nSlow down.', {
      requestId: 'req-9',
      extensions: { retryAfterSeconds: 12 },
    });
    expect(describeFailure(error)).toEqual({
      exitCode: ExitCode.RATE_LIMITED,
      message: 'Too many requests. Slow down. (retry after 12 s) [request req-9]',
    });
  });
});
