import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError } from '@web/api/api-error';
import { ErrorNotice } from '@web/components/error-notice';
import { useDocumentTitle } from '@web/components/use-document-title';
import { BrandMark } from '@web/app/brand-mark';
import { useSession, useSessionStatus } from './session-context';

/** Where to go after signing in: only a path on this site, never another origin. */
function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function SignInPage() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const status = useSessionStatus();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const returnTo = safeReturnPath((location.state as { from?: unknown } | null)?.from);

  if (status === 'signed-in') return <Navigate to={returnTo} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(new ApiError('BAD_USER_INPUT', 'Enter your email address and your password.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.signIn(email.trim(), password);
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: '1rem' }}>
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="md">
            <BrandMark />
            <Title order={1} size="h2">
              Sign in
            </Title>
            <Text size="sm" c="dimmed">
              Threat bulletins for election officials, from CISA, the FBI, the EAC, the ISACs and your peers.
            </Text>
            {session.endReason && !error && (
              <Alert color="blue" role="status">
                {session.endReason}
              </Alert>
            )}
            {error !== null && <ErrorNotice error={error} />}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={busy}>
              Sign in
            </Button>
            <Text size="xs" c="dimmed">
              Forgot your password or locked out? Ask your organization&apos;s Bulwark administrator.
            </Text>
          </Stack>
        </form>
      </Paper>
    </main>
  );
}
