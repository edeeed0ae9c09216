import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FactorProblem } from './factor-problem';
import { passkeysSupported } from './passkey-ceremony';

const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bWindows\b/, 'Windows'],
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'Chromebook'],
  [/\bMac OS X\b|\bMacintosh\b/, 'Mac'],
  [/\bLinux\b/, 'Linux'],
];

/** A first name for a new passkey, changeable: "Passkey on Windows". */
export function suggestedPasskeyName(userAgent: string): string {
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return system ? `Passkey on ${system}` : 'My passkey';
}

interface PasskeySetupProps {
  /** Runs the whole ceremony (options, the device's prompt, verification); rejects with what went wrong. */
  readonly onAdd: (name: string) => Promise<void>;
  readonly onCancel?: () => void;
  readonly cancelLabel?: string;
}

/** Names a new passkey or security key, then asks the device for it. */
export function PasskeySetup({ onAdd, onCancel, cancelLabel }: PasskeySetupProps) {
  const [name, setName] = useState(() =>
    suggestedPasskeyName(typeof navigator === 'undefined' ? '' : navigator.userAgent),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const supported = passkeysSupported();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onAdd(name.trim());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {!supported && (
          <Alert color="yellow" styles={{ message: { color: '#6b4400' } }}>
            This browser cannot use passkeys. Open Bulwark in a current Edge, Chrome, Firefox or Safari, or set up an
            authenticator app instead.
          </Alert>
        )}
        <TextInput
          label="Name it"
          description="So you can tell your keys apart later, e.g. “Work laptop” or “Blue YubiKey”."
          required
          maxLength={60}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Text size="sm" c="dimmed">
          When you press the button, your browser asks you to use your fingerprint, face, device PIN, or to insert and
          touch your security key.
        </Text>
        <FactorProblem error={error} />
        <Group gap="sm">
          <Button type="submit" loading={busy} disabled={!supported || name.trim().length === 0}>
            Add the passkey or security key
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel}>
              {cancelLabel ?? 'Cancel'}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
