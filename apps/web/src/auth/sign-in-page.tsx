import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '@web/api/api-error';
import { BrandMark } from '@web/app/brand-mark';
import { ErrorNotice } from '@web/components/error-notice';
import { useDocumentTitle } from '@web/components/use-document-title';
import type { SecondFactorChallenge } from './browser-session';
import { EnrolAtSignIn } from './second-factor/enrol-at-sign-in';
import { PasskeySignInButton } from './second-factor/passkey-sign-in-button';
import { SecondStep } from './second-factor/second-step';
import { useSession, useSessionStatus } from './session-context';
import { challengeFromFragment } from './sso/sso-challenge';
import { ssoFailureWords } from './sso/sso-failure-words';
import { SsoButton } from './sso/sso-button';

/** Where to go after signing in: only a path on this site, never another origin. */
function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

interface Pending {
  /** Null after single sign-on: the identity provider knows the address, the page does not. */
  readonly email: string | null;
  readonly challenge: SecondFactorChallenge;
}

/**
 * Sign-in: the password, then, when one is due, the second step (or, for one who must have a second factor and has
 * none, setting it up). The second step's token lives only in this page's memory: a reload starts again.
 */
export function SignInPage() {
  const status = useSessionStatus();
  const location = useLocation();
  const navigate = useNavigate();
  // Back from single sign-on with a second step still to take: it is in the fragment.
  const [pending, setPending] = useState<Pending | null>(() => {
    const challenge = challengeFromFragment(location.hash);
    return challenge ? { email: null, challenge } : null;
  });
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    // The token is in memory now; it leaves the address bar and the history.
    if (location.hash)
      void navigate(
        { pathname: location.pathname, search: location.search },
        { replace: true, state: location.state as unknown },
      );
  }, [location.hash, location.pathname, location.search, location.state, navigate]);
  const returnTo = safeReturnPath((location.state as { from?: unknown } | null)?.from);
  useDocumentTitle(
    pending ? (pending.challenge.enrolmentRequired ? 'Protect your account' : 'Confirm it’s you') : 'Sign in',
  );

  if (status === 'signed-in') return <Navigate to={returnTo} replace />;

  const startAgain = (reason: string | null) => {
    setPending(null);
    setNotice(reason);
  };

  return (
    <main id="main" style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: '1rem' }}>
      <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'xl' }} radius="md" w="100%" maw={pending ? 520 : 420}>
        <Stack gap="md">
          <BrandMark />
          {!pending && (
            <PasswordStep
              notice={notice}
              onChallenge={(email, challenge) => {
                setNotice(null);
                setPending({ email, challenge });
              }}
            />
          )}
          {pending && !pending.challenge.enrolmentRequired && (
            <SecondStep
              challenge={pending.challenge}
              firstStep={pending.email === null ? 'SSO' : 'PASSWORD'}
              onStartAgain={startAgain}
            />
          )}
          {pending?.challenge.enrolmentRequired && (
            <EnrolAtSignIn challenge={pending.challenge} email={pending.email} onStartAgain={startAgain} />
          )}
        </Stack>
      </Paper>
    </main>
  );
}

interface PasswordStepProps {
  /** Why the reader is back here (a second step that expired). */
  readonly notice: string | null;
  readonly onChallenge: (email: string, challenge: SecondFactorChallenge) => void;
}

function PasswordStep({ notice, onChallenge }: PasswordStepProps) {
  const session = useSession();
  const [params] = useSearchParams();
  const ssoFailure = params.get('sso');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(new ApiError('BAD_USER_INPUT', 'Enter your email address and your password.'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const challenge = await session.signIn(email.trim(), password);
      if (challenge) onChallenge(email.trim(), challenge);
    } catch (caught) {
      setError(caught);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  const statusNotice = notice ?? session.endReason;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          Sign in
        </Title>
        <Text size="sm" c="dimmed">
          Threat bulletins for election officials, from CISA, the FBI, the EAC, the ISACs and your peers.
        </Text>
        {ssoFailure && !error && (
          <Alert
            color="red"
            title="Single sign-on did not sign you in"
            role="alert"
            styles={{ title: { color: '#9b1c1c' } }}
          >
            <Text size="sm">{ssoFailureWords(ssoFailure)}</Text>
          </Alert>
        )}
        {statusNotice && !error && !ssoFailure && (
          <Alert color="blue" role="status">
            {statusNotice}
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
        <SsoButton email={email} />
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
        <PasskeySignInButton />
        <Text size="xs" c="dimmed">
          Forgot your password or locked out? Ask your organization&apos;s Bulwark administrator.
        </Text>
      </Stack>
    </form>
  );
}
