import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type BulletinFilters, fromEventFilter, NO_FILTERS, toEventFilter } from '@web/features/feed/bulletin-filters';
import { FilterBar } from '@web/features/feed/filter-bar';
import { choiceFrom, choiceToDelivery, type DeliveryChoice, DeliveryFields } from '@web/features/mail/delivery-fields';
import { type Delivery, DEFAULT_DIGEST_HOUR } from '@web/features/mail/mail-delivery';
import { browserTimeZone } from '@web/features/mail/time-zones';
import type {
  MailboxSubscriptionFieldsFragment,
  MailDeliveryInput,
  OrganizationMailboxFieldsFragment,
} from '@web/graphql/generated/graphql';
import { Dialog, DialogFooter } from './dialog';
import { FormDialog } from './form-dialog';
import { useDialogForm } from './use-dialog-form';

const MAX_NAME = 100;
const MAX_ADDRESS = 254;
/** What the API checks in full; enough here to catch a typing slip before sending. */
const LOOKS_LIKE_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface MailboxValues {
  readonly name: string;
  readonly address: string;
}

/** Add a shared mailbox, or change its name and address. */
export function MailboxDialog({
  mailbox,
  organizationName,
  onSubmit,
  onClose,
}: {
  mailbox: OrganizationMailboxFieldsFragment | null;
  organizationName: string;
  onSubmit: (values: MailboxValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const [name, setName] = useState(mailbox?.name ?? '');
  const [address, setAddress] = useState(mailbox?.address ?? '');
  const nameProblem = name.trim() ? null : 'Name the mailbox: “Elections office”.';
  const addressProblem = LOOKS_LIKE_ADDRESS.test(address.trim()) ? null : 'Enter an e-mail address: name@example.gov.';
  const form = useDialogForm({
    problems: [nameProblem, addressProblem],
    send: () => onSubmit({ name: name.trim(), address: address.trim().toLowerCase() }),
    onClose,
  });
  return (
    <FormDialog
      title={mailbox ? `Change “${mailbox.name}”` : 'Add a shared mailbox'}
      submitLabel={mailbox ? 'Save the mailbox' : 'Add the mailbox'}
      form={form}
    >
      {!mailbox && (
        <Text size="sm">
          An address your office shares. It gets e-mail about what any member of {organizationName} may read at the
          organization’s vetting, but never a TLP:RED bulletin: those go to named people only. Nothing is sent until you
          add a subscription to it.
        </Text>
      )}
      <TextInput
        label="Name"
        description="For this page and the delivery records: “Elections office”."
        maxLength={MAX_NAME}
        required
        value={name}
        error={form.tried ? nameProblem : null}
        onChange={(event) => setName(event.currentTarget.value)}
        data-autofocus
      />
      <TextInput
        label="E-mail address"
        type="email"
        maxLength={MAX_ADDRESS}
        required
        value={address}
        error={form.tried ? addressProblem : null}
        onChange={(event) => setAddress(event.currentTarget.value)}
      />
    </FormDialog>
  );
}

export interface SubscriptionValues {
  readonly name: string;
  readonly filter: ReturnType<typeof toEventFilter>;
  readonly delivery: MailDeliveryInput;
}

/** A new subscription starts as a daily digest at the default hour in the administrator's own time zone. */
function newDelivery(): Delivery {
  return { immediateMinSeverity: null, digest: 'DAILY', digestHour: DEFAULT_DIGEST_HOUR, timeZone: browserTimeZone() };
}

/** Add or change a subscription of a shared mailbox: its name, which bulletins (the feed's filters), and when. */
export function SubscriptionDialog({
  mailboxName,
  subscription,
  onSubmit,
  onClose,
}: {
  mailboxName: string;
  subscription: MailboxSubscriptionFieldsFragment | null;
  onSubmit: (values: SubscriptionValues) => Promise<unknown>;
  onClose: () => void;
}) {
  const [saved] = useState<Delivery>(() => subscription?.mail ?? newDelivery());
  const [name, setName] = useState(subscription?.name ?? '');
  const [filters, setFilters] = useState<BulletinFilters>(() =>
    subscription ? fromEventFilter(subscription.filter) : NO_FILTERS,
  );
  const [choice, setChoice] = useState<DeliveryChoice>(() => choiceFrom(saved));
  const delivery = choiceToDelivery(choice);
  const nameProblem = name.trim() ? null : 'Name the subscription: “Georgia, high and above”.';
  const deliveryProblem = delivery ? null : 'Choose when to e-mail.';
  const form = useDialogForm({
    problems: [nameProblem, deliveryProblem],
    send: () =>
      delivery ? onSubmit({ name: name.trim(), filter: toEventFilter(filters), delivery }) : Promise.resolve(),
    onClose,
  });

  return (
    <Dialog
      title={subscription ? `Change “${subscription.name}”` : `Add a subscription to “${mailboxName}”`}
      onClose={form.close}
      size="xl"
    >
      <form onSubmit={(event) => void form.submit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            description="What it is for: “Georgia cyber threats, high and above”."
            maxLength={MAX_NAME}
            required
            value={name}
            error={form.tried ? nameProblem : null}
            onChange={(event) => setName(event.currentTarget.value)}
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Which bulletins
            </Text>
            <Text size="xs" c="dimmed">
              The same filters as a feed. None chosen: every bulletin the mailbox may receive.
            </Text>
            <FilterBar filters={filters} onChange={setFilters} onClear={() => setFilters(NO_FILTERS)} />
          </Stack>
          <DeliveryFields
            choice={choice}
            onChange={setChoice}
            saved={saved}
            noneDescription="Paused: nothing is sent to the mailbox for this subscription until you choose again."
          />
          {form.tried && deliveryProblem && (
            <Text size="sm" c="red.8">
              {deliveryProblem}
            </Text>
          )}
          <DialogFooter error={form.error} onCancel={form.close}>
            <Button type="submit" loading={form.busy}>
              {subscription ? 'Save the subscription' : 'Add the subscription'}
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </Dialog>
  );
}
