import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@web/api/api-error';
import { ErrorNotice } from './error-notice';

function show(error: unknown, onRetry?: () => void) {
  return render(
    <MantineProvider>
      <ErrorNotice error={error} onRetry={onRetry} />
    </MantineProvider>,
  );
}

function graphqlError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, requestId: 'req-123', ...extra } }],
  });
}

describe('ErrorNotice', () => {
  it("shows the API's words, its code and the request id", () => {
    show(graphqlError('NOT_FOUND', 'Bulletin not found.'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('Bulletin not found.');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code NOT_FOUND · request req-123');
  });

  it('says when to try again after a rate limit, with its code and request id', () => {
    show(graphqlError('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 12 }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Too many requests');
    expect(alert).toHaveTextContent('Try again in 12 seconds.');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code RATE_LIMITED · request req-123');
  });

  it('shows an ApiError the same way: plain words, code, request id', () => {
    show(new ApiError('NOT_FOUND', 'That feed no longer exists.', 'req-404'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('That feed no longer exists.');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code NOT_FOUND · request req-404');
  });

  it('leaves the request id out when there is none, and offers no retry without a callback', () => {
    show(new ApiError('CONFLICT', 'Someone else saved first.'));
    expect(screen.getByTestId('error-reference')).toHaveTextContent(/^Code CONFLICT$/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('a network failure is a connection problem, not a crash', () => {
    show(new TypeError('Failed to fetch'));
    expect(screen.getByRole('alert')).toHaveTextContent('No connection');
    expect(screen.getByRole('alert')).toHaveTextContent('Check your connection');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Failed to fetch');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code NETWORK');
  });

  it('never shows the raw message or stack of an unexpected error', () => {
    const unexpected = new Error('SELECT * FROM bulletins WHERE secret');
    show(unexpected);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bulwark ran into a problem');
    expect(alert).not.toHaveTextContent('SELECT');
    expect(alert).not.toHaveTextContent('at ');
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code INTERNAL');
  });

  it('an unknown code from the server falls back to INTERNAL, keeping the request id', () => {
    show(graphqlError('SOMETHING_NEW', 'Odd.'));
    expect(screen.getByTestId('error-reference')).toHaveTextContent('Code INTERNAL · request req-123');
  });

  it('offers a retry that calls back', async () => {
    const retry = vi.fn();
    show(new ApiError('INTERNAL', 'The server could not complete this request.', 'req-9'), retry);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
