import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { fromEventFilter } from '@web/features/feed/bulletin-filters';
import { FilterSummary } from '@web/features/feed/saved-feeds';
import { describeDelivery, digestMoment } from '@web/features/mail/mail-delivery';
import type {
  MailboxSubscriptionFieldsFragment,
  OrganizationMailboxFieldsFragment,
} from '@web/graphql/generated/graphql';
import { tierLabel } from './admin-words';
import { ConfirmDialog } from './confirm-dialog';
import {
  CREATE_MAILBOX,
  CREATE_MAILBOX_SUBSCRIPTION,
  DELETE_MAILBOX,
  DELETE_MAILBOX_SUBSCRIPTION,
  ORGANIZATION_MAILBOXES,
  UPDATE_MAILBOX,
  UPDATE_MAILBOX_SUBSCRIPTION,
} from './mail-admin-queries';
import { MailboxDialog, SubscriptionDialog } from './mailbox-dialogs';
import { RowAction } from './row-action';
import { StatusTag } from './status-tag';
import classes from './admin.module.css';

type Mailbox = OrganizationMailboxFieldsFragment;
type Subscription = MailboxSubscriptionFieldsFragment;

/** The API's bounds, said before it refuses. */
const MAX_MAILBOXES = 10;
const MAX_SUBSCRIPTIONS = 20;

type Editing =
  | { kind: 'mailbox'; mailbox: Mailbox | null }
  | { kind: 'switch'; mailbox: Mailbox }
  | { kind: 'delete-mailbox'; mailbox: Mailbox }
  | { kind: 'subscription'; mailbox: Mailbox; subscription: Subscription | null }
  | { kind: 'delete-subscription'; mailbox: Mailbox; subscription: Subscription };

interface MailboxesSectionProps {
  readonly organization: { readonly name: string; readonly vettedTier: Parameters<typeof tierLabel>[0] };
  /** Something changed that the delivery records may show. */
  readonly onChanged: () => void;
}

/** The organization's shared mailboxes and what each is subscribed to. */
export function MailboxesSection({ organization, onChanged }: MailboxesSectionProps) {
  const headingId = useId();
  const list = useQuery(ORGANIZATION_MAILBOXES, { fetchPolicy: 'cache-and-network' });
  const [createMailbox] = useMutation(CREATE_MAILBOX);
  const [updateMailbox] = useMutation(UPDATE_MAILBOX);
  const [deleteMailbox] = useMutation(DELETE_MAILBOX);
  const [createSubscription] = useMutation(CREATE_MAILBOX_SUBSCRIPTION);
  const [updateSubscription] = useMutation(UPDATE_MAILBOX_SUBSCRIPTION);
  const [deleteSubscription] = useMutation(DELETE_MAILBOX_SUBSCRIPTION);
  const [editing, setEditing] = useState<Editing | null>(null);
  const mailboxes = list.data?.organizationMailboxes ?? [];
  const refetch = async () => {
    await list.refetch().catch(() => undefined);
    onChanged();
  };
  const close = () => setEditing(null);

  return (
    <section aria-labelledby={headingId} className={classes['panel']}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h3" id={headingId}>
            Shared mailboxes
          </Title>
          <Button
            onClick={() => setEditing({ kind: 'mailbox', mailbox: null })}
            disabled={!list.data || mailboxes.length >= MAX_MAILBOXES}
          >
            Add a mailbox
          </Button>
        </Group>
        <Text size="sm">
          An address the office shares, like elections@county.gov. Each gets what its subscriptions match among the
          bulletins a member of {organization.name} may read at the organization’s vetting (
          {tierLabel(organization.vettedTier)}); never a TLP:RED bulletin, which goes to named people only. Up to{' '}
          {MAX_MAILBOXES} mailboxes, {MAX_SUBSCRIPTIONS} subscriptions each.
        </Text>
        {list.error && <ErrorNotice error={list.error} onRetry={() => void refetch()} />}
        {!list.data && list.loading && <LoadingState label="Loading the shared mailboxes…" />}
        {list.data && mailboxes.length === 0 && <Text c="dimmed">No shared mailboxes yet.</Text>}
        {mailboxes.length > 0 && (
          <ul className={classes['list']} aria-label="Shared mailboxes">
            {mailboxes.map((mailbox) => (
              <MailboxItem key={mailbox.id} mailbox={mailbox} onEdit={setEditing} />
            ))}
          </ul>
        )}
      </Stack>

      {editing?.kind === 'mailbox' && (
        <MailboxDialog
          mailbox={editing.mailbox}
          organizationName={organization.name}
          onClose={close}
          onSubmit={async (values) => {
            await (editing.mailbox
              ? updateMailbox({ variables: { input: { id: editing.mailbox.id, ...values } } })
              : createMailbox({ variables: { input: values } }));
            await refetch();
          }}
        />
      )}
      {editing?.kind === 'switch' && (
        <ConfirmDialog
          opened
          title={`${editing.mailbox.active ? 'Deactivate' : 'Reactivate'} “${editing.mailbox.name}”?`}
          consequences={
            editing.mailbox.active
              ? [
                  `Nothing more is sent to ${editing.mailbox.address}; e-mail still waiting for it is not sent.`,
                  'Its subscriptions are kept for when you reactivate it.',
                ]
              : [`${editing.mailbox.address} gets e-mail again, for what is published from now on.`]
          }
          confirmLabel={editing.mailbox.active ? 'Deactivate' : 'Reactivate'}
          danger={editing.mailbox.active}
          onConfirm={async () => {
            await updateMailbox({ variables: { input: { id: editing.mailbox.id, active: !editing.mailbox.active } } });
            await refetch();
          }}
          onClose={close}
        />
      )}
      {editing?.kind === 'delete-mailbox' && (
        <ConfirmDialog
          opened
          title={`Delete “${editing.mailbox.name}”?`}
          consequences={[
            `Nothing more is sent to ${editing.mailbox.address}, and its subscriptions are deleted with it. Its delivery records stay. This cannot be undone.`,
          ]}
          confirmLabel="Delete the mailbox"
          danger
          onConfirm={async () => {
            await deleteMailbox({ variables: { id: editing.mailbox.id } });
            await refetch();
          }}
          onClose={close}
        />
      )}
      {editing?.kind === 'subscription' && (
        <SubscriptionDialog
          mailboxName={editing.mailbox.name}
          subscription={editing.subscription}
          onClose={close}
          onSubmit={async (values) => {
            await (editing.subscription
              ? updateSubscription({ variables: { input: { id: editing.subscription.id, ...values } } })
              : createSubscription({ variables: { input: { mailboxId: editing.mailbox.id, ...values } } }));
            await refetch();
          }}
        />
      )}
      {editing?.kind === 'delete-subscription' && (
        <ConfirmDialog
          opened
          title={`Delete “${editing.subscription.name}”?`}
          consequences={[
            `${editing.mailbox.address} no longer gets e-mail for it; e-mail already waiting is not sent. Its delivery records stay.`,
          ]}
          confirmLabel="Delete the subscription"
          danger
          onConfirm={async () => {
            await deleteSubscription({ variables: { id: editing.subscription.id } });
            await refetch();
          }}
          onClose={close}
        />
      )}
    </section>
  );
}

function MailboxItem({ mailbox, onEdit }: { mailbox: Mailbox; onEdit: (editing: Editing) => void }) {
  return (
    <li className={classes['mailbox']} data-inactive={!mailbox.active} aria-label={mailbox.name}>
      <div className={classes['mailboxHead']}>
        <div className={classes['cell']}>
          <span className={classes['name']}>{mailbox.name}</span>
          <span className={classes['muted']}>{mailbox.address}</span>
        </div>
        <div className={classes['cell']}>
          <div className={classes['facts']}>
            {mailbox.active ? <StatusTag>Active</StatusTag> : <StatusTag tone="off">Deactivated</StatusTag>}
            <span className={classes['muted']}>
              {mailbox.subscriptions.length === 0
                ? 'No subscriptions: nothing is sent'
                : `${mailbox.subscriptions.length} subscription${mailbox.subscriptions.length === 1 ? '' : 's'}`}
            </span>
          </div>
        </div>
        <div className={classes['actions']}>
          <RowAction label={`Change ${mailbox.name}`} onClick={() => onEdit({ kind: 'mailbox', mailbox })}>
            Rename
          </RowAction>
          <RowAction
            label={`${mailbox.active ? 'Deactivate' : 'Reactivate'} ${mailbox.name}`}
            onClick={() => onEdit({ kind: 'switch', mailbox })}
          >
            {mailbox.active ? 'Deactivate' : 'Reactivate'}
          </RowAction>
          <RowAction label={`Delete ${mailbox.name}`} onClick={() => onEdit({ kind: 'delete-mailbox', mailbox })}>
            Delete
          </RowAction>
        </div>
      </div>
      <div className={classes['subscriptions']}>
        {mailbox.subscriptions.length > 0 && (
          <ul className={classes['list']} aria-label={`Subscriptions of ${mailbox.name}`}>
            {mailbox.subscriptions.map((subscription) => (
              <SubscriptionItem
                key={subscription.id}
                subscription={subscription}
                onEdit={() => onEdit({ kind: 'subscription', mailbox, subscription })}
                onDelete={() => onEdit({ kind: 'delete-subscription', mailbox, subscription })}
              />
            ))}
          </ul>
        )}
        <div>
          <Button
            variant="default"
            size="xs"
            onClick={() => onEdit({ kind: 'subscription', mailbox, subscription: null })}
            disabled={mailbox.subscriptions.length >= MAX_SUBSCRIPTIONS}
            aria-label={`Add a subscription to ${mailbox.name}`}
          >
            Add a subscription
          </Button>
        </div>
      </div>
    </li>
  );
}

function SubscriptionItem({
  subscription,
  onEdit,
  onDelete,
}: {
  subscription: Subscription;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const next = subscription.mail.nextDigestAt;
  return (
    <li className={classes['subscription']} aria-label={subscription.name}>
      <div className={classes['cell']}>
        <span className={classes['name']}>{subscription.name}</span>
        <span className={classes['muted']}>
          <FilterSummary filters={fromEventFilter(subscription.filter)} empty="Every bulletin it may receive" />
        </span>
        <span>
          {describeDelivery(subscription.mail)}
          {next && subscription.mail.digest !== 'NONE' && (
            <span className={classes['muted']}>
              {' '}
              · Next digest: {digestMoment(new Date(next), subscription.mail.timeZone)}
            </span>
          )}
        </span>
      </div>
      <div className={classes['actions']}>
        <RowAction label={`Change ${subscription.name}`} onClick={onEdit}>
          Change
        </RowAction>
        <RowAction label={`Delete ${subscription.name}`} onClick={onDelete}>
          Delete
        </RowAction>
      </div>
    </li>
  );
}
