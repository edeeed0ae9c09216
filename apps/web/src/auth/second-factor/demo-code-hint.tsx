import { useQuery } from '@apollo/client/react';
import { Alert, Text } from '@mantine/core';
import type { SecondFactorMethod } from '@web/auth/browser-session';
import { graphql } from '@web/graphql/generated';
import { groupedCode } from './second-factor-words';
import classes from './second-factor.module.css';

export const DEMO_SIGN_IN_CODE = graphql(`
  query DemoSignInCode($challengeToken: String!) {
    demoSignInCode(challengeToken: $challengeToken)
  }
`);

/** A new code every 30 seconds: asked again well within that. */
const POLL_MS = 10_000;

/**
 * On a demo server only: the current code of the demo accounts' published authenticator app, so that anyone trying
 * Bulwark can sign in as a demo publisher. The API answers null everywhere else, and then nothing is shown.
 */
export function DemoCodeHint({ challengeToken, method }: { challengeToken: string; method: SecondFactorMethod }) {
  const { data } = useQuery(DEMO_SIGN_IN_CODE, {
    variables: { challengeToken },
    skip: method !== 'TOTP',
    fetchPolicy: 'no-cache',
    pollInterval: POLL_MS,
  });
  const code = method === 'TOTP' ? data?.demoSignInCode : null;
  if (!code) return null;
  return (
    <Alert
      color="violet"
      variant="light"
      title="Demo server"
      className={classes['demoHint']}
      data-testid="demo-hint"
      styles={{ title: { color: '#4c1d95' } }}
    >
      <Text size="sm">
        The code for this demo account is <code>{groupedCode(code)}</code>. A real server never shows it: the code comes
        from your own authenticator app.
      </Text>
    </Alert>
  );
}
