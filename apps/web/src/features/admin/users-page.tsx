import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ROLE_LABELS } from '@web/auth/permissions';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import type { AdminUserFieldsFragment } from '@web/graphql/generated/graphql';
import { ConfirmDialog } from './confirm-dialog';
import { SecretOnce } from './secret-once';
import { temporaryPassword } from './temporary-password';
import { UserForm, type UserFormValues } from './user-form';
import { ADMIN_CONTEXT, CREATE_USER, DEACTIVATE_USER, REACTIVATE_USER, UPDATE_USER, USERS } from './admin-queries';
import { type MemberSecurityAction, MemberSecurityDialog } from './member-security-dialogs';
import { SignInPolicyPanel } from './sign-in-policy-panel';
import { Pager } from './pager';
import { RowAction } from './row-action';
import { StatusTag } from './status-tag';
import { useCursorPages } from './use-pages';
import classes from './admin.module.css';

type Person = AdminUserFieldsFragment;
type Status = 'active' | 'deactivated' | 'all';

const PAGE_SIZE = 20;
const STATUS_FILTER: Record<Status, boolean | undefined> = { active: true, deactivated: false, all: undefined };

const NEW_PERSON: UserFormValues = { displayName: '', email: '', roles: ['VIEWER'], clearance: 'GREEN' };

interface Created {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** Organization administrators: the organization's people, their roles and clearances (R6), and their access (R8). */
export function UsersPage() {
  useDocumentTitle('Users');
  const context = useQuery(ADMIN_CONTEXT, { fetchPolicy: 'cache-and-network' });
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<Status>('active');
  const pages = useCursorPages();
  const filter = { active: STATUS_FILTER[status], ...(debouncedSearch ? { search: debouncedSearch } : {}) };
  const list = useQuery(USERS, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const [createUser] = useMutation(CREATE_USER);
  const [updateUser] = useMutation(UPDATE_USER);
  const [deactivateUser] = useMutation(DEACTIVATE_USER);
  const [reactivateUser] = useMutation(REACTIVATE_USER);

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [switching, setSwitching] = useState<Person | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [securing, setSecuring] = useState<MemberSecurityAction | null>(null);
  const [securityNotice, setSecurityNotice] = useState<string | null>(null);

  const viewer = context.data?.viewer;
  const organization = viewer?.organization;
  const people = list.data?.users.edges.map((edge) => edge.node) ?? [];
  const refetch = () => list.refetch().catch(() => undefined);

  const create = async (values: UserFormValues) => {
    const password = temporaryPassword();
    await createUser({ variables: { input: { ...values, initialPassword: password } } });
    setCreated({ name: values.displayName, email: values.email, password });
    await refetch();
  };

  const update = async (person: Person, values: UserFormValues) => {
    const sameRoles = [...values.roles].sort().join() === [...person.roles].sort().join();
    await updateUser({
      variables: {
        input: {
          id: person.id,
          ...(values.displayName !== person.displayName && { displayName: values.displayName }),
          ...(!sameRoles && { roles: values.roles }),
          ...(values.clearance !== person.clearance && { clearance: values.clearance }),
        },
      },
    });
    await refetch();
  };

  const switchActive = async (person: Person) => {
    const input = { id: person.id };
    await (person.active ? deactivateUser({ variables: { input } }) : reactivateUser({ variables: { input } }));
    await refetch();
  };

  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>Users</Title>
        <Button onClick={() => setCreating(true)} disabled={!organization}>
          Add a person
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {organization
          ? `The people of ${organization.name}: what they may do, and the highest tier each may read.`
          : 'The people of your organization.'}
      </Text>
      {context.error && <ErrorNotice error={context.error} />}
      <SignInPolicyPanel />
      {securityNotice && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel="Hide"
          onClose={() => setSecurityNotice(null)}
        >
          {securityNotice}
        </Alert>
      )}
      {created && (
        <SecretOnce
          title={`Temporary password for ${created.name}`}
          secret={created.password}
          instructions={`Bulwark sends no invitation email. Give this password to ${created.name} yourself, by phone or in person, and not in the same message as their sign-in address (${created.email}). It stays their password until they change it; Bulwark keeps only a fingerprint of it.`}
          onDone={() => setCreated(null)}
        />
      )}
      <div className={classes['filters']}>
        <TextInput
          label="Search"
          placeholder="Name or email"
          value={search}
          maxLength={100}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            pages.reset();
          }}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="user-status-label">
            Show
          </Text>
          <SegmentedControl
            aria-labelledby="user-status-label"
            value={status}
            onChange={(value) => {
              setStatus(value as Status);
              pages.reset();
            }}
            data={[
              { value: 'active', label: 'Active' },
              { value: 'deactivated', label: 'Deactivated' },
              { value: 'all', label: 'All' },
            ]}
          />
        </div>
      </div>
      {list.error && <ErrorNotice error={list.error} onRetry={() => void refetch()} />}
      {!list.data && list.loading && <LoadingState label="Loading users…" />}
      {list.data && people.length === 0 && <Text>No one matches.</Text>}
      {people.length > 0 && (
        <ul className={classes['list']} aria-label="Users">
          {people.map((person) => (
            <PersonRow
              key={person.id}
              person={person}
              isSelf={person.id === viewer?.user?.id}
              onEdit={() => setEditing(person)}
              onSwitch={() => setSwitching(person)}
              onSecure={(kind) => setSecuring({ kind, person })}
            />
          ))}
        </ul>
      )}
      {list.data && <Pager pages={pages} page={list.data.users} pageSize={PAGE_SIZE} noun="users" />}

      {organization && creating && (
        <UserForm
          title="Add a person"
          submitLabel="Create the account"
          initial={NEW_PERSON}
          emailFixed={false}
          organization={organization}
          onSubmit={create}
          onClose={() => setCreating(false)}
        />
      )}
      {organization && editing && (
        <UserForm
          title={`Change ${editing.displayName}`}
          submitLabel="Save the changes"
          initial={{
            displayName: editing.displayName,
            email: editing.email,
            roles: [...editing.roles],
            clearance: editing.clearance,
          }}
          emailFixed
          organization={organization}
          onSubmit={(values) => update(editing, values)}
          onClose={() => setEditing(null)}
        />
      )}
      {securing && (
        <MemberSecurityDialog action={securing} onDone={setSecurityNotice} onClose={() => setSecuring(null)} />
      )}
      {switching && (
        <ConfirmDialog
          opened
          title={switching.active ? `Deactivate ${switching.displayName}?` : `Reactivate ${switching.displayName}?`}
          consequences={
            switching.active
              ? [
                  'They are signed out at once, on every device: their sessions end and their open live feeds stop.',
                  'From now on they can read nothing beyond TLP:CLEAR and cannot sign in.',
                  'Their account and its history stay. You can reactivate it later.',
                ]
              : ['They can sign in again with their existing password, with the same roles and clearance as before.']
          }
          confirmLabel={switching.active ? 'Deactivate' : 'Reactivate'}
          danger={switching.active}
          onConfirm={() => switchActive(switching)}
          onClose={() => setSwitching(null)}
        />
      )}
    </Stack>
  );
}

function PersonRow({
  person,
  isSelf,
  onEdit,
  onSwitch,
  onSecure,
}: {
  person: Person;
  isSelf: boolean;
  onEdit: () => void;
  onSwitch: () => void;
  onSecure: (kind: MemberSecurityAction['kind']) => void;
}) {
  const locked = person.lockedUntil !== null;
  return (
    <li className={classes['row']} data-inactive={!person.active} aria-label={person.displayName}>
      <div className={classes['cell']}>
        <span className={classes['name']}>
          {person.displayName}
          {isSelf && ' (you)'}
        </span>
        <span className={classes['muted']}>{person.email}</span>
      </div>
      <div className={classes['cell']}>
        <div className={classes['facts']}>
          <PersonStatus active={person.active} locked={locked} />
          <span>{person.roles.map((role) => ROLE_LABELS[role]).join(', ')}</span>
        </div>
        <div className={classes['facts']}>
          <span className={classes['muted']}>Clearance</span> <TlpBadge tier={person.clearance} />
          <span className={classes['muted']}>
            {person.lastSignInAt ? (
              <>
                Last signed in <DateTime value={person.lastSignInAt} />
              </>
            ) : (
              'Has not signed in yet'
            )}
          </span>
        </div>
      </div>
      <div className={classes['actions']}>
        {isSelf ? (
          <Text size="sm" c="dimmed">
            Another administrator changes your own access.
          </Text>
        ) : (
          <>
            <RowAction label={`Change ${person.displayName}`} onClick={onEdit}>
              Change
            </RowAction>
            <RowAction
              label={`${person.active ? 'Deactivate' : 'Reactivate'} ${person.displayName}`}
              color={person.active ? 'red' : undefined}
              onClick={onSwitch}
            >
              {person.active ? 'Deactivate' : 'Reactivate'}
            </RowAction>
            <RowAction label={`Reset the second factors of ${person.displayName}`} onClick={() => onSecure('reset')}>
              Reset second factors
            </RowAction>
            {person.active && (
              <RowAction label={`End the sessions of ${person.displayName}`} onClick={() => onSecure('end-sessions')}>
                End sessions
              </RowAction>
            )}
          </>
        )}
      </div>
    </li>
  );
}

function PersonStatus({ active, locked }: { active: boolean; locked: boolean }) {
  if (!active) return <StatusTag tone="off">Deactivated</StatusTag>;
  if (locked)
    return (
      <StatusTag tone="wait" title="Locked for a while after repeated failed sign-ins">
        Locked
      </StatusTag>
    );
  return <StatusTag>Active</StatusTag>;
}
