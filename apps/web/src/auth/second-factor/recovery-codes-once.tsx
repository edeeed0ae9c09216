import { Alert, Button, Checkbox, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { downloadFile } from '@web/components/download-file';
import { RECOVERY_CODES_EXPLAINED, recoveryCodesFile } from './second-factor-words';
import classes from './second-factor.module.css';

interface RecoveryCodesOnceProps {
  readonly codes: readonly string[];
  /** Whose codes, written into the downloaded file. */
  readonly account: string | null;
  /** "Continue to Bulwark", "Done". */
  readonly continueLabel: string;
  readonly onDone: () => void;
  /** The heading's level where the panel sits. */
  readonly headingOrder?: 1 | 2 | 3;
  /** What was just done, said first: "Your passkey is set up." */
  readonly done?: string;
}

/**
 * The ten recovery codes, shown this once: copy, download as a text file, and confirm they are saved before going
 * on. They live only in this component's memory, never in the Apollo cache or storage.
 */
export function RecoveryCodesOnce({
  codes,
  account,
  continueLabel,
  onDone,
  headingOrder = 2,
  done,
}: RecoveryCodesOnceProps) {
  const [saved, setSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Wherever the panel appears, the reader (and their screen reader) is taken to it.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const text = codes.join('\n');
  return (
    <Stack gap="sm" role="region" aria-labelledby="recovery-codes-heading" data-testid="recovery-codes">
      {done && (
        <Text size="sm" fw={700} c="#1b5e20">
          ✓ {done}
        </Text>
      )}
      <Title order={headingOrder} size="h3" id="recovery-codes-heading" ref={heading} tabIndex={-1}>
        Save your recovery codes
      </Title>
      <Text size="sm">{RECOVERY_CODES_EXPLAINED}</Text>
      <Alert color="yellow" p="xs" styles={{ message: { color: '#6b4400' } }}>
        <Text size="sm" fw={700}>
          This is the only time Bulwark shows them.
        </Text>
      </Alert>
      <ol className={classes['codes']} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <Group gap="sm">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy} aria-live="polite">
              {copied ? 'Copied' : 'Copy the codes'}
            </Button>
          )}
        </CopyButton>
        <Button
          variant="default"
          onClick={() =>
            downloadFile(
              'bulwark-recovery-codes.txt',
              recoveryCodesFile(codes, account, new Date()),
              'text/plain;charset=utf-8',
            )
          }
        >
          Download as a text file
        </Button>
      </Group>
      <Checkbox
        checked={saved}
        onChange={(event) => setSaved(event.currentTarget.checked)}
        label="I have saved these codes somewhere safe"
      />
      <Group>
        <Button onClick={onDone} disabled={!saved}>
          {continueLabel}
        </Button>
      </Group>
    </Stack>
  );
}
