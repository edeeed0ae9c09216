import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Enrolled, SecondFactorChallenge } from '@web/auth/browser-session';
import { useSession } from '@web/auth/session-context';
import { useExpired } from './challenge-clock';
import { FactorProblem } from './factor-problem';
import { createPasskey } from './passkey-ceremony';
import { PasskeySetup } from './passkey-setup';
import { RecoveryCodesOnce } from './recovery-codes-once';
import { BEGIN_PASSKEY_REGISTRATION, BEGIN_TOTP_ENROLMENT } from './second-factor-queries';
import { AUTHENTICATOR_APP_EXPLAINED, PASSKEY_EXPLAINED, WHY_SECOND_FACTOR } from './second-factor-words';
import { challengeIsOver } from './second-step';
import { type TotpSeed, TotpSetup } from './totp-setup';
import classes from './second-factor.module.css';

type Stage =
  | { readonly kind: 'choose' }
  | { readonly kind: 'passkey' }
  | { readonly kind: 'app'; readonly seed: TotpSeed }
  | { readonly kind: 'codes'; readonly enrolled: Enrolled; readonly done: string };

interface EnrolAtSignInProps {
  readonly challenge: SecondFactorChallenge;
  /** Whose account, for the recovery codes' file. */
  readonly email: string | null;
  readonly onStartAgain: (reason: string | null) => void;
}

/**
 * A person who must have a second factor and has none signs in only to add one: a passkey or security key, or an
 * authenticator app. The first one signs them in; the recovery codes are shown once before the portal opens.
 */
export function EnrolAtSignIn({ challenge, email, onStartAgain }: EnrolAtSignInProps) {
  const session = useSession();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const expired = useExpired(challenge.expiresAt);
  const [beginTotp] = useMutation(BEGIN_TOTP_ENROLMENT, { fetchPolicy: 'no-cache' });
  const [beginPasskey] = useMutation(BEGIN_PASSKEY_REGISTRATION, { fetchPolicy: 'no-cache' });
  const token = challenge.challengeToken;

  /** What to do with a refusal: a challenge that is over goes back to the start; anything else is shown. */
  const refused = (caught: unknown): never => {
    if (challengeIsOver(caught)) onStartAgain('The time to set up your second factor ran out. Sign in again.');
    throw caught;
  };

  const enrolled = (result: Enrolled, done: string) => {
    if (result.recoveryCodes.length === 0) result.session.enter();
    else setStage({ kind: 'codes', enrolled: result, done });
  };

  const chooseApp = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await beginTotp({ variables: { input: { challengeToken: token } } });
      if (data) setStage({ kind: 'app', seed: data.beginTotpEnrolment });
    } catch (caught) {
      if (challengeIsOver(caught)) onStartAgain('The time to set up your second factor ran out. Sign in again.');
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const addPasskey = async (name: string) => {
    try {
      const { data } = await beginPasskey({ variables: { input: { challengeToken: token } } });
      const response = await createPasskey(data?.beginPasskeyRegistration);
      enrolled(await session.enrolPasskey(token, name, response), 'Your passkey is set up.');
    } catch (caught) {
      refused(caught);
    }
  };

  const confirmApp = async (code: string) => {
    try {
      enrolled(await session.enrolAuthenticatorApp(token, code), 'Your authenticator app is set up.');
    } catch (caught) {
      refused(caught);
    }
  };

  if (stage.kind === 'codes')
    return (
      <RecoveryCodesOnce
        codes={stage.enrolled.recoveryCodes}
        account={email}
        headingOrder={1}
        continueLabel="Continue to Bulwark"
        done={stage.done}
        onDone={() => stage.enrolled.session.enter()}
      />
    );

  if (expired)
    return (
      <Stack gap="md">
        <Title order={1} size="h2">
          Sign in again
        </Title>
        <Alert color="blue" role="status">
          The time to set up your second factor ran out, for your safety. Sign in again to continue where you left off.
        </Alert>
        <Button onClick={() => onStartAgain(null)}>Start again</Button>
      </Stack>
    );

  const back = () => {
    setError(null);
    setStage({ kind: 'choose' });
  };

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Protect your account
      </Title>
      {stage.kind === 'choose' && (
        <>
          <Text size="sm">{WHY_SECOND_FACTOR}</Text>
          <Text size="sm">You do this once. Choose one way now; you can add the other later.</Text>
          <FactorProblem error={error} />
          <Stack gap="sm" className={classes['choice']}>
            <Group gap="xs">
              <Title order={2} size="h4">
                Passkey or security key
              </Title>
              <Badge color="#1b5e20" variant="filled">
                Recommended
              </Badge>
            </Group>
            <Text size="sm">{PASSKEY_EXPLAINED}</Text>
            <Group>
              <Button onClick={() => setStage({ kind: 'passkey' })}>Add a passkey or security key</Button>
            </Group>
          </Stack>
          <Stack gap="sm" className={classes['choice']}>
            <Title order={2} size="h4">
              Authenticator app
            </Title>
            <Text size="sm">{AUTHENTICATOR_APP_EXPLAINED}</Text>
            <Group>
              <Button variant="default" loading={busy} onClick={() => void chooseApp()}>
                Set up an authenticator app
              </Button>
            </Group>
          </Stack>
        </>
      )}
      {stage.kind === 'passkey' && (
        <>
          <Title order={2} size="h4">
            Add a passkey or security key
          </Title>
          <PasskeySetup onAdd={addPasskey} onCancel={back} cancelLabel="Choose another way" />
        </>
      )}
      {stage.kind === 'app' && (
        <>
          <Title order={2} size="h4">
            Set up an authenticator app
          </Title>
          <TotpSetup seed={stage.seed} onConfirm={confirmApp} onCancel={back} cancelLabel="Choose another way" />
        </>
      )}
      <Text size="xs" c="dimmed">
        Until you finish, you cannot open anything in Bulwark.{' '}
        <Anchor component="button" type="button" size="xs" onClick={() => onStartAgain(null)}>
          Cancel and go back
        </Anchor>
      </Text>
    </Stack>
  );
}
