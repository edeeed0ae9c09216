import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { useDocumentTitle } from '@web/components/use-document-title';
import { CATEGORY_LABELS, SEVERITY_LABELS, SEVERITY_ORDER } from '@web/features/feed/bulletin-labels';
import type {
  AdminWebhookFieldsFragment,
  BulletinEventType,
  Category,
  CreateWebhookInput,
  Severity,
  Tier,
} from '@web/graphql/generated/graphql';
import {
  ADMIN_CONTEXT,
  CREATE_WEBHOOK,
  DELETE_WEBHOOK,
  DISABLE_WEBHOOK,
  ENABLE_WEBHOOK,
  ROTATE_WEBHOOK_SECRET,
  WEBHOOKS,
} from './admin-queries';
import { lowerTier, overlapInWords, tierLabel } from './admin-words';
import { ClearanceField } from './clearance-field';
import { ConfirmDialog } from './confirm-dialog';
import { FormDialog } from './form-dialog';
import { OverlapRotateDialog } from './overlap-rotate-dialog';
import { Pager } from './pager';
import { RowAction } from './row-action';
import { SecretOnce, type ShownSecret } from './secret-once';
import { StatusTag } from './status-tag';
import { useDialogForm } from './use-dialog-form';
import { useCursorPages } from './use-pages';
import { EVENT_TYPE_LABELS, filterInWords } from './webhook-words';
import classes from './admin.module.css';

type Webhook = AdminWebhookFieldsFragment;

const PAGE_SIZE = 20;

/** Partner endpoints that receive each event they may read, signed; the signing secret is shown once. */
export function WebhooksPage() {
  useDocumentTitle('Webhooks');
  const context = useQuery(ADMIN_CONTEXT, { fetchPolicy: 'cache-and-network' });
  const pages = useCursorPages();
  const list = useQuery(WEBHOOKS, {
    variables: { first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  // The signing secrets are answers to these mutations only: kept out of Apollo's cache, held in this page's state.
  const [createWebhook] = useMutation(CREATE_WEBHOOK, { fetchPolicy: 'no-cache' });
  const [rotateSecret] = useMutation(ROTATE_WEBHOOK_SECRET, { fetchPolicy: 'no-cache' });
  const [disableWebhook] = useMutation(DISABLE_WEBHOOK);
  const [enableWebhook] = useMutation(ENABLE_WEBHOOK);
  const [deleteWebhook] = useMutation(DELETE_WEBHOOK);
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<Webhook | null>(null);
  const [switching, setSwitching] = useState<Webhook | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [shown, setShown] = useState<ShownSecret | null>(null);

  const viewer = context.data?.viewer;
  const webhooks = list.data?.webhooks.edges.map((edge) => edge.node) ?? [];
  const refetch = () => list.refetch().catch(() => undefined);

  return (
    <Stack gap="md" className={classes['page']}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>Webhooks</Title>
        <Button onClick={() => setCreating(true)} disabled={!viewer}>
          Register a webhook
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        Bulwark sends each bulletin event a webhook may read to its address, as signed JSON, checked again at the moment
        of sending. Each webhook has a delivery log.
      </Text>
      {context.error && <ErrorNotice error={context.error} />}
      {shown && (
        <SecretOnce
          {...shown}
          instructions="Your receiver checks the Bulwark-Signature header of each delivery with it (HMAC-SHA256, see the webhook documentation). Store it in the receiver's secret store."
          onDone={() => setShown(null)}
        />
      )}
      {list.error && <ErrorNotice error={list.error} onRetry={() => void refetch()} />}
      {!list.data && list.loading && <LoadingState label="Loading webhooks…" />}
      {list.data && webhooks.length === 0 && <Text>No webhooks yet.</Text>}
      {webhooks.length > 0 && (
        <ul className={classes['list']} aria-label="Webhooks">
          {webhooks.map((webhook) => (
            <li key={webhook.id} className={classes['row']} data-inactive={!webhook.enabled} aria-label={webhook.name}>
              <div className={classes['cell']}>
                <span className={classes['name']}>{webhook.name}</span>
                <span className={classes['muted']}>{webhook.url}</span>
                <span className={classes['muted']}>{filterInWords(webhook.filter)}</span>
              </div>
              <div className={classes['cell']}>
                <div className={classes['facts']}>
                  {webhook.enabled ? <StatusTag>Enabled</StatusTag> : <StatusTag tone="off">Disabled</StatusTag>}
                  <span className={classes['muted']}>Clearance</span> <TlpBadge tier={webhook.clearance} />
                  {webhook.consecutiveFailures > 0 && (
                    <StatusTag tone="bad">{webhook.consecutiveFailures} failed in a row</StatusTag>
                  )}
                </div>
                {!webhook.enabled && webhook.disabledReason && (
                  <span className={classes['muted']}>{webhook.disabledReason}</span>
                )}
                <div className={classes['facts']}>
                  <span className={classes['muted']}>
                    Registered <DateTime value={webhook.createdAt} />
                  </span>
                  {webhook.previousSecretExpiresAt && (
                    <span className={classes['muted']}>
                      Old secret also signs until <DateTime value={webhook.previousSecretExpiresAt} />
                    </span>
                  )}
                </div>
              </div>
              <div className={classes['actions']}>
                <Anchor component={Link} to={`/admin/webhooks/${webhook.id}`} size="sm" fw={600}>
                  Delivery log<VisuallyHidden> of {webhook.name}</VisuallyHidden>
                </Anchor>
                <RowAction label={`Rotate the secret of ${webhook.name}`} onClick={() => setRotating(webhook)}>
                  Rotate secret
                </RowAction>
                <RowAction
                  label={`${webhook.enabled ? 'Disable' : 'Enable'} ${webhook.name}`}
                  onClick={() => setSwitching(webhook)}
                >
                  {webhook.enabled ? 'Disable' : 'Enable'}
                </RowAction>
                <RowAction label={`Delete ${webhook.name}`} onClick={() => setDeleting(webhook)}>
                  Delete
                </RowAction>
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.data && <Pager pages={pages} page={list.data.webhooks} pageSize={PAGE_SIZE} noun="webhooks" />}

      {viewer && creating && (
        <CreateWebhookForm
          organization={viewer.organization}
          ownClearance={viewer.clearance}
          onClose={() => setCreating(false)}
          onSubmit={async (input) => {
            const { data } = await createWebhook({ variables: { input } });
            if (data)
              setShown({
                title: `Signing secret of “${data.createWebhook.webhook.name}”`,
                secret: data.createWebhook.secret,
              });
            await refetch();
          }}
        />
      )}
      {rotating && (
        <OverlapRotateDialog
          title={`Rotate the signing secret of “${rotating.name}”`}
          explanation="A new signing secret is made and shown once. While the old one also works, each delivery carries a signature by both, so the receiver can switch without refusing any."
          oldLabel="The old secret"
          submitLabel="Rotate the secret"
          onClose={() => setRotating(null)}
          onSubmit={async (seconds) => {
            const { data } = await rotateSecret({
              variables: { input: { id: rotating.id, keepOldSecretForSeconds: seconds } },
            });
            if (data)
              setShown({
                title: `New signing secret of “${data.rotateWebhookSecret.webhook.name}” (the old one stops ${overlapInWords(seconds)})`,
                secret: data.rotateWebhookSecret.secret,
              });
            await refetch();
          }}
        />
      )}
      {switching && (
        <ConfirmDialog
          opened
          title={switching.enabled ? `Disable “${switching.name}”?` : `Enable “${switching.name}”?`}
          consequences={
            switching.enabled
              ? [
                  'Nothing more is sent to it from now on; deliveries still waiting are skipped and marked so in its log.',
                  'Enabling it again sends only what is published after that: what it missed is not replayed.',
                ]
              : ['It receives what is published from now on. What was published while it was disabled is not sent.']
          }
          confirmLabel={switching.enabled ? 'Disable' : 'Enable'}
          danger={switching.enabled}
          onConfirm={async () => {
            const input = { id: switching.id };
            await (switching.enabled
              ? disableWebhook({ variables: { input } })
              : enableWebhook({ variables: { input } }));
            await refetch();
          }}
          onClose={() => setSwitching(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          opened
          title={`Delete “${deleting.name}”?`}
          consequences={['Nothing more is sent to it, and its delivery log is deleted with it. This cannot be undone.']}
          confirmLabel="Delete the webhook"
          danger
          onConfirm={async () => {
            await deleteWebhook({ variables: { input: { id: deleting.id } } });
            await refetch();
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}

const EVENT_TYPES: readonly BulletinEventType[] = ['PUBLISHED', 'AMENDED', 'RETRACTED'];

function CreateWebhookForm({
  organization,
  ownClearance,
  onSubmit,
  onClose,
}: {
  organization: { name: string; vettedTier: Tier };
  ownClearance: Tier;
  onSubmit: (input: CreateWebhookInput) => Promise<void>;
  onClose: () => void;
}) {
  const ceiling = lowerTier(organization.vettedTier, ownClearance);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('https://');
  const [types, setTypes] = useState<BulletinEventType[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [minSeverity, setMinSeverity] = useState<Severity | ''>('');
  const [clearance, setClearance] = useState<Tier>('GREEN');
  const nameProblem = name.trim() === '' ? 'Name the system that receives it.' : null;
  const urlProblem =
    /^https?:\/\/\S+$/.test(url.trim()) && url.trim() !== 'https://' ? null : 'Enter the address, https://…';
  const why =
    ceiling === organization.vettedTier
      ? `Your organization (${organization.name}) is vetted ${tierLabel(organization.vettedTier)}, so no webhook of it can receive above that.`
      : `A webhook may receive no more than you may read: your clearance is ${tierLabel(ownClearance)} (your organization is vetted ${tierLabel(organization.vettedTier)}).`;

  const form = useDialogForm({
    problems: [nameProblem, urlProblem],
    send: () =>
      onSubmit({
        name: name.trim(),
        url: url.trim(),
        clearance,
        filter: {
          ...(types.length && { types }),
          ...(categories.length && { categories }),
          ...(minSeverity && { minSeverity }),
        },
      }),
    onClose,
  });

  return (
    <FormDialog title="Register a webhook" submitLabel="Register the webhook" form={form}>
      <TextInput
        label="Name"
        description="Which system receives it: “Fulton SIEM”."
        maxLength={100}
        required
        value={name}
        error={form.tried ? nameProblem : null}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <TextInput
        label="Address (URL)"
        description="An https:// address reachable from the internet; no user name or password in it."
        maxLength={2048}
        required
        value={url}
        error={form.tried ? urlProblem : null}
        onChange={(event) => setUrl(event.currentTarget.value)}
      />
      <Checkbox.Group
        label="Events"
        description="None ticked: every event."
        value={types}
        onChange={(value) => setTypes(value as BulletinEventType[])}
      >
        <Group gap="md" mt={6}>
          {EVENT_TYPES.map((type) => (
            <Checkbox key={type} value={type} label={EVENT_TYPE_LABELS[type]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label="Categories"
        description="None ticked: every category."
        value={categories}
        onChange={(value) => setCategories(value as Category[])}
      >
        <Group gap="md" mt={6}>
          {(Object.keys(CATEGORY_LABELS) as Category[]).map((category) => (
            <Checkbox key={category} value={category} label={CATEGORY_LABELS[category]} />
          ))}
        </Group>
      </Checkbox.Group>
      <NativeSelect
        label="Lowest severity"
        value={minSeverity}
        onChange={(event) => setMinSeverity(event.currentTarget.value as Severity | '')}
        data={[
          { value: '', label: 'Any severity' },
          ...SEVERITY_ORDER.map((severity) => ({
            value: severity,
            label: `${SEVERITY_LABELS[severity]} and above`,
          })),
        ]}
      />
      <ClearanceField
        label="Clearance (the highest tier it receives)"
        value={clearance}
        onChange={setClearance}
        ceiling={ceiling}
        why={why}
        aboveWords={
          ceiling === organization.vettedTier ? "above your organization's vetting" : 'above your own clearance'
        }
      />
    </FormDialog>
  );
}
