import { Alert, Button, Group, Text } from '@mantine/core';
import type { ApiError } from '@web/api/api-error';
import { toApiError } from '@web/api/to-api-error';

const TITLES: Record<ApiError['code'], string> = {
  UNAUTHENTICATED: 'You are not signed in',
  FORBIDDEN: 'You are not allowed to do this',
  NOT_FOUND: 'Not found',
  BAD_USER_INPUT: 'Something in the request needs changing',
  CONFLICT: 'Someone changed this at the same time',
  RATE_LIMITED: 'Too many requests',
  QUERY_TOO_COMPLEX: 'This request is too large',
  INTERNAL: 'Bulwark ran into a problem',
  NETWORK: 'No connection',
};

/**
 * Title colours for the light alert backgrounds: Mantine's own (yellow 6, red 6) measured 2.2:1 and 3.7:1 there,
 * below WCAG AA.
 */
const TITLE_COLOURS = { warning: '#6b4400', error: '#9b1c1c' } as const;

/** Any error, in plain words, with its code and request id for support; never a blank screen. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const problem = toApiError(error);
  // A lost connection is the reader's to wait out, not a failure of Bulwark's.
  const warning = problem.code === 'NETWORK';
  return (
    <Alert
      color={warning ? 'yellow' : 'red'}
      title={TITLES[problem.code]}
      role="alert"
      styles={{ title: { color: warning ? TITLE_COLOURS.warning : TITLE_COLOURS.error } }}
    >
      <Text size="sm">{problem.message}</Text>
      {problem.retryAfterSeconds !== null && <Text size="sm">Try again in {problem.retryAfterSeconds} seconds.</Text>}
      <Group mt="xs" gap="md" justify="space-between">
        <Text size="xs" c="dimmed" data-testid="error-reference">
          Code {problem.code}
          {problem.requestId ? ` · request ${problem.requestId}` : ''}
        </Text>
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
