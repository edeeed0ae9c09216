import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { TlpBanner } from '@web/components/tlp/tlp-banner';
import type { DraftBulletin } from './compose-query';
import { ConflictPanel } from './conflict-panel';
import { DraftFields, type EditorViewer } from './draft-fields';
import {
  type DraftForm,
  draftFromBulletin,
  emptyDraft,
  namesApprover,
  saveProblems,
  submitProblems,
} from './draft-form';
import { ProblemChecklist } from './problem-checklist';
import { SaveStatus } from './save-status';
import { type DraftApi, useDraftAutosave } from './use-draft-autosave';
import { useDraftFieldsState } from './use-draft-fields-state';
import classes from './compose.module.css';

export type { EditorViewer } from './draft-fields';

interface DraftEditorProps {
  readonly api: DraftApi;
  readonly viewer: EditorViewer;
  /** The saved draft to go on with; null for a new one. */
  readonly initial: DraftBulletin | null;
  /** The first save created the draft: the page's address can now name it. */
  readonly onCreated: (id: string) => void;
}

/**
 * The draft editor: what the bulletin says, how it is marked, whom it is for, its indicators. It saves as the
 * writer goes (see useDraftAutosave) and sends the draft for review once nothing is missing.
 */
export function DraftEditor({ api, viewer, initial, onCreated }: DraftEditorProps) {
  const [form, setForm] = useState<DraftForm>(() =>
    initial ? draftFromBulletin(initial) : emptyDraft(viewer.organization.id),
  );
  const { names, remember, paste, recipientCheck } = useDraftFieldsState(form, () => [
    viewer.organization,
    ...(initial?.originators ?? []),
    ...(initial?.recipientOrganizations ?? []),
  ]);
  const [submitState, setSubmitState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const autosave = useDraftAutosave(api, form, initial, onCreated);
  const blocking = saveProblems(form);
  const [approverId, setApproverId] = useState<string | null>(null);
  const approver = namesApprover(form.tier) ? approverId : null;
  const beforeSubmit = submitProblems(form, paste, recipientCheck.unfit, approver);
  const draft = autosave.draft;

  const organizationName = (id: string) => names.find((known) => known.id === id)?.name ?? 'An organization';

  if (draft && draft.status !== 'DRAFT') return <SentForReview draft={draft} viewer={viewer} />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (beforeSubmit.length > 0 || !draft) return;
    setSubmitState({ busy: true, error: null });
    try {
      if (!(await autosave.flush())) {
        setSubmitState({ busy: false, error: null });
        return;
      }
      const latest = autosave.latest() ?? draft;
      autosave.submitted(
        await api.submit({
          id: latest.id,
          expectedVersion: latest.version,
          ...(approver !== null && { approverUserId: approver }),
        }),
      );
    } catch (caught) {
      setSubmitState({ busy: false, error: caught });
    }
  };

  return (
    <div className={classes['page']}>
      <header className={classes['header']}>
        <Title order={1}>{initial ? 'Edit draft' : 'Write a bulletin'}</Title>
        <SaveStatus
          autosave={autosave}
          firstProblem={blocking[0]?.message ?? null}
          indicatorsHeldBack={paste.problems.length > 0 || paste.tooMany !== null}
        />
      </header>
      <TlpBanner tier={form.tier} />
      {draft?.reviewComments && draft.reviewComments.length > 0 && <ReviewCommentsNotice draft={draft} />}
      {autosave.conflict && (
        <ConflictPanel
          conflict={autosave.conflict}
          organizationName={organizationName}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={() => {
            const theirs = autosave.takeTheirs();
            if (theirs) setForm(theirs);
          }}
        />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className={classes['form']}>
        <DraftFields
          form={form}
          onChange={setForm}
          viewer={viewer}
          names={names}
          onNamed={remember}
          paste={paste}
          recipientCheck={recipientCheck}
          problems={blocking}
          approver={{ bulletinId: draft?.id ?? null, value: approverId, onChange: setApproverId }}
        />

        <footer className={classes['footer']}>
          {beforeSubmit.length > 0 && (
            <ProblemChecklist
              id="submit-checklist"
              heading="Before you can submit it for review:"
              problems={beforeSubmit}
            />
          )}
          {submitState.error !== null && <ErrorNotice error={submitState.error} />}
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Text size="sm" c="dimmed" className={classes['footerNote']}>
              A publisher of {viewer.organization.shortName} reviews it before anyone else sees it.
            </Text>
            <Button
              type="submit"
              disabled={beforeSubmit.length > 0 || !draft || autosave.status === 'conflict' || recipientCheck.checking}
              loading={submitState.busy}
              aria-describedby={beforeSubmit.length > 0 ? 'submit-checklist' : undefined}
            >
              Submit for review
            </Button>
          </Group>
        </footer>
      </form>
    </div>
  );
}

/** A draft a publisher sent back: why, newest first, so the writer knows what to change before resubmitting. */
function ReviewCommentsNotice({ draft }: { draft: DraftBulletin }) {
  const comments = draft.reviewComments ?? [];
  const [latest, ...earlier] = comments;
  if (!latest) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="note"
      title={`Sent back by ${latest.by.displayName}`}
      classNames={{ root: classes['reviewComments'], title: classes['unfitTitle'] }}
      data-testid="review-comments"
    >
      <Text size="sm" className={classes['comparisonValue']}>
        {latest.comment}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        <DateTime value={latest.at} />. Change what it asks, then submit the draft for review again.
      </Text>
      {earlier.length > 0 && (
        <details>
          <summary>
            <Text span size="sm">
              {earlier.length} earlier {earlier.length === 1 ? 'comment' : 'comments'}
            </Text>
          </summary>
          <ul className={classes['unfitList']}>
            {earlier.map((comment) => (
              <li key={`${comment.revision}-${comment.at}`}>
                {comment.by.displayName}, <DateTime value={comment.at} />: {comment.comment}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Alert>
  );
}

/** After submitting: where the draft went, and what next. */
function SentForReview({ draft, viewer }: { draft: DraftBulletin; viewer: EditorViewer }) {
  return (
    <Stack gap="md" maw={640} py="md" className={classes['sent']}>
      <Title order={1}>Submitted for review</Title>
      <Text>
        “{draft.title}” is with the publishers of {viewer.organization.shortName}. They publish it, or send it back with
        a comment. It can no longer be edited while it is in review.
      </Text>
      <Group gap="sm">
        <Button component={Link} to={`/bulletins/${draft.id}`} variant="default">
          Open the bulletin
        </Button>
        <Button component={Link} to="/drafts" variant="default">
          My drafts
        </Button>
        <Button component={Link} to="/compose">
          Write another
        </Button>
      </Group>
    </Stack>
  );
}
