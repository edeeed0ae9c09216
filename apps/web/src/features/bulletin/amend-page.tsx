import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { TLP } from '@web/components/tlp/tlp';
import { TlpBanner } from '@web/components/tlp/tlp-banner';
import { useDocumentTitle } from '@web/components/use-document-title';
import { DraftFields, type EditorViewer } from '@web/features/compose/draft-fields';
import { type DraftForm, draftFromBulletin, namesApprover } from '@web/features/compose/draft-form';
import { ProblemChecklist } from '@web/features/compose/problem-checklist';
import { APPROVER_OPTIONS } from '@web/features/compose/recipient-query';
import { useDraftFieldsState } from '@web/features/compose/use-draft-fields-state';
import type { Tier } from '@web/graphql/generated/graphql';
import { AMEND_BULLETIN, AMEND_SOURCE, type AmendSource } from './amend-query';
import { amendInput, amendProblems, CHANGE_NOTE_LENGTH, changeNoteProblem, nextRevisionNumber } from './amend-form';
import { mayAmendOrRetract } from './publisher-rights';
import composeClasses from '@web/features/compose/compose.module.css';
import classes from './bulletin-page.module.css';

const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

/** /bulletins/:id/amend: a new revision of a published bulletin, starting from the current one (R12). */
export function AmendPage() {
  const { id = '' } = useParams();
  const viewer = useViewer().data?.viewer;
  const { data, error, loading, refetch } = useQuery(AMEND_SOURCE, { variables: { id }, fetchPolicy: 'network-only' });
  useDocumentTitle('Amend a bulletin');
  const source = data?.bulletin;
  const problem = error ? toApiError(error) : null;
  if (!viewer) return <LoadingState label="Opening the bulletin…" />;
  if (source) {
    if (!mayAmendOrRetract(viewer, source))
      return (
        <CannotAmend
          id={source.id}
          reason={
            source.status === 'PUBLISHED'
              ? `Only a publisher of the organizations that sent it can amend it.`
              : 'Only a published bulletin can be amended.'
          }
        />
      );
    if (source.pendingAmendment)
      return (
        <CannotAmend
          id={source.id}
          reason={`Revision ${source.pendingAmendment.revision} (${TLP[source.pendingAmendment.tier].label}) is already awaiting release. It is released or withdrawn before another amendment.`}
        />
      );
    return <AmendEditor source={source} viewer={{ organization: viewer.organization, clearance: viewer.clearance }} />;
  }
  if (data !== undefined || (problem && NOT_FOUND_CODES.has(problem.code))) return <NotFoundPage what="bulletin" />;
  if (error)
    return (
      <Stack>
        <Title order={1}>Amend a bulletin</Title>
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Stack>
    );
  return loading ? <LoadingState label="Opening the bulletin…" /> : null;
}

function CannotAmend({ id, reason }: { id: string; reason: string }) {
  return (
    <Stack gap="sm" maw={560} py="xl">
      <Title order={1}>This bulletin cannot be amended now</Title>
      <Text>{reason}</Text>
      <div>
        <Button component={Link} to={`/bulletins/${id}`} variant="default">
          Open the bulletin
        </Button>
      </div>
    </Stack>
  );
}

/** Who releases an AMBER+STRICT or RED amendment (R10), in words, from the approver the publisher chose. */
function useReleaserWords(bulletinId: string, tier: Tier, approverId: string | null, senders: string): string {
  const { data } = useQuery(APPROVER_OPTIONS, {
    variables: { bulletinId, tier },
    skip: !namesApprover(tier),
    fetchPolicy: 'cache-first',
  });
  const named = data?.approverOptions.edges.find((edge) => edge.node.id === approverId)?.node.name;
  if (named) return named;
  return tier === 'RED' ? 'the publisher you name below' : `another publisher of ${senders}`;
}

interface Sent {
  readonly revision: number;
  readonly tier: Tier;
  readonly approver: string | null;
}

export function AmendEditor({ source, viewer }: { source: AmendSource; viewer: EditorViewer }) {
  const navigate = useNavigate();
  const [form, setForm] = useState<DraftForm>(() => draftFromBulletin(source));
  const { names, remember, paste, recipientCheck } = useDraftFieldsState(form, () => [
    viewer.organization,
    ...source.originators,
    ...(source.recipientOrganizations ?? []),
  ]);
  const [changeNote, setChangeNote] = useState('');
  const [approverId, setApproverId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [amend, amended] = useMutation(AMEND_BULLETIN, { refetchQueries: ['BulletinPage', 'ReviewQueue'] });
  const twoPerson = namesApprover(form.tier);
  const approver = twoPerson ? approverId : null;
  const problems = amendProblems(form, paste, changeNote, recipientCheck.unfit, approver);
  const senders = source.originators.map((organization) => organization.shortName).join(' or ');
  const releaser = useReleaserWords(source.id, form.tier, approver, senders);
  const noteProblem = tried ? changeNoteProblem(changeNote) : null;
  const next = nextRevisionNumber(source);

  if (sent) return <PendingAmendmentSent source={source} sent={sent} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.length > 0 || recipientCheck.checking) return;
    const result = await amend({
      variables: {
        input: amendInput(form, paste, {
          id: source.id,
          expectedRevision: source.revision,
          changeNote,
          approverId: approver,
        }),
      },
    }).catch(() => null);
    const bulletin = result?.data?.amendBulletin;
    if (!bulletin) return;
    if (bulletin.pendingAmendment)
      setSent({
        revision: bulletin.pendingAmendment.revision,
        tier: bulletin.pendingAmendment.tier,
        approver: bulletin.review?.approver?.displayName ?? null,
      });
    else void navigate(`/bulletins/${source.id}`);
  };

  return (
    <div className={composeClasses['page']}>
      <header className={composeClasses['header']}>
        <Title order={1}>
          Amend <span className={classes['nowrap']}>{source.reference ?? 'the bulletin'}</span>
        </Title>
        <Text size="sm" c="dimmed">
          Revision {next} of “{source.title}”, starting from revision {source.revision} as readers have it now.
        </Text>
      </header>
      <TlpBanner tier={form.tier} />
      <Alert
        color="blue"
        role="note"
        title="What an amendment does"
        data-testid="amend-explainer"
        classNames={{ title: classes['changeTitle'] }}
      >
        <Text size="sm">
          The new revision carries its own marking and recipients. Readers see only the revisions they may read: if you
          lower the marking, readers of the new marking never see the text of the earlier ones.
        </Text>
      </Alert>
      <form onSubmit={(event) => void submit(event)} noValidate className={composeClasses['form']}>
        <fieldset className={composeClasses['section']}>
          <legend className={composeClasses['legend']}>What changed</legend>
          <Textarea
            id="amend-change-note"
            label="Change note"
            description="What changed and why. Readers see it with the new revision."
            required
            autosize
            minRows={2}
            maxLength={CHANGE_NOTE_LENGTH.max}
            value={changeNote}
            onChange={(event) => setChangeNote(event.currentTarget.value)}
            error={noteProblem}
          />
        </fieldset>
        <DraftFields
          form={form}
          onChange={setForm}
          viewer={viewer}
          names={names}
          onNamed={remember}
          paste={paste}
          recipientCheck={recipientCheck}
          problems={problems}
          approver={{ bulletinId: source.id, value: approverId, onChange: setApproverId }}
          sendersFixed
          withExpiry={false}
        />
        <footer className={composeClasses['footer']}>
          {twoPerson && (
            <Alert
              color="yellow"
              role="note"
              title="This becomes a pending amendment"
              data-testid="pending-note"
              classNames={{ title: classes['pendingTitle'] }}
            >
              <Text size="sm">
                {TLP[form.tier].label} is released by a second publisher: revision {next} waits for {releaser} to
                release it. Until then every reader keeps revision {source.revision} exactly as it is.
              </Text>
            </Alert>
          )}
          {tried && problems.length > 0 && (
            <ProblemChecklist id="amend-checklist" heading="Before you can send the amendment:" problems={problems} />
          )}
          {amended.error && <ErrorNotice error={amended.error} />}
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Anchor component={Link} to={`/bulletins/${source.id}`} size="sm">
              Cancel and go back to the bulletin
            </Anchor>
            <Button
              type="submit"
              loading={amended.loading}
              disabled={recipientCheck.checking}
              aria-describedby={tried && problems.length > 0 ? 'amend-checklist' : undefined}
            >
              {twoPerson ? 'Send the amendment for release' : `Publish revision ${next}`}
            </Button>
          </Group>
        </footer>
      </form>
    </div>
  );
}

/** After an AMBER+STRICT or RED amendment: it waits, and nobody reads it until it is released. */
function PendingAmendmentSent({ source, sent }: { source: AmendSource; sent: Sent }) {
  return (
    <Stack gap="md" maw={640} py="md">
      <Title order={1}>Pending amendment sent for release</Title>
      <Text>
        Revision {sent.revision} ({TLP[sent.tier].label}) of “{source.title}” is a pending amendment.{' '}
        {sent.approver
          ? `${sent.approver} releases it${sent.tier === 'RED' ? ', and no one else can' : ''}.`
          : 'Another publisher of the sending organizations releases it.'}{' '}
        Until then every reader keeps revision {source.revision} as it is.
      </Text>
      <div>
        <Button component={Link} to={`/bulletins/${source.id}`} variant="default">
          Open the bulletin
        </Button>
      </div>
    </Stack>
  );
}
