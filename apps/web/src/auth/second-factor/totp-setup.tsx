import { Anchor, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { FactorProblem } from './factor-problem';
import { groupedSecret, normalisedCode } from './second-factor-words';
import classes from './second-factor.module.css';

/** What the API gives to set an app up: the seed, in text and as a QR code (an SVG document). */
export interface TotpSeed {
  readonly secret: string;
  /** The otpauth:// address the QR code holds: opens the app on the device that has it. */
  readonly otpauthUri: string;
  readonly qrCodeSvg: string;
}

interface TotpSetupProps {
  readonly seed: TotpSeed;
  /** Confirms with the app's first code; rejects with the API's refusal (a wrong code, an expired sign-in). */
  readonly onConfirm: (code: string) => Promise<void>;
  readonly onCancel: () => void;
  readonly cancelLabel: string;
}

/**
 * Sets up an authenticator app: scan the QR code (or type the key), then prove it works with the first code. The QR
 * code is shown as an image from a data: address, so the server's SVG is drawn, never run.
 */
export function TotpSetup({ seed, onConfirm, onCancel, cancelLabel }: TotpSetupProps) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onConfirm(normalisedCode(code));
    } catch (caught) {
      setError(caught);
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          Step 1: In your authenticator app, choose to add an account, and scan this QR code with it.
        </Text>
        <img
          className={classes['qr']}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(seed.qrCodeSvg)}`}
          alt="QR code to scan with your authenticator app"
          width={200}
          height={200}
        />
        <Text size="sm">
          Is the app on this phone or computer?{' '}
          <Anchor href={seed.otpauthUri} size="sm">
            Add Bulwark to the app here
          </Anchor>
          .
        </Text>
        <Stack gap={4}>
          <Text size="sm">
            Or choose “enter a setup key” in the app, name the account “Bulwark”, choose “time-based” if asked, and type
            this key (the spaces do not matter):
          </Text>
          <Group gap="sm" wrap="nowrap" align="center">
            <code className={classes['secret']} data-testid="totp-secret" aria-label="Setup key">
              {groupedSecret(seed.secret)}
            </code>
            <CopyButton value={seed.secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy} aria-live="polite" style={{ flexShrink: 0 }}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
        <Text size="sm" fw={600}>
          Step 2: Type the 6-digit code the app now shows for Bulwark.
        </Text>
        <FactorProblem error={error} />
        <TextInput
          label="6-digit code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={9}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          styles={{ input: { fontSize: '1.2rem', letterSpacing: '0.2em', maxWidth: '12rem' } }}
        />
        <Group gap="sm">
          <Button type="submit" loading={busy} disabled={normalisedCode(code).length < 6}>
            Confirm the code
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
