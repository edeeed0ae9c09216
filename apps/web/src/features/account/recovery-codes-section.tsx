import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { RECOVERY_CODES_EXPLAINED } from '@web/auth/second-factor/second-factor-words';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { REGENERATE_RECOVERY_CODES } from './account-queries';

/** Three or fewer left: time to make new ones before they run out. */
const FEW = 3;

interface RecoveryCodesSectionProps {
  readonly left: number;
  /** Without a passkey or an app, recovery codes back up nothing: the API refuses them. */
  readonly hasFactor: boolean;
  readonly onChanged: () => Promise<unknown>;
  readonly onRecoveryCodes: (codes: readonly string[]) => void;
}

export function RecoveryCodesSection({ left, hasFactor, onChanged, onRecoveryCodes }: RecoveryCodesSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const [regenerate] = useMutation(REGENERATE_RECOVERY_CODES, { fetchPolicy: 'no-cache' });
  return (
    <Stack gap="sm" component="section" aria-labelledby="codes-heading">
      <Title order={3} size="h4" id="codes-heading">
        Recovery codes
      </Title>
      <Text size="sm" c="dimmed">
        {RECOVERY_CODES_EXPLAINED}
      </Text>
      {hasFactor && (
        <Text size="sm" fw={left <= FEW ? 700 : 400} c={left <= FEW ? '#9b1c1c' : undefined} data-testid="codes-left">
          {left === 0
            ? 'You have no unused recovery codes left. Make new ones.'
            : `${left} unused ${left === 1 ? 'code' : 'codes'} left.${left <= FEW ? ' Make new ones soon.' : ''}`}
        </Text>
      )}
      {hasFactor ? (
        <Group>
          <Button variant="default" onClick={() => setConfirming(true)}>
            Make new recovery codes
          </Button>
        </Group>
      ) : (
        <Text size="sm">You get recovery codes when you add your first passkey or authenticator app.</Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title="Make new recovery codes?"
        consequences={['You get ten new codes, shown once. Every code you saved before stops working at once.']}
        confirmLabel="Make new codes"
        onConfirm={async () => {
          const { data } = await regenerate();
          if (data) onRecoveryCodes(data.regenerateRecoveryCodes);
          await onChanged();
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
