import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

/** A reply from the server or a proxy that is not a GraphQL answer. */
function reply(status: number, body: string, requestId: string | null = null): Response {
  return new Response(body, { status, headers: requestId ? { 'x-request-id': requestId } : {} });
}

const reference = () => screen.getByTestId('error-reference');

/** WCAG 2.1 contrast ratio of two colours given as rgb(r, g, b) or #rrggbb. */
function contrast(a: string, b: string): number {
  const channels = (colour: string) =>
    colour.startsWith('#')
      ? [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16))
      : (colour.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = channels(colour).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Mantine's light alert backgrounds over the page's grey, as Chromium paints them (measured with axe). */
const ALERT_BACKGROUND = { yellow: '#f7eee1', red: '#f6e5e6' };

describe('ErrorNotice', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['NOT_FOUND', 'Not found', 'Bulletin not found.'],
    ['RATE_LIMITED', 'Too many requests', 'Slow down.'],
    ['FORBIDDEN', 'You are not allowed to do this', 'Publishers only.'],
    ['UNAUTHENTICATED', 'You are not signed in', 'Sign in again.'],
    ['BAD_USER_INPUT', 'Something in the request needs changing', 'The title is too long.'],
    ['CONFLICT', 'Someone changed this at the same time', 'The bulletin was changed.'],
    ['QUERY_TOO_COMPLEX', 'This request is too large', 'Ask for fewer items.'],
    ['INTERNAL', 'Bulwark ran into a problem', 'The server could not complete this request.'],
  ])('%s from the API: plain words, its message, the code and the request id', (code, words, message) => {
    show(graphqlError(code, message));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(words);
    expect(alert).toHaveTextContent(message);
    expect(reference()).toHaveTextContent(`Code ${code} · request req-123`);
  });

  it('says when to try again after a rate limit', () => {
    show(graphqlError('RATE_LIMITED', 'Slow down.', { retryAfterSeconds: 12 }));
    expect(screen.getByRole('alert')).toHaveTextContent('Try again in 12 seconds.');
  });

  it('shows an ApiError the same way: plain words, code, request id', () => {
    show(new ApiError('NOT_FOUND', 'That feed no longer exists.', 'req-404'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Not found');
    expect(alert).toHaveTextContent('That feed no longer exists.');
    expect(reference()).toHaveTextContent('Code NOT_FOUND · request req-404');
  });

  it('leaves the request id out when there is none, and offers no retry without a callback', () => {
    show(new ApiError('CONFLICT', 'Someone else saved first.'));
    expect(reference()).toHaveTextContent(/^Code CONFLICT$/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it.each(['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed'])(
    'a fetch that never got an answer (%s) is a connection problem, in words',
    (message) => {
      show(new TypeError(message));
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent('No connection');
      expect(alert).toHaveTextContent('Check your connection');
      expect(alert).not.toHaveTextContent(message);
      expect(reference()).toHaveTextContent(/^Code NETWORK$/);
    },
  );

  it('any failure while the browser is offline is a connection problem', () => {
    vi.stubGlobal('navigator', { ...navigator, onLine: false });
    show(new TypeError('Some browser words for a lost connection'));
    expect(screen.getByRole('alert')).toHaveTextContent('No connection');
  });

  it("a bug in the page's own code is not blamed on the connection", () => {
    show(new TypeError("Cannot read properties of undefined (reading 'title')"));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bulwark ran into a problem');
    expect(alert).not.toHaveTextContent('No connection');
    expect(alert).not.toHaveTextContent('Cannot read');
    expect(reference()).toHaveTextContent(/^Code INTERNAL$/);
  });

  it.each([
    ['an Error', new Error('SELECT * FROM bulletins WHERE secret')],
    ['a string', 'SELECT * FROM bulletins WHERE secret'],
    ['a plain object', { message: 'SELECT * FROM bulletins WHERE secret', stack: 'at query (db.ts:1)' }],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
  ])('%s thrown: INTERNAL in plain words, never its raw message or stack', (_kind, thrown) => {
    show(thrown);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bulwark ran into a problem');
    expect(alert).toHaveTextContent('Reload it to try again');
    expect(alert).not.toHaveTextContent('SELECT');
    expect(alert).not.toHaveTextContent(/\bat \w+ \(/);
    expect(alert).not.toHaveTextContent('db.ts');
    expect(reference()).toHaveTextContent(/^Code INTERNAL$/);
  });

  it('an unknown code from the server falls back to INTERNAL, keeping the request id', () => {
    show(graphqlError('SOMETHING_NEW', 'Odd.'));
    expect(reference()).toHaveTextContent('Code INTERNAL · request req-123');
  });

  it('a server failure without a GraphQL body: INTERNAL with the request id from the header', () => {
    const response = reply(503, '<html>Service Unavailable</html>', 'req-503');
    show(new ServerError('Response not successful', { response, bodyText: '<html>Service Unavailable</html>' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bulwark ran into a problem');
    expect(alert).not.toHaveTextContent('<html>');
    expect(reference()).toHaveTextContent('Code INTERNAL · request req-503');
  });

  it('an answer that is not JSON at all: INTERNAL in plain words, with the request id', () => {
    const response = reply(200, '<html>Sign in to the hotel Wi-Fi</html>', 'req-200');
    show(new ServerParseError(new SyntaxError('Unexpected token <'), { response, bodyText: '<html>' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Bulwark ran into a problem');
    expect(alert).toHaveTextContent('could not read');
    expect(alert).not.toHaveTextContent('Unexpected token');
    expect(reference()).toHaveTextContent('Code INTERNAL · request req-200');
  });

  it.each([
    ['a lost connection', new TypeError('Failed to fetch'), ALERT_BACKGROUND.yellow],
    ['a server error', graphqlError('INTERNAL', 'Boom.'), ALERT_BACKGROUND.red],
  ])('the title of %s reads at WCAG AA contrast on its background', (_kind, error, background) => {
    show(error);
    const title = screen.getByText(/No connection|Bulwark ran into a problem/);
    // Set on the title by the notice itself, since Mantine's stylesheet colour is the one that fails (jsdom, not
    // loading that stylesheet, would report an inherited black however the title is coloured in a browser).
    let coloured: HTMLElement | null = title;
    while (coloured && !coloured.style.color && coloured !== screen.getByRole('alert'))
      coloured = coloured.parentElement;
    const colour = coloured?.style.color ?? '';
    expect(colour).toMatch(/^rgb\(/);
    expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('offers a retry that calls back', async () => {
    const retry = vi.fn();
    show(new ApiError('INTERNAL', 'The server could not complete this request.', 'req-9'), retry);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
