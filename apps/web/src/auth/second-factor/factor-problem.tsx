import { Alert, Text } from '@mantine/core';
import { ApiError } from '@web/api/api-error';
import { ErrorNotice } from '@web/components/error-notice';
import { PasskeyProblem } from './passkey-ceremony';

/**
 * Why a second-factor step did not work. A passkey ceremony's problem and a refused code are the person's to fix
 * (in the API's or the browser's words); anything else is shown as ErrorNotice shows it, with its reference.
 */
export function FactorProblem({ error }: { error: unknown }) {
  if (error === null) return null;
  const refused = error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT');
  if (!(error instanceof PasskeyProblem) && !refused) return <ErrorNotice error={error} />;
  return (
    <Alert
      color="red"
      title={error instanceof PasskeyProblem ? 'The passkey step did not finish' : 'Not accepted'}
      role="alert"
      styles={{ title: { color: '#9b1c1c' } }}
    >
      <Text size="sm">{error.message}</Text>
    </Alert>
  );
}
