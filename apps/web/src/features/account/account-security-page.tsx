import { useQuery } from '@apollo/client/react';
import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { RecoveryCodesOnce } from '@web/auth/second-factor/recovery-codes-once';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import { MY_SECOND_FACTORS } from './account-queries';
import { AuthenticatorAppSection } from './authenticator-app-section';
import { PasskeysSection } from './passkeys-section';
import { RecoveryCodesSection } from './recovery-codes-section';
import { AccountTabs } from './account-tabs';
import { SessionsSection } from './sessions-section';
import classes from './account.module.css';

interface NewCodes {
  readonly codes: readonly string[];
  /** What brought them: "Your passkey is added." */
  readonly done: string;
}

/** The signed-in person's own sign-in security: their second factors, recovery codes, and sessions. */
export function AccountSecurityPage() {
  useDocumentTitle('Account security');
  const viewer = useViewer().data?.viewer;
  const factors = useQuery(MY_SECOND_FACTORS, { fetchPolicy: 'cache-and-network' });
  // Shown once, then gone: kept in this page's memory only.
  const [newCodes, setNewCodes] = useState<NewCodes | null>(null);
  const showCodes = (done: string) => (codes: readonly string[]) => setNewCodes({ codes, done });
  const status = factors.data?.mySecondFactors;
  const refetch = () => factors.refetch().catch(() => undefined);
  const factorCount = status ? status.passkeys.length + (status.totp ? 1 : 0) : 0;
  const lastFactorWarning = Boolean(status?.required) && factorCount === 1;

  return (
    <Stack gap="lg" className={classes['page']}>
      <AccountTabs />
      <Stack gap={4}>
        <Title order={1}>Account security</Title>
        <Text c="dimmed" size="sm">
          How you sign in to Bulwark{viewer?.user ? ` as ${viewer.user.email}` : ''}, and where you are signed in.
        </Text>
      </Stack>
      {newCodes && (
        <Paper withBorder p="md" radius="md" bg="yellow.0">
          <RecoveryCodesOnce
            codes={newCodes.codes}
            done={newCodes.done}
            account={viewer?.user?.email ?? null}
            continueLabel="Done: hide the codes"
            onDone={() => setNewCodes(null)}
          />
        </Paper>
      )}
      <Stack gap="md" component="section" aria-labelledby="factors-heading" className={classes['section']}>
        <Title order={2} size="h3" id="factors-heading">
          Second factor
        </Title>
        <Text size="sm">
          Besides your password, something you have: a passkey, a security key or an authenticator app. Then a stolen
          password alone cannot open your account.
        </Text>
        {status?.required && factorCount === 0 && (
          <Alert color="yellow" styles={{ message: { color: '#6b4400' } }}>
            Your account needs a second factor. Add one now.
          </Alert>
        )}
        {status?.required && factorCount > 0 && (
          <Text size="sm" c="dimmed">
            Your role or your organization requires a second factor, so you cannot remove the last one. Two are safer
            than one: if you lose one, the other still signs you in.
          </Text>
        )}
        {factors.error && <ErrorNotice error={factors.error} onRetry={() => void refetch()} />}
        {!status && factors.loading && <LoadingState label="Loading your second factors…" />}
        {status && (
          <>
            <PasskeysSection
              passkeys={status.passkeys}
              lastFactorWarning={lastFactorWarning}
              onChanged={refetch}
              onRecoveryCodes={showCodes('Your passkey is added.')}
            />
            <AuthenticatorAppSection
              enrolled={status.totp}
              lastFactorWarning={lastFactorWarning}
              onChanged={refetch}
              onRecoveryCodes={showCodes('Your authenticator app is set up.')}
            />
            <RecoveryCodesSection
              left={status.recoveryCodesLeft}
              hasFactor={factorCount > 0}
              onChanged={refetch}
              onRecoveryCodes={showCodes(
                'Your new recovery codes are ready: the ones you saved before no longer work.',
              )}
            />
          </>
        )}
      </Stack>
      <SessionsSection />
    </Stack>
  );
}
