import { Alert, Button, CopyButton, Group, Stack, Text } from '@mantine/core';
import classes from './admin.module.css';

/** A secret to show once, and what it is for. */
export interface ShownSecret {
  /** "API key for Fulton's CAD system": what the secret is for. */
  readonly title: string;
  readonly secret: string;
}

interface SecretOnceProps extends ShownSecret {
  /** What to do with it: "Send it as the X-Api-Key header." */
  readonly instructions: string;
  /** Hides it for good: the page keeps it nowhere else. */
  readonly onDone: () => void;
}

/**
 * A secret the API shows once (an API key, a webhook's signing secret, a temporary password). It lives only in the
 * page's memory, never in the Apollo cache or storage: gone after this panel is closed or the page reloaded.
 */
export function SecretOnce({ title, secret, instructions, onDone }: SecretOnceProps) {
  return (
    <Alert
      color="yellow"
      title={title}
      role="region"
      aria-label={title}
      data-testid="secret-once"
      styles={{ title: { color: '#6b4400' } }}
    >
      <Stack gap="xs">
        <Text size="sm" fw={700}>
          Copy it now: you will not see it again.
        </Text>
        <code data-testid="secret-value" className={classes['secret']}>
          {secret}
        </code>
        <Text size="sm">{instructions}</Text>
        <Group gap="sm">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button onClick={copy} color={copied ? 'teal' : 'dark'} aria-live="polite">
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            I have stored it: hide it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
