import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ROLE_LABELS } from '@web/auth/permissions';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import type { AdminApiKeyFieldsFragment, Role, Tier } from '@web/graphql/generated/graphql';
import { ADMIN_CONTEXT, API_KEYS, CREATE_API_KEY, REVOKE_API_KEY, ROTATE_API_KEY } from './admin-queries';
import { overlapInWords, vettingCap } from './admin-words';
import { ClearanceField } from './clearance-field';
import { ConfirmDialog } from './confirm-dialog';
import { FormDialog } from './form-dialog';
import { OverlapRotateDialog } from './overlap-rotate-dialog';
import { Pager } from './pager';
import { RowAction } from './row-action';
import { SecretOnce, type ShownSecret } from './secret-once';
import { StatusTag } from './status-tag';
import { TaxiiConnection } from './taxii-connection';
import { useDialogForm } from './use-dialog-form';
import { useCursorPages } from './use-pages';
import classes from './admin.module.css';

type ApiKey = AdminApiKeyFieldsFragment;

const PAGE_SIZE = 20;
const DAY_MS = 24 * 3600 * 1000;
const LIFETIMES = [
  { value: '', label: 'Never (until revoked)' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In one year' },
];

/** Partner systems' keys: created and rotated with the secret shown once, revoked at once (R8). */
export function ApiKeysPage() {
  useDocumentTitle('API keys');
  const context = useQuery(ADMIN_CONTEXT, { fetchPolicy: 'cache-and-network' });
  const pages = useCursorPages();
  const list = useQuery(API_KEYS, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  // The secrets are answers to these mutations only: kept out of Apollo's cache, held in this page's state alone.
  const [createApiKey] = useMutation(CREATE_API_KEY, { fetchPolicy: 'no-cache' });
  const [rotateApiKey] = useMutation(ROTATE_API_KEY, { fetchPolicy: 'no-cache' });
  const [revokeApiKey] = useMutation(REVOKE_API_KEY);
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<ApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [shown, setShown] = useState<ShownSecret | null>(null);

  const organization = context.data?.viewer.organization;
  const keys = list.data?.apiKeys.edges.map((edge) => edge.node) ?? [];
  const refetch = () => list.refetch().catch(() => undefined);

  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>API keys</Title>
        <Button onClick={() => setCreating(true)} disabled={!organization}>
          Create an API key
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        Keys let your organization&apos;s own systems read bulletins through the API, each with its own clearance. A
        key&apos;s secret is shown once, when it is created or rotated.
      </Text>
      {context.error && <ErrorNotice error={context.error} />}
      {shown && (
        <SecretOnce
          {...shown}
          instructions="Bulwark keeps only a fingerprint of it. Your system sends it in the X-Api-Key header of each request (a TAXII client: as the Basic password): store it in that system's secret store, never in email or chat."
          onDone={() => setShown(null)}
        />
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={() => void refetch()} />}
      {!list.data && list.loading && <LoadingState label="Loading API keys…" />}
      {list.data && keys.length === 0 && <Text>No API keys yet.</Text>}
      {keys.length > 0 && (
        <ul className={classes['list']} aria-label="API keys">
          {keys.map((key) => (
            <li key={key.id} className={classes['row']} data-inactive={!key.active} aria-label={key.name}>
              <div className={classes['cell']}>
                <span className={classes['name']}>{key.name}</span>
                <span className={classes['muted']}>
                  bwk_{key.prefix}_… · {key.roles.map((role) => ROLE_LABELS[role]).join(', ')}
                </span>
              </div>
              <div className={classes['cell']}>
                <div className={classes['facts']}>
                  <KeyStatus apiKey={key} />
                  <span className={classes['muted']}>Clearance</span> <TlpBadge tier={key.clearance} />
                </div>
                <div className={classes['facts']}>
                  <span className={classes['muted']}>
                    Created <DateTime value={key.createdAt} />
                  </span>
                  <span className={classes['muted']}>
                    {key.lastUsedAt ? (
                      <>
                        Last used <DateTime value={key.lastUsedAt} />
                      </>
                    ) : (
                      'Never used'
                    )}
                  </span>
                  {key.expiresAt && !key.revokedAt && (
                    <span className={classes['muted']}>
                      {key.active ? 'Expires' : 'Expired'} <DateTime value={key.expiresAt} />
                    </span>
                  )}
                </div>
              </div>
              <div className={classes['actions']}>
                {key.active && (
                  <>
                    <RowAction label={`Rotate ${key.name}`} onClick={() => setRotating(key)}>
                      Rotate
                    </RowAction>
                    <RowAction label={`Revoke ${key.name}`} onClick={() => setRevoking(key)}>
                      Revoke
                    </RowAction>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.data && <Pager pages={pages} page={list.data.apiKeys} pageSize={PAGE_SIZE} noun="keys" />}
      <TaxiiConnection />

      {organization && creating && (
        <CreateKeyForm
          organization={organization}
          onClose={() => setCreating(false)}
          onSubmit={async (input) => {
            const { data } = await createApiKey({ variables: { input } });
            if (data)
              setShown({
                title: `Secret of the new key “${data.createApiKey.apiKey.name}”`,
                secret: data.createApiKey.secret,
              });
            await refetch();
          }}
        />
      )}
      {rotating && (
        <OverlapRotateDialog
          title={`Rotate “${rotating.name}”`}
          explanation="A new key with the same name, roles and clearance is made, and its secret shown once. The old key can keep working for a while, so the system that uses it can switch without a gap."
          oldLabel="The old key"
          submitLabel="Rotate the key"
          onClose={() => setRotating(null)}
          onSubmit={async (seconds) => {
            const { data } = await rotateApiKey({
              variables: { input: { id: rotating.id, expireOldAfterSeconds: seconds } },
            });
            if (data)
              setShown({
                title: `New secret of “${data.rotateApiKey.apiKey.name}” (the old one stops ${overlapInWords(seconds)})`,
                secret: data.rotateApiKey.secret,
              });
            await refetch();
          }}
        />
      )}
      {revoking && (
        <ConfirmDialog
          opened
          title={`Revoke “${revoking.name}”?`}
          consequences={[
            'The key stops working on its next request, on every channel: live connections opened with it are closed.',
            'A revoked key cannot be brought back: the system that used it needs a new key.',
          ]}
          confirmLabel="Revoke the key"
          danger
          onConfirm={async () => {
            await revokeApiKey({ variables: { input: { id: revoking.id } } });
            await refetch();
          }}
          onClose={() => setRevoking(null)}
        />
      )}
    </Stack>
  );
}

function KeyStatus({ apiKey }: { apiKey: ApiKey }) {
  if (apiKey.revokedAt) return <StatusTag tone="off">Revoked</StatusTag>;
  if (!apiKey.active) return <StatusTag tone="off">Expired</StatusTag>;
  return <StatusTag>Active</StatusTag>;
}

interface NewKey {
  name: string;
  roles: Role[];
  clearance: Tier;
  expiresAt?: string;
}

function CreateKeyForm({
  organization,
  onSubmit,
  onClose,
}: {
  organization: { name: string; vettedTier: Tier };
  onSubmit: (input: NewKey) => Promise<void>;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['VIEWER']);
  const [clearance, setClearance] = useState<Tier>('GREEN');
  const [lifetime, setLifetime] = useState('365');
  const nameProblem = name.trim() === '' ? 'Name the system that will use it.' : null;
  const rolesProblem = roles.length === 0 ? 'Choose at least one.' : null;
  const form = useDialogForm({
    problems: [nameProblem, rolesProblem],
    send: () =>
      onSubmit({
        name: name.trim(),
        roles,
        clearance,
        ...(lifetime && { expiresAt: new Date(Date.now() + Number(lifetime) * DAY_MS).toISOString() }),
      }),
    onClose,
  });

  return (
    <FormDialog title="Create an API key" submitLabel="Create the key" form={form}>
      <TextInput
        label="Name"
        description="Which system uses it, so you recognise it later: “County EMS threat feed”."
        maxLength={100}
        required
        value={name}
        error={form.tried ? nameProblem : null}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <Checkbox.Group
        label="What it may do"
        value={roles}
        error={form.tried ? rolesProblem : null}
        onChange={(value) => setRoles(value as Role[])}
      >
        <Stack gap={6} mt={6}>
          <Checkbox value="VIEWER" label={`${ROLE_LABELS.VIEWER}: read bulletins under its clearance`} />
          <Checkbox value="ANALYST" label={`${ROLE_LABELS.ANALYST}: also write drafts for your organization`} />
        </Stack>
      </Checkbox.Group>
      <ClearanceField
        value={clearance}
        onChange={setClearance}
        ceiling={organization.vettedTier}
        why={`${vettingCap(`Your organization (${organization.name})`, organization.vettedTier)} A key is no exception.`}
        aboveWords="above your organization's vetting"
      />
      <NativeSelect
        label="Stops working"
        data={LIFETIMES}
        value={lifetime}
        onChange={(event) => setLifetime(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
