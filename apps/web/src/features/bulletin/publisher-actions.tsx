import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { TLP } from '@web/components/tlp/tlp';
import { RETRACT_BULLETIN } from './amend-query';
import type { PageBulletin } from './bulletin-query';
import { mayAmendOrRetract } from './publisher-rights';
import classes from './bulletin-page.module.css';

/** As the API bounds it (RetractBulletinInput.reason). */
export const REASON_LENGTH = { min: 3, max: 2000 } as const;

export function reasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (text === '') return 'Say why it is retracted: readers see this notice in place of the text.';
  if (text.length < REASON_LENGTH.min) return `Write at least ${REASON_LENGTH.min} characters.`;
  if (text.length > REASON_LENGTH.max)
    return `Shorten the reason to ${REASON_LENGTH.max.toLocaleString('en-US')} characters.`;
  return null;
}

/**
 * After publication, for a publisher of a sending organization: amend, retract, and who has acknowledged. A
 * pending amendment (shown only to who may see it, R11) is named here too. The API decides each again.
 */
export function PublisherActions({ bulletin }: { bulletin: PageBulletin }) {
  const viewer = useViewer().data?.viewer;
  const may = mayAmendOrRetract(viewer, bulletin);
  const [retracting, setRetracting] = useState(false);
  const pending = bulletin.pendingAmendment;
  const report = bulletin.acknowledgements && bulletin.status !== 'DRAFT' && bulletin.status !== 'IN_REVIEW';
  if (!may && !pending && !report) return null;
  return (
    <section className={classes['actions']} aria-labelledby="after-publication-heading">
      <h2 id="after-publication-heading" className={classes['visuallyHidden']}>
        After publication
      </h2>
      {pending && (
        <Alert
          color="yellow"
          role="note"
          title={`Pending amendment: revision ${pending.revision} (${TLP[pending.tier].label})`}
          data-testid="pending-amendment"
          classNames={{ title: classes['pendingTitle'] }}
        >
          <Text size="sm">
            It awaits release by a second publisher. Until then every reader keeps revision {bulletin.revision} as shown
            below.
          </Text>
          {pending.changeNote && (
            <Text size="sm" mt={4}>
              Change note: {pending.changeNote}
            </Text>
          )}
        </Alert>
      )}
      <Group gap="sm" wrap="wrap">
        {may && !pending && (
          <Button component={Link} to={`/bulletins/${bulletin.id}/amend`} variant="default">
            Amend
          </Button>
        )}
        {report && (
          <Button component={Link} to={`/bulletins/${bulletin.id}/acknowledgements`} variant="default">
            Who acknowledged
          </Button>
        )}
        {may && !retracting && (
          <Button variant="default" color="red.8" onClick={() => setRetracting(true)}>
            Retract…
          </Button>
        )}
      </Group>
      {may && retracting && <RetractForm bulletin={bulletin} onCancel={() => setRetracting(false)} />}
    </section>
  );
}

function RetractForm({ bulletin, onCancel }: { bulletin: PageBulletin; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [retract, retracted] = useMutation(RETRACT_BULLETIN, { refetchQueries: ['ReviewQueue'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = reasonProblem(reason);
    setProblem(found);
    if (found) return;
    await retract({
      variables: { input: { id: bulletin.id, expectedVersion: bulletin.version, reason: reason.trim() } },
    }).catch(() => null);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={classes['retractForm']}>
      <Text fw={700}>Retract {bulletin.reference ?? 'this bulletin'}?</Text>
      <ul className={classes['consequences']}>
        <li>Readers keep its reference number and see your reason as the retraction notice.</li>
        <li>Its text and indicators are no longer served to anyone, in the portal, the API or feeds.</li>
        <li>Subscribers and webhooks are told it was retracted.</li>
        {bulletin.pendingAmendment && <li>The pending amendment is withdrawn and can never be released.</li>}
        <li>This cannot be undone.</li>
      </ul>
      <Textarea
        id="retract-reason"
        label="Reason for retracting"
        description="Shown to readers in place of the text."
        required
        autosize
        minRows={2}
        maxLength={REASON_LENGTH.max}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={problem}
      />
      {retracted.error && <ErrorNotice error={retracted.error} />}
      <Group gap="sm" wrap="wrap">
        <Button type="submit" color="red.8" loading={retracted.loading}>
          Retract the bulletin
        </Button>
        <Button variant="default" onClick={onCancel} disabled={retracted.loading}>
          Keep it published
        </Button>
      </Group>
    </form>
  );
}
