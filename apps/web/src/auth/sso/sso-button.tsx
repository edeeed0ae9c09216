import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SINGLE_SIGN_ON } from './sso-queries';

/** Asked only for what looks like a whole address: one question per typed email, not per keystroke. */
const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

/**
 * "Sign in through <organization>" under the email, when the typed address belongs to an organization that signs
 * its members in through its own identity provider. The button leaves for the provider (a full-page navigation).
 */
export function SsoButton({ email }: { email: string }) {
  const [typed] = useDebouncedValue(email.trim(), 400);
  const { data } = useQuery(SINGLE_SIGN_ON, {
    variables: { email: typed },
    skip: !LOOKS_LIKE_EMAIL.test(typed),
    fetchPolicy: 'cache-first',
  });
  const options = LOOKS_LIKE_EMAIL.test(typed) ? (data?.singleSignOn ?? []) : [];
  if (options.length === 0) return null;
  return (
    <Stack gap={6} role="group" aria-label="Single sign-on">
      {options.map((option) => (
        <Button key={option.organizationId} component="a" href={option.startUrl} variant="light" color="blue.9">
          Sign in through {option.organizationName}
        </Button>
      ))}
      <Text size="xs" c="dimmed">
        Your organization signs you in with its own account and password: you go to its sign-in page, then come back
        here. Or type your Bulwark password below.
      </Text>
    </Stack>
  );
}
