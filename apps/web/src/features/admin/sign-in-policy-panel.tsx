import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { ConfirmDialog } from './confirm-dialog';
import { SET_SIGN_IN_POLICY, SIGN_IN_POLICY } from './sign-in-security-queries';
import { usePendingAction } from './use-pending-action';
import classes from './admin.module.css';

/**
 * The organization's sign-in rules: a second factor for everyone (publishers and administrators always need one),
 * and whether a passkey alone may sign in. Requiring one signs out at once those who have none.
 */
export function SignInPolicyPanel() {
  const policy = useQuery(SIGN_IN_POLICY, { fetchPolicy: 'cache-and-network' });
  const [setPolicy] = useMutation(SET_SIGN_IN_POLICY);
  const [confirmRequire, setConfirmRequire] = useState(false);
  const action = usePendingAction();
  const organization = policy.data?.viewer.organization;
  if (!organization) return policy.error ? <ErrorNotice error={policy.error} /> : null;

  const change = (input: { requireSecondFactor?: boolean; allowPasswordless?: boolean }) =>
    setPolicy({ variables: { input: { organizationId: organization.id, ...input } } });

  return (
    <Stack gap="sm" component="section" aria-labelledby="sign-in-rules-heading" className={classes['panel']}>
      <Title order={2} size="h4" id="sign-in-rules-heading">
        Sign-in rules
      </Title>
      <Switch
        checked={organization.requireSecondFactor ?? false}
        disabled={action.busy}
        onChange={(event) => {
          if (event.currentTarget.checked) setConfirmRequire(true);
          else void action.run(() => change({ requireSecondFactor: false }));
        }}
        label="Require a second factor for everyone"
        description="Publishers and administrators always need one. With this on, every member must add a passkey, security key or authenticator app."
      />
      <Switch
        checked={organization.allowPasswordless ?? false}
        disabled={action.busy}
        onChange={(event) => {
          const allow = event.currentTarget.checked;
          void action.run(() => change({ allowPasswordless: allow }));
        }}
        label="Allow signing in with a passkey alone"
        description="Members with a passkey may sign in without typing their password: the passkey counts as both steps."
      />
      {action.error !== null && <ErrorNotice error={action.error} />}
      <Text size="xs" c="dimmed">
        Changes are recorded in the audit trail.
      </Text>
      <ConfirmDialog
        opened={confirmRequire}
        title="Require a second factor for everyone?"
        consequences={[
          `Every member of ${organization.name} must add a passkey, security key or authenticator app.`,
          'Members who have none are signed out at once, and must set one up at their next sign-in before they can read anything.',
        ]}
        confirmLabel="Require it"
        onConfirm={() => change({ requireSecondFactor: true })}
        onClose={() => setConfirmRequire(false)}
      />
    </Stack>
  );
}
