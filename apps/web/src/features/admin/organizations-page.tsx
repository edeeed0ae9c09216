import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import { STATE_NAMES, TIER_ORDER } from '@web/features/feed/bulletin-labels';
import type { AdminOrganizationFieldsFragment, OrganizationKind, Tier } from '@web/graphql/generated/graphql';
import {
  CREATE_ORGANIZATION,
  DEACTIVATE_ORGANIZATION,
  ORGANIZATIONS,
  REACTIVATE_ORGANIZATION,
  VET_ORGANIZATION,
} from './admin-queries';
import { tierLabel, tierWithin } from './admin-words';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog, DialogFooter } from './dialog';
import { FormDialog } from './form-dialog';
import { KIND_LABELS, KIND_ORDER, organizationTree, type TreeNode } from './organization-tree';
import { RowAction } from './row-action';
import { StatusTag } from './status-tag';
import { useDialogForm } from './use-dialog-form';
import { usePendingAction } from './use-pending-action';
import classes from './admin.module.css';

type Organization = AdminOrganizationFieldsFragment;

/** The API's largest page. */
const DIRECTORY_PAGE = 100;

/**
 * Platform administrators: the community's organizations as a tree, their vetting (the ceiling of every member's
 * clearance, R6) and whether they are active (R8). No bulletin appears here: a platform administrator reads
 * bulletins under the same rules as anyone (R9).
 */
export function OrganizationsPage() {
  useDocumentTitle('Organizations');
  const [search, setSearch] = useState('');
  const [needle] = useDebouncedValue(search.trim(), 300);
  // The whole directory fits one page today (about 70); past 100, "Find" asks the API, which searches them all.
  const directory = useQuery(ORGANIZATIONS, {
    variables: { first: DIRECTORY_PAGE, ...(needle && { filter: { search: needle } }) },
    fetchPolicy: 'cache-and-network',
  });
  const organizations = directory.data?.organizations.edges.map((edge) => edge.node) ?? null;
  const total = directory.data?.organizations.totalCount ?? 0;
  const reload = () => directory.refetch().catch(() => undefined);
  const [creating, setCreating] = useState(false);
  const [vetting, setVetting] = useState<Organization | null>(null);
  const [switching, setSwitching] = useState<Organization | null>(null);
  const [createOrganization] = useMutation(CREATE_ORGANIZATION);
  const [vetOrganization] = useMutation(VET_ORGANIZATION);
  const [deactivate] = useMutation(DEACTIVATE_ORGANIZATION);
  const [reactivate] = useMutation(REACTIVATE_ORGANIZATION);

  const tree = organizationTree(organizations ?? []);

  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>Organizations</Title>
        <Button onClick={() => setCreating(true)} disabled={!organizations}>
          Add an organization
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        The community: who belongs to it, under whom, and how far each is vetted. An organization&apos;s vetting is the
        highest tier any of its people or keys may read, whatever their own clearance.
      </Text>
      <TextInput
        label="Find"
        placeholder="Name or short name"
        value={search}
        maxLength={100}
        onChange={(event) => setSearch(event.currentTarget.value)}
      />
      {directory.error && <ErrorNotice error={directory.error} onRetry={() => void reload()} />}
      {!organizations && directory.loading && <LoadingState label="Loading organizations…" />}
      {organizations && total > organizations.length && (
        <Text size="sm">
          Showing {organizations.length} of {total}: use Find to reach the others.
        </Text>
      )}
      {organizations && tree.length === 0 && <Text>No organization matches.</Text>}
      {tree.length > 0 && (
        <ul className={classes['list']} aria-label="Organizations">
          {tree.map((node) => (
            <OrganizationItem
              key={node.organization.id}
              node={node}
              depth={0}
              onVet={setVetting}
              onSwitch={setSwitching}
            />
          ))}
        </ul>
      )}

      {creating && organizations && (
        <CreateOrganizationForm
          organizations={organizations}
          onClose={() => setCreating(false)}
          onSubmit={async (input) => {
            await createOrganization({ variables: { input } });
            await reload();
          }}
        />
      )}
      {vetting && (
        <VetForm
          organization={vetting}
          onClose={() => setVetting(null)}
          onSubmit={async (vettedTier) => {
            await vetOrganization({ variables: { input: { id: vetting.id, vettedTier } } });
            await reload();
          }}
        />
      )}
      {switching && (
        <ConfirmDialog
          opened
          title={switching.active ? `Deactivate ${switching.name}?` : `Reactivate ${switching.name}?`}
          consequences={
            switching.active
              ? [
                  'From now on its people and API keys read nothing beyond TLP:CLEAR, on every channel, including live feeds already open.',
                  'It can no longer be chosen as a recipient. Its people, keys and history stay; you can reactivate it later.',
                ]
              : ['Its people and keys read again under their clearances and its vetting.']
          }
          confirmLabel={switching.active ? 'Deactivate' : 'Reactivate'}
          danger={switching.active}
          onConfirm={async () => {
            const input = { id: switching.id };
            await (switching.active ? deactivate({ variables: { input } }) : reactivate({ variables: { input } }));
            await reload();
          }}
          onClose={() => setSwitching(null)}
        />
      )}
    </Stack>
  );
}

function OrganizationItem({
  node,
  depth,
  onVet,
  onSwitch,
}: {
  node: TreeNode<Organization>;
  depth: number;
  onVet: (organization: Organization) => void;
  onSwitch: (organization: Organization) => void;
}) {
  const organization = node.organization;
  return (
    <li aria-label={organization.name}>
      <div
        className={classes['row']}
        data-inactive={!organization.active}
        style={{ marginLeft: `${Math.min(depth, 4) * 1.5}rem` }}
      >
        <div className={classes['cell']}>
          <span className={classes['name']}>{organization.name}</span>
          <span className={classes['muted']}>
            {organization.shortName} · {KIND_LABELS[organization.kind]}
            {organization.jurisdiction && ` · ${STATE_NAMES[organization.jurisdiction] ?? organization.jurisdiction}`}
          </span>
        </div>
        <div className={classes['facts']}>
          {organization.active ? <StatusTag>Active</StatusTag> : <StatusTag tone="off">Deactivated</StatusTag>}
          <span className={classes['muted']}>Vetted</span> <TlpBadge tier={organization.vettedTier} />
        </div>
        <div className={classes['actions']}>
          <RowAction label={`Change the vetting of ${organization.name}`} onClick={() => onVet(organization)}>
            Change vetting
          </RowAction>
          <RowAction
            label={`${organization.active ? 'Deactivate' : 'Reactivate'} ${organization.name}`}
            onClick={() => onSwitch(organization)}
          >
            {organization.active ? 'Deactivate' : 'Reactivate'}
          </RowAction>
        </div>
      </div>
      {node.children.length > 0 && (
        <ul className={classes['list']} aria-label={`Under ${organization.name}`} style={{ marginTop: '0.5rem' }}>
          {node.children.map((child) => (
            <OrganizationItem
              key={child.organization.id}
              node={child}
              depth={depth + 1}
              onVet={onVet}
              onSwitch={onSwitch}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function VetForm({
  organization,
  onSubmit,
  onClose,
}: {
  organization: Organization;
  onSubmit: (tier: Tier) => Promise<void>;
  onClose: () => void;
}) {
  const [tier, setTier] = useState<Tier>(organization.vettedTier);
  const { busy, error, run } = usePendingAction();
  const lowering = !tierWithin(organization.vettedTier, tier);
  const submit = async () => {
    const done = await run(async () => {
      await onSubmit(tier);
    });
    if (done) onClose();
  };
  return (
    <Dialog title={`Vetting of ${organization.name}`} onClose={onClose}>
      <Stack gap="md">
        <NativeSelect
          label="Vetted up to"
          description={`Now ${tierLabel(organization.vettedTier)}. No one in it may read above this, whatever their own clearance.`}
          value={tier}
          onChange={(event) => setTier(event.currentTarget.value as Tier)}
          data={TIER_ORDER.map((value) => ({ value, label: tierLabel(value) }))}
        />
        {lowering && (
          <Text size="sm" fw={600}>
            Lowering it takes effect at once: its people and keys stop receiving bulletins above {tierLabel(tier)},
            including on live feeds already open.
          </Text>
        )}
        <DialogFooter error={error} onCancel={onClose}>
          <Button loading={busy} disabled={tier === organization.vettedTier} onClick={() => void submit()}>
            Save the vetting
          </Button>
        </DialogFooter>
      </Stack>
    </Dialog>
  );
}

interface NewOrganization {
  name: string;
  shortName: string;
  kind: OrganizationKind;
  vettedTier: Tier;
  parentId?: string;
  jurisdiction?: string;
}

function CreateOrganizationForm({
  organizations,
  onSubmit,
  onClose,
}: {
  organizations: readonly Organization[];
  onSubmit: (input: NewOrganization) => Promise<void>;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>('LOCAL');
  const [parentId, setParentId] = useState('');
  const [jurisdiction, setJurisdiction] = useState('');
  const [vettedTier, setVettedTier] = useState<Tier>('GREEN');
  const nameProblem = name.trim().length < 2 ? 'Enter its name.' : null;
  const shortProblem = /^[A-Z][A-Z0-9-]{1,23}$/.test(shortName)
    ? null
    : '2 to 24 capital letters, digits or dashes, starting with a letter.';

  const form = useDialogForm({
    problems: [nameProblem, shortProblem],
    send: () =>
      onSubmit({
        name: name.trim(),
        shortName,
        kind,
        vettedTier,
        ...(parentId && { parentId }),
        ...(jurisdiction && { jurisdiction }),
      }),
    onClose,
  });

  const parents = [...organizations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <FormDialog title="Add an organization" submitLabel="Add the organization" form={form}>
      <TextInput
        label="Name"
        required
        maxLength={200}
        value={name}
        error={form.tried ? nameProblem : null}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <TextInput
        label="Short name"
        description="Used in its bulletins' reference numbers, e.g. GA-COBB."
        required
        maxLength={24}
        value={shortName}
        error={form.tried ? shortProblem : null}
        onChange={(event) => setShortName(event.currentTarget.value.toUpperCase())}
      />
      <NativeSelect
        label="Kind"
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as OrganizationKind)}
        data={KIND_ORDER.map((value) => ({ value, label: KIND_LABELS[value] }))}
      />
      <NativeSelect
        label="Under"
        description="A county sits under its state's office: AMBER sent to the state reaches it too."
        value={parentId}
        onChange={(event) => setParentId(event.currentTarget.value)}
        data={[
          { value: '', label: 'No parent' },
          ...parents.map((parent) => ({ value: parent.id, label: parent.name })),
        ]}
      />
      <NativeSelect
        label="Jurisdiction"
        value={jurisdiction}
        onChange={(event) => setJurisdiction(event.currentTarget.value)}
        data={[
          { value: '', label: 'None (national)' },
          ...Object.entries(STATE_NAMES).map(([code, state]) => ({ value: code, label: `${state} (${code})` })),
        ]}
      />
      <NativeSelect
        label="Vetted up to"
        description="The highest tier any of its people or keys may ever read."
        value={vettedTier}
        onChange={(event) => setVettedTier(event.currentTarget.value as Tier)}
        data={TIER_ORDER.map((value) => ({ value, label: tierLabel(value) }))}
      />
    </FormDialog>
  );
}
