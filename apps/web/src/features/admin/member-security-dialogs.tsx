import { useMutation } from '@apollo/client/react';
import type { AdminUserFieldsFragment } from '@web/graphql/generated/graphql';
import { ConfirmDialog } from './confirm-dialog';
import { END_USER_SESSIONS, RESET_SECOND_FACTORS } from './sign-in-security-queries';

export interface MemberSecurityAction {
  readonly kind: 'reset' | 'end-sessions';
  readonly person: Pick<AdminUserFieldsFragment, 'id' | 'displayName'>;
}

interface MemberSecurityDialogProps {
  readonly action: MemberSecurityAction;
  /** What was done, in a sentence for the page to show. */
  readonly onDone: (message: string) => void;
  readonly onClose: () => void;
}

/** An administrator's two sign-in actions on a member: reset their second factors, or sign them out everywhere. */
export function MemberSecurityDialog({ action, onDone, onClose }: MemberSecurityDialogProps) {
  const [reset] = useMutation(RESET_SECOND_FACTORS);
  const [endSessions] = useMutation(END_USER_SESSIONS);
  const { person } = action;
  const input = { userId: person.id };

  if (action.kind === 'reset')
    return (
      <ConfirmDialog
        opened
        title={`Reset the second factors of ${person.displayName}?`}
        consequences={[
          'Their passkeys, security keys, authenticator app and recovery codes stop working, and they are signed out everywhere.',
          'They must set up a new second factor at their next sign-in, before they can read anything.',
          'Do this only once you are sure it is really them asking (call them back, or see them in person): someone who lost their phone, not someone who knows their password.',
        ]}
        confirmLabel="Reset second factors"
        danger
        onConfirm={async () => {
          await reset({ variables: { input } });
          onDone(
            `${person.displayName}'s second factors are reset and they are signed out. They set up a new one at their next sign-in.`,
          );
        }}
        onClose={onClose}
      />
    );

  return (
    <ConfirmDialog
      opened
      title={`End the sessions of ${person.displayName}?`}
      consequences={[
        'They are signed out at once on every device, and their open live feeds stop. They can sign in again.',
      ]}
      confirmLabel="End sessions"
      danger
      onConfirm={async () => {
        const { data } = await endSessions({ variables: { input } });
        const count = data?.endUserSessions ?? 0;
        onDone(
          count === 0
            ? `${person.displayName} had no open session.`
            : `${count} ${count === 1 ? 'session' : 'sessions'} of ${person.displayName} ended.`,
        );
      }}
      onClose={onClose}
    />
  );
}
