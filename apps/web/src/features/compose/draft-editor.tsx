import {
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { TlpBanner } from '@web/components/tlp/tlp-banner';
import { BulletinBody } from '@web/features/bulletin/bulletin-body';
import { CATEGORY_LABELS, SEVERITY_LABELS, SEVERITY_ORDER, STATE_NAMES } from '@web/features/feed/bulletin-labels';
import type { Category, Severity, Tier } from '@web/graphql/generated/graphql';
import type { DraftBulletin } from './compose-query';
import { ApproverField } from './approver-field';
import { ConflictPanel } from './conflict-panel';
import {
  type DraftForm,
  draftFromBulletin,
  emptyDraft,
  MAX_TAGS,
  namesApprover,
  saveProblems,
  submitProblems,
  tagForm,
} from './draft-form';
import { parseIndicatorLines } from './indicator-lines';
import { IndicatorsField } from './indicators-field';
import { type KnownOrganization, OrganizationSelect } from './organization-select';
import { RecipientPicker, useRecipientCheck } from './recipient-picker';
import { SaveStatus } from './save-status';
import { TierField } from './tier-field';
import { useBodyPreview } from './use-body-preview';
import { type DraftApi, useDraftAutosave } from './use-draft-autosave';
import classes from './compose.module.css';

export interface EditorViewer {
  readonly organization: { readonly id: string; readonly name: string; readonly shortName: string };
  readonly clearance: Tier;
}

interface DraftEditorProps {
  readonly api: DraftApi;
  readonly viewer: EditorViewer;
  /** The saved draft to go on with; null for a new one. */
  readonly initial: DraftBulletin | null;
  /** The first save created the draft: the page's address can now name it. */
  readonly onCreated: (id: string) => void;
}

const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }));
const SEVERITY_OPTIONS = [...SEVERITY_ORDER].reverse().map((value) => ({ value, label: SEVERITY_LABELS[value] }));
const STATE_OPTIONS = Object.entries(STATE_NAMES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

/**
 * The draft editor: what the bulletin says, how it is marked, whom it is for, its indicators. It saves as the
 * writer goes (see useDraftAutosave) and sends the draft for review once nothing is missing.
 */
export function DraftEditor({ api, viewer, initial, onCreated }: DraftEditorProps) {
  const [form, setForm] = useState<DraftForm>(() =>
    initial ? draftFromBulletin(initial) : emptyDraft(viewer.organization.id),
  );
  const [names, setNames] = useState<KnownOrganization[]>(() => [
    viewer.organization,
    ...(initial?.originators ?? []),
    ...(initial?.recipientOrganizations ?? []),
  ]);
  const [submitState, setSubmitState] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const autosave = useDraftAutosave(api, form, initial, onCreated);
  const paste = useMemo(() => parseIndicatorLines(form.indicatorsText), [form.indicatorsText]);
  const chosenRecipients = useMemo(
    () => [...form.recipientOrganizationIds, ...form.recipientUserIds],
    [form.recipientOrganizationIds, form.recipientUserIds],
  );
  const recipientCheck = useRecipientCheck(form.tier, chosenRecipients);
  const preview = useBodyPreview(form.body);
  const blocking = saveProblems(form);
  const [approverId, setApproverId] = useState<string | null>(null);
  const approver = namesApprover(form.tier) ? approverId : null;
  const beforeSubmit = submitProblems(form, paste, recipientCheck.unfit, approver);
  const draft = autosave.draft;

  const set = <K extends keyof DraftForm>(field: K, value: DraftForm[K]) =>
    setForm((current) => ({ ...current, [field]: value }));
  const remember = (chosen: KnownOrganization[]) =>
    setNames((current) => [...current, ...chosen.filter((c) => !current.some((known) => known.id === c.id))]);
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

  const coSenders = form.originatorIds.filter((id) => id !== viewer.organization.id);

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
        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>Sent by</legend>
          <Text size="sm">
            <strong>{viewer.organization.name}</strong>
            {coSenders.length > 0 && <> jointly with {coSenders.map(organizationName).join(', ')}</>}
          </Text>
          <OrganizationSelect
            id="draft-originators"
            label="Joint bulletin with (optional)"
            description="Other agencies or offices sending it with you. Their publishers can review and publish it too."
            placeholder="Search the directory by name"
            value={coSenders}
            known={names}
            exclude={[viewer.organization.id]}
            onChange={(ids, chosen) => {
              remember(chosen);
              set('originatorIds', [viewer.organization.id, ...ids]);
            }}
          />
        </fieldset>

        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>What it says</legend>
          <TextInput
            id="draft-title"
            label="Title"
            description="What happened, in a line an official can act on."
            required
            maxLength={300}
            value={form.title}
            onChange={(event) => set('title', event.currentTarget.value)}
          />
          <Textarea
            id="draft-summary"
            label="Summary"
            description="One or two sentences: shown in every feed and email."
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={form.summary}
            onChange={(event) => set('summary', event.currentTarget.value)}
          />
          <div className={classes['bodyAndPreview']}>
            <Textarea
              id="draft-body"
              label="Text"
              description="Markdown: ## for a heading, - for a list, [words](https://…) for a link."
              autosize
              minRows={10}
              maxRows={30}
              classNames={{ input: classes['mono'] }}
              value={form.body}
              onChange={(event) => set('body', event.currentTarget.value)}
            />
            <section className={classes['preview']} aria-labelledby="preview-heading">
              <div className={classes['previewHead']}>
                <h2 id="preview-heading" className={classes['previewTitle']}>
                  Preview
                </h2>
                <Text size="xs" c="dimmed" data-testid="preview-status">
                  {preview.error !== null
                    ? 'The preview could not be updated.'
                    : preview.updating
                      ? 'Updating…'
                      : 'As readers will see it.'}
                </Text>
              </div>
              {preview.html ? (
                <BulletinBody html={preview.html} />
              ) : (
                <Text size="sm" c="dimmed">
                  {preview.html === ''
                    ? 'Nothing written yet. The text appears here as you write it, exactly as Bulwark will show it.'
                    : 'Preparing the preview…'}
                </Text>
              )}
            </section>
          </div>
        </fieldset>

        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>How it is marked</legend>
          <div className={classes['pair']}>
            <NativeSelect
              id="draft-category"
              label="Category"
              data={CATEGORY_OPTIONS}
              value={form.category}
              onChange={(event) => set('category', event.currentTarget.value as Category)}
            />
            <NativeSelect
              id="draft-severity"
              label="Severity"
              data={SEVERITY_OPTIONS}
              value={form.severity}
              onChange={(event) => set('severity', event.currentTarget.value as Severity)}
            />
          </div>
          <TierField value={form.tier} clearance={viewer.clearance} onChange={(tier) => set('tier', tier)} />
        </fieldset>

        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>Whom it is for</legend>
          <MultiSelect
            id="draft-jurisdictions"
            label="States concerned"
            description="Leave empty for a national bulletin."
            placeholder={form.jurisdictions.length ? undefined : 'National'}
            data={STATE_OPTIONS}
            value={[...form.jurisdictions]}
            onChange={(codes) => set('jurisdictions', codes)}
            searchable
            hidePickedOptions
            maxDropdownHeight={260}
          />
          <RecipientPicker
            tier={form.tier}
            organizationIds={form.recipientOrganizationIds}
            userIds={form.recipientUserIds}
            check={recipientCheck}
            onChange={(organizationIds, userIds, named) => {
              remember(
                named
                  .filter((option) => option.kind === 'ORGANIZATION')
                  .map((option) => ({ id: option.id, name: option.name })),
              );
              setForm((current) => ({
                ...current,
                recipientOrganizationIds: organizationIds,
                recipientUserIds: userIds,
              }));
            }}
          />
        </fieldset>

        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>Indicators</legend>
          <IndicatorsField value={form.indicatorsText} paste={paste} onChange={(text) => set('indicatorsText', text)} />
        </fieldset>

        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>Tags, references and expiry</legend>
          <TagsInput
            id="draft-tags"
            label="Tags"
            description={`Press Enter after each, at most ${MAX_TAGS}. Written in lower case with dashes: “Voter rolls” becomes voter-rolls.`}
            value={[...form.tags]}
            onChange={(tags) => set('tags', [...new Set(tags.map(tagForm).filter(Boolean))])}
            maxTags={MAX_TAGS}
            splitChars={[',']}
            clearable
          />
          <Textarea
            id="draft-references"
            label="References"
            description="Web addresses readers can check, one per line (https://…)."
            autosize
            minRows={2}
            classNames={{ input: classes['mono'] }}
            value={form.references}
            onChange={(event) => set('references', event.currentTarget.value)}
            error={blocking.find((problem) => problem.field === 'draft-references')?.message}
          />
          <TextInput
            id="draft-expires"
            type="datetime-local"
            label="Expires (optional)"
            description="After this, readers see it marked as expired. In your own time zone."
            value={form.expiresAt}
            onChange={(event) => set('expiresAt', event.currentTarget.value)}
            classNames={{ wrapper: classes['expiry'] }}
          />
        </fieldset>

        {namesApprover(form.tier) && (
          <fieldset className={classes['section']}>
            <legend className={classes['legend']}>Review</legend>
            <ApproverField
              bulletinId={draft?.id ?? null}
              tier={form.tier}
              value={approverId}
              onChange={setApproverId}
            />
          </fieldset>
        )}

        <footer className={classes['footer']}>
          {beforeSubmit.length > 0 && (
            <div className={classes['checklist']} id="submit-checklist">
              <Text fw={700} size="sm">
                Before you can submit it for review:
              </Text>
              <ul>
                {beforeSubmit.map((problem) => (
                  <li key={`${problem.field}:${problem.message}`}>
                    <Anchor href={`#${problem.field}`} size="sm">
                      {problem.message}
                    </Anchor>
                  </li>
                ))}
              </ul>
            </div>
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
