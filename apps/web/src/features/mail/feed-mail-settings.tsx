import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { usePendingAction } from '@web/features/admin/use-pending-action';
import { type DeliveryChoice, DeliveryFields, choiceFrom, choiceToDelivery } from './delivery-fields';
import { type Delivery, describeDelivery, digestMoment } from './mail-delivery';
import { FEED_MAIL, SET_FEED_MAIL_DELIVERY } from './mail-queries';
import classes from './mail.module.css';

interface SavedDelivery extends Delivery {
  readonly nextDigestAt: string | null;
}

/** "Next digest: Mon, Dec 7, 7:00 AM EST", or nothing without a digest. */
function nextDigestWords(delivery: SavedDelivery): string | null {
  if (!delivery.nextDigestAt || delivery.digest === 'NONE') return null;
  return `Next digest: ${digestMoment(new Date(delivery.nextDigestAt), delivery.timeZone)}.`;
}

/** A saved feed's e-mail: how it is mailed now, a dialog to change it, and a confirmation once saved. */
export function FeedMailSettings({ feedId, feedName }: { feedId: string; feedName: string }) {
  const headingId = useId();
  const { data, error, refetch } = useQuery(FEED_MAIL, { variables: { id: feedId } });
  const [editing, setEditing] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const mail = data?.feed?.mail;

  return (
    <section aria-labelledby={headingId} className={classes['feedMail']}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={0} miw={0} style={{ flex: '1 1 20rem' }}>
          <Text fw={700} size="sm" id={headingId}>
            E-mail
          </Text>
          {mail ? (
            <div data-testid="feed-mail-summary">
              <Text size="sm">
                {describeDelivery(mail)}
                {mail.digest !== 'NONE' || mail.immediateMinSeverity ? '' : ': new bulletins show here only.'}
              </Text>
              {nextDigestWords(mail) && (
                <Text size="sm" c="dimmed">
                  {nextDigestWords(mail)}
                </Text>
              )}
            </div>
          ) : (
            !error && (
              <Text size="sm" c="dimmed">
                Loading…
              </Text>
            )
          )}
        </Stack>
        <Button
          variant="default"
          size="sm"
          disabled={!mail}
          onClick={() => {
            setConfirmation(null);
            setEditing(true);
          }}
        >
          {mail && mail.digest === 'NONE' && !mail.immediateMinSeverity ? 'Set up e-mail' : 'Change e-mail'}
        </Button>
      </Group>
      {error && !mail && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
      {confirmation && (
        <Alert
          color="green"
          role="status"
          mt="xs"
          withCloseButton
          closeButtonLabel="Hide this message"
          onClose={() => setConfirmation(null)}
          styles={{ message: { color: '#1b5e20' } }}
        >
          {confirmation}{' '}
          <Anchor component={Link} to="/account/mail" size="sm">
            See the e-mail sent to you
          </Anchor>
        </Alert>
      )}
      {mail && editing && (
        <FeedMailDialog
          feedId={feedId}
          feedName={feedName}
          saved={mail}
          onClose={() => setEditing(false)}
          onSaved={(delivery) => {
            setEditing(false);
            setConfirmation(
              `Saved: ${describeDelivery(delivery)}.${nextDigestWords(delivery) ? ` ${nextDigestWords(delivery)}` : ''}`,
            );
          }}
        />
      )}
    </section>
  );
}

interface FeedMailDialogProps {
  readonly feedId: string;
  readonly feedName: string;
  readonly saved: SavedDelivery;
  readonly onClose: () => void;
  readonly onSaved: (delivery: SavedDelivery) => void;
}

function FeedMailDialog({ feedId, feedName, saved, onClose, onSaved }: FeedMailDialogProps) {
  const email = useViewer().data?.viewer.user?.email;
  const [choice, setChoice] = useState<DeliveryChoice>(() => choiceFrom(saved));
  const [setDelivery] = useMutation(SET_FEED_MAIL_DELIVERY);
  const { busy, error, run } = usePendingAction();
  const delivery = choiceToDelivery(choice);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!delivery) return;
    let answer: SavedDelivery | null = null;
    const done = await run(async () => {
      const { data } = await setDelivery({ variables: { input: { feedId, delivery } } });
      answer = data?.setFeedMailDelivery.mail ?? null;
    });
    if (done && answer) onSaved(answer);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={`E-mail for “${feedName}”`}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Bulwark e-mails the bulletins of this feed{email ? ` to ${email}` : ' to your account’s address'}, checked
            again at sending time: only what you may still read.
          </Text>
          <DeliveryFields choice={choice} onChange={setChoice} saved={saved} />
          <Text size="xs" c="dimmed">
            An e-mail carries at most a bulletin’s title, tier, severity, reference and a link (for TLP:CLEAR and
            TLP:GREEN, its summary too), never its full text; for TLP:RED it only says that a bulletin awaits you here.
            Each e-mail has a link to stop this feed’s e-mail.
          </Text>
          {error !== null && <ErrorNotice error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!delivery}>
              Save e-mail settings
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
