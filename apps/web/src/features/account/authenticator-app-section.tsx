import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { BEGIN_TOTP_ENROLMENT, CONFIRM_TOTP_ENROLMENT } from '@web/auth/second-factor/second-factor-queries';
import { AUTHENTICATOR_APP_EXPLAINED } from '@web/auth/second-factor/second-factor-words';
import { type TotpSeed, TotpSetup } from '@web/auth/second-factor/totp-setup';
import { ErrorNotice } from '@web/components/error-notice';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { Dialog } from '@web/features/admin/dialog';
import { StatusTag } from '@web/features/admin/status-tag';
import { usePendingAction } from '@web/features/admin/use-pending-action';
import { REMOVE_TOTP } from './account-queries';

interface AuthenticatorAppSectionProps {
  readonly enrolled: boolean;
  readonly lastFactorWarning: boolean;
  readonly onChanged: () => Promise<unknown>;
  readonly onRecoveryCodes: (codes: readonly string[]) => void;
}

export function AuthenticatorAppSection({
  enrolled,
  lastFactorWarning,
  onChanged,
  onRecoveryCodes,
}: AuthenticatorAppSectionProps) {
  const [seed, setSeed] = useState<TotpSeed | null>(null);
  const [removing, setRemoving] = useState(false);
  const [begin] = useMutation(BEGIN_TOTP_ENROLMENT, { fetchPolicy: 'no-cache' });
  const [confirm] = useMutation(CONFIRM_TOTP_ENROLMENT, { fetchPolicy: 'no-cache' });
  const [remove] = useMutation(REMOVE_TOTP);
  const starting = usePendingAction();

  const start = () =>
    starting.run(async () => {
      const { data } = await begin({ variables: {} });
      if (data) setSeed(data.beginTotpEnrolment);
    });

  const confirmCode = async (code: string) => {
    const { data } = await confirm({ variables: { input: { code } } });
    setSeed(null);
    const codes = data?.confirmTotpEnrolment.recoveryCodes ?? [];
    if (codes.length) onRecoveryCodes(codes);
    await onChanged();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="app-heading">
      <Group gap="sm">
        <Title order={3} size="h4" id="app-heading">
          Authenticator app
        </Title>
        {enrolled ? <StatusTag>On</StatusTag> : <StatusTag tone="off">Off</StatusTag>}
      </Group>
      <Text size="sm" c="dimmed">
        {AUTHENTICATOR_APP_EXPLAINED}
      </Text>
      {starting.error !== null && <ErrorNotice error={starting.error} />}
      <Group>
        {enrolled ? (
          <Button variant="default" color="red" onClick={() => setRemoving(true)}>
            Remove the authenticator app
          </Button>
        ) : (
          <Button variant="default" loading={starting.busy} onClick={() => void start()}>
            Set up an authenticator app
          </Button>
        )}
      </Group>

      {seed && (
        <Dialog title="Set up an authenticator app" onClose={() => setSeed(null)}>
          <TotpSetup seed={seed} onConfirm={confirmCode} onCancel={() => setSeed(null)} cancelLabel="Cancel" />
        </Dialog>
      )}
      <ConfirmDialog
        opened={removing}
        title="Remove the authenticator app?"
        consequences={[
          'Its codes will no longer sign you in. Remove the Bulwark entry from the app afterwards.',
          ...(lastFactorWarning
            ? ['It is your only second factor, and your account needs one: add a passkey first, or Bulwark refuses.']
            : []),
        ]}
        confirmLabel="Remove"
        danger
        onConfirm={async () => {
          await remove();
          await onChanged();
        }}
        onClose={() => setRemoving(false)}
      />
    </Stack>
  );
}
