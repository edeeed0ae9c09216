import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { RowAction } from '@web/features/admin/row-action';
import type { MySessionsQuery } from '@web/graphql/generated/graphql';
import { END_OTHER_SESSIONS, END_SESSION, MY_SESSIONS } from './account-queries';
import { signInWords } from './session-words';
import classes from './account.module.css';

type ActiveSession = MySessionsQuery['mySessions'][number];

/** For the row's button name: two sessions of the same browser differ by when they started. */
const STARTED = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Where the person is signed in, and the means to end any of those sessions but this one. */
export function SessionsSection() {
  const sessions = useQuery(MY_SESSIONS, { fetchPolicy: 'cache-and-network' });
  const [endOne] = useMutation(END_SESSION);
  const [endOthers] = useMutation(END_OTHER_SESSIONS);
  const [ending, setEnding] = useState<ActiveSession | null>(null);
  const [endingOthers, setEndingOthers] = useState(false);
  const list = sessions.data?.mySessions ?? [];
  const others = list.filter((session) => !session.current);
  const refetch = () => sessions.refetch().catch(() => undefined);

  return (
    <Stack gap="sm" component="section" aria-labelledby="sessions-heading" className={classes['section']}>
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h3" id="sessions-heading">
          Where you are signed in
        </Title>
        {others.length > 0 && (
          <Button variant="default" color="red" onClick={() => setEndingOthers(true)}>
            Sign out everywhere else
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Each browser or device you signed in from. If you do not recognise one, sign it out and change your password.
      </Text>
      {sessions.error && <ErrorNotice error={sessions.error} onRetry={() => void refetch()} />}
      {!sessions.data && sessions.loading && <LoadingState label="Loading your sessions…" />}
      {list.length > 0 && (
        <ul className={classes['list']} aria-label="Your sessions">
          {list.map((session) => (
            <SessionRow key={session.id} session={session} onEnd={() => setEnding(session)} />
          ))}
        </ul>
      )}
      {ending && (
        <ConfirmDialog
          opened
          title={`Sign out ${ending.device}?`}
          consequences={[
            'That browser or device is signed out at once, and its live feed stops. Whoever uses it must sign in again.',
          ]}
          confirmLabel="Sign it out"
          danger
          onConfirm={async () => {
            await endOne({ variables: { input: { id: ending.id } } });
            await refetch();
          }}
          onClose={() => setEnding(null)}
        />
      )}
      <ConfirmDialog
        opened={endingOthers}
        title="Sign out everywhere else?"
        consequences={[`Every other session (${others.length}) is signed out at once. You stay signed in here.`]}
        confirmLabel="Sign out the others"
        danger
        onConfirm={async () => {
          await endOthers();
          await refetch();
        }}
        onClose={() => setEndingOthers(false)}
      />
    </Stack>
  );
}

function SessionRow({ session, onEnd }: { session: ActiveSession; onEnd: () => void }) {
  return (
    <li
      className={classes['row']}
      data-current={session.current}
      aria-label={session.current ? `${session.device} (this device)` : session.device}
    >
      <div className={classes['cell']}>
        <Group gap="xs">
          <span className={classes['name']}>{session.device}</span>
          {session.current && (
            <Badge color="blue.9" variant="filled">
              This device
            </Badge>
          )}
        </Group>
        <span className={classes['muted']}>
          {signInWords(session.signInMethod, session.secondFactor)}
          {session.ipAddress ? ` · from ${session.ipAddress}` : ''}
        </span>
        <span className={classes['muted']}>
          Signed in <DateTime value={session.startedAt} /> · last active <DateTime value={session.lastUsedAt} />
        </span>
      </div>
      <div className={classes['actions']}>
        {session.current ? (
          <Text size="sm" c="dimmed">
            Use “Sign out” at the top to end this one.
          </Text>
        ) : (
          <RowAction
            label={`Sign out ${session.device}, signed in ${STARTED.format(new Date(session.startedAt))}`}
            onClick={onEnd}
          >
            Sign out
          </RowAction>
        )}
      </div>
    </li>
  );
}
