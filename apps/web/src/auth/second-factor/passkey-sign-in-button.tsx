import { useMutation } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '@web/auth/session-context';
import { FactorProblem } from './factor-problem';
import { passkeysSupported, proveWithPasskey } from './passkey-ceremony';
import { BEGIN_PASSKEY_SIGN_IN } from './second-factor-queries';

/**
 * Signing in with a passkey alone, no password: for members of organizations that allow it. The device offers the
 * passkeys it holds for Bulwark; the server refuses one whose organization does not allow it.
 */
export function PasskeySignInButton() {
  const session = useSession();
  const [begin] = useMutation(BEGIN_PASSKEY_SIGN_IN, { fetchPolicy: 'no-cache' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!passkeysSupported()) return null;

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await begin();
      if (!data) return;
      const { challengeToken, optionsJson } = data.beginPasskeySignIn;
      await session.signInWithPasskey(challengeToken, await proveWithPasskey(optionsJson));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <FactorProblem error={error} />
      <Button variant="subtle" size="sm" loading={busy} onClick={() => void signIn()}>
        Use a passkey instead of a password
      </Button>
    </Stack>
  );
}
