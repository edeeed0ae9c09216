import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '@api/common/app-errors';
import { createErrorFormatter } from './format-error';

const SQL = 'SELECT pg_sleep($1) FROM bulletins WHERE secret_column = $2';

function fakeLogger() {
  const logger = { warn: vi.fn(), error: vi.fn() };
  return { logger, asPino: logger as unknown as Logger };
}

/** What TypeORM throws when PostgreSQL cancels a statement past statement_timeout. */
function cancelledStatement(): QueryFailedError {
  const driverError = Object.assign(new Error('canceling statement due to statement timeout'), {
    code: '57014',
    severity: 'ERROR',
  });
  return new QueryFailedError(SQL, [5, 'sensitive-value'], driverError);
}

function asGraphqlError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['bulletins'], originalError: original });
}

describe('createErrorFormatter: a statement cancelled by the database (57014)', () => {
  it('becomes INTERNAL with a worded message and no SQL', () => {
    const { asPino } = fakeLogger();
    const raw = asGraphqlError(cancelledStatement());
    const formatted = createErrorFormatter(asPino, false, 200)(raw.toJSON(), raw);

    expect(formatted.message).toBe('The request took too long and was stopped. Quote the request id if you report it.');
    expect(formatted.extensions?.['code']).toBe(ErrorCode.INTERNAL);
    expect(formatted.path).toEqual(['bulletins']);
    const sent = JSON.stringify(formatted);
    expect(sent).not.toMatch(/pg_sleep|secret_column|sensitive-value|statement timeout|57014/);
  });

  it('is logged as a warning with the limit, not the SQL or its parameters', () => {
    const { logger, asPino } = fakeLogger();
    const raw = asGraphqlError(cancelledStatement());
    createErrorFormatter(asPino, false, 200)(raw.toJSON(), raw);

    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const [fields] = logger.warn.mock.calls[0] as [Record<string, unknown>, string];
    expect(fields).toEqual({ sqlState: '57014', statementTimeoutMs: 200, path: ['bulletins'] });
    expect(JSON.stringify(logger.warn.mock.calls)).not.toMatch(/pg_sleep|secret_column|sensitive-value/);
  });

  it('recognises the bare driver error too (a raw pg query, no TypeORM wrapper)', () => {
    const { logger, asPino } = fakeLogger();
    const raw = asGraphqlError(Object.assign(new Error('canceling statement due to user request'), { code: '57014' }));
    const formatted = createErrorFormatter(asPino, false, 0)(raw.toJSON(), raw);
    expect(formatted.message).toMatch(/took too long and was stopped/);
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('leaves other database errors to the generic INTERNAL answer, logged as errors', () => {
    const { logger, asPino } = fakeLogger();
    const other = new QueryFailedError(SQL, [], Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    const raw = asGraphqlError(other);
    const formatted = createErrorFormatter(asPino, false, 200)(raw.toJSON(), raw);
    expect(formatted.message).toBe('Something went wrong on our side. Quote the request id if you report it.');
    expect(formatted.extensions?.['code']).toBe(ErrorCode.INTERNAL);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.warn).not.toHaveBeenCalled();
  });
});
