import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '@web/api/api-error';
import type { SecondFactorChallenge, SecondFactorMethod, SecondFactorProof } from '@web/auth/browser-session';
import { useSession } from '@web/auth/session-context';
import { useExpired } from './challenge-clock';
import { DemoCodeHint } from './demo-code-hint';
import { FactorProblem } from './factor-problem';
import { PasskeyProblem, passkeysSupported, proveWithPasskey } from './passkey-ceremony';
import { BEGIN_SECOND_FACTOR_WEBAUTHN } from './second-factor-queries';
import { normalisedCode } from './second-factor-words';

interface SecondStepProps {
  readonly challenge: SecondFactorChallenge;
  /** How the first step was made: the password, or the organization's own sign-in. */
  readonly firstStep: 'PASSWORD' | 'SSO';
  /** Back to the password form: the challenge expired, was used up, or the person wants another account. */
  readonly onStartAgain: (reason: string | null) => void;
}

const PASSKEY_REFUSED =
  'Bulwark did not accept this passkey: it may belong to another account, or to another site. Try again, or use another way below.';

const ORDER: readonly SecondFactorMethod[] = ['WEBAUTHN', 'TOTP', 'RECOVERY_CODE'];

/** The API's words for a challenge that is over (expired, used, too many tries, account locked meanwhile). */
export function challengeIsOver(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNAUTHENTICATED' && /expired|sign in again/i.test(error.message);
}

/**
 * The second step of a sign-in: the passkey, the authenticator app's code, or a recovery code, whichever the
 * person has. The password was right; nothing is open until this step is done.
 */
export function SecondStep({ challenge, firstStep, onStartAgain }: SecondStepProps) {
  const session = useSession();
  const methods = ORDER.filter((method) => challenge.methods.includes(method));
  const [method, setMethod] = useState<SecondFactorMethod>(methods[0] ?? 'TOTP');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // A new, empty code field after each refused code.
  const [tries, setTries] = useState(0);
  const expired = useExpired(challenge.expiresAt);
  const [beginWebauthn] = useMutation(BEGIN_SECOND_FACTOR_WEBAUTHN, { fetchPolicy: 'no-cache' });

  /** `refusal`: the words for a refused proof, when the API's (about codes) do not fit. */
  const attempt = async (proof: () => SecondFactorProof | Promise<SecondFactorProof>, refusal?: string) => {
    setBusy(true);
    setError(null);
    try {
      await session.completeSecondFactor(challenge.challengeToken, await proof());
    } catch (caught) {
      if (challengeIsOver(caught))
        onStartAgain('That sign-in is over (it expired, or had too many tries). Sign in again.');
      else {
        setError(
          refusal && caught instanceof ApiError && caught.code === 'UNAUTHENTICATED'
            ? new PasskeyProblem(refusal)
            : caught,
        );
        setTries((count) => count + 1);
      }
    } finally {
      setBusy(false);
    }
  };

  const withPasskey = () =>
    attempt(async () => {
      const { data } = await beginWebauthn({ variables: { input: { challengeToken: challenge.challengeToken } } });
      return { webauthnResponse: await proveWithPasskey(data?.beginSecondFactorWebauthn) };
    }, PASSKEY_REFUSED);

  if (expired)
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          Sign in again
        </Title>
        <Alert color="blue" role="status">
          For your safety, the second step must be done within a few minutes of your password, and that time has passed.
          Start again with your email and password.
        </Alert>
        <Button onClick={() => onStartAgain(null)}>Start again</Button>
      </Stack>
    );

  const others = methods.filter((other) => other !== method);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Confirm it’s you
      </Title>
      <Text size="sm">
        {firstStep === 'SSO'
          ? 'Your organization signed you in. Bulwark asks for one more step: your second factor.'
          : 'Your password was right. One more step keeps your account safe even if someone learns your password.'}
      </Text>
      <DemoCodeHint challengeToken={challenge.challengeToken} method={method} />
      <FactorProblem error={error} />
      {method === 'WEBAUTHN' && <PasskeyStep busy={busy} onUse={() => void withPasskey()} />}
      {method === 'TOTP' && (
        <CodeStep
          key={`totp-${tries}`}
          label="6-digit code"
          description="Open your authenticator app and type the code it shows for Bulwark."
          numeric
          busy={busy}
          onSubmit={(code) => void attempt(() => ({ totpCode: normalisedCode(code) }))}
        />
      )}
      {method === 'RECOVERY_CODE' && (
        <CodeStep
          key={`recovery-${tries}`}
          label="Recovery code"
          description="One of the codes you saved when you set up your second factor, like abcd-efgh-jkmn. Each works once."
          busy={busy}
          onSubmit={(code) => void attempt(() => ({ recoveryCode: code.trim() }))}
        />
      )}
      {others.length > 0 && (
        <Stack gap={4} component="nav" aria-label="Other ways to confirm">
          <Text size="sm" c="dimmed">
            Or:
          </Text>
          {others.map((other) => (
            <Anchor
              key={other}
              component="button"
              type="button"
              size="sm"
              ta="left"
              onClick={() => {
                setError(null);
                setMethod(other);
              }}
            >
              {OTHER_WAY[other]}
            </Anchor>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        Lost your phone or key, and your recovery codes? Ask your organization’s Bulwark administrator to reset your
        second factor.
      </Text>
      <Text size="xs" c="dimmed">
        Not you?{' '}
        <Anchor component="button" type="button" size="xs" onClick={() => onStartAgain(null)}>
          Sign in with another account
        </Anchor>
      </Text>
    </Stack>
  );
}

const OTHER_WAY: Readonly<Record<SecondFactorMethod, string>> = {
  WEBAUTHN: 'Use your passkey or security key',
  TOTP: 'Use a code from your authenticator app',
  RECOVERY_CODE: 'Use a recovery code',
};

function PasskeyStep({ busy, onUse }: { busy: boolean; onUse: () => void }) {
  const supported = passkeysSupported();
  return (
    <Stack gap="sm">
      <Text size="sm">
        Use the passkey on this device (your fingerprint, face or device PIN), or insert and touch your security key.
      </Text>
      {!supported && (
        <Alert color="yellow" styles={{ message: { color: '#6b4400' } }}>
          This browser cannot use passkeys. Use another way below, or a current Edge, Chrome, Firefox or Safari.
        </Alert>
      )}
      <Button onClick={onUse} loading={busy} disabled={!supported}>
        Use your passkey or security key
      </Button>
    </Stack>
  );
}

interface CodeStepProps {
  readonly label: string;
  readonly description: ReactNode;
  readonly numeric?: boolean;
  readonly busy: boolean;
  readonly onSubmit: (code: string) => void;
}

/** One code to type and confirm; a new form (empty) for each method. */
function CodeStep({ label, description, numeric = false, busy, onSubmit }: CodeStepProps) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim()) onSubmit(code);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={label}
          description={description}
          required
          autoFocus
          autoComplete={numeric ? 'one-time-code' : 'off'}
          inputMode={numeric ? 'numeric' : 'text'}
          maxLength={numeric ? 9 : 32}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          styles={{ input: { fontSize: '1.2rem', letterSpacing: numeric ? '0.2em' : '0.05em' } }}
        />
        <Group>
          <Button type="submit" loading={busy} disabled={!code.trim()}>
            Confirm
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
