import { MultiSelect, NativeSelect, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';
import { BulletinBody } from '@web/features/bulletin/bulletin-body';
import { CATEGORY_LABELS, SEVERITY_LABELS, SEVERITY_ORDER, STATE_NAMES } from '@web/features/feed/bulletin-labels';
import type { Category, Severity, Tier } from '@web/graphql/generated/graphql';
import { ApproverField } from './approver-field';
import { type DraftForm, type FieldProblem, MAX_TAGS, namesApprover, tagForm } from './draft-form';
import type { IndicatorPaste } from './indicator-lines';
import { IndicatorsField } from './indicators-field';
import { type KnownOrganization, OrganizationSelect } from './organization-select';
import { RecipientPicker } from './recipient-picker';
import type { RecipientCheck } from './use-recipient-check';
import { TierField } from './tier-field';
import { useBodyPreview } from './use-body-preview';
import classes from './compose.module.css';

export interface EditorViewer {
  readonly organization: { readonly id: string; readonly name: string; readonly shortName: string };
  readonly clearance: Tier;
}

const CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS).map(([value, label]) => ({ value, label }));
const SEVERITY_OPTIONS = [...SEVERITY_ORDER].reverse().map((value) => ({ value, label: SEVERITY_LABELS[value] }));
const STATE_OPTIONS = Object.entries(STATE_NAMES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

export interface DraftFieldsProps {
  readonly form: DraftForm;
  readonly onChange: Dispatch<SetStateAction<DraftForm>>;
  readonly viewer: EditorViewer;
  /** Organizations whose names the page knows (senders, recipients chosen so far). */
  readonly names: readonly KnownOrganization[];
  /** Organizations just chosen, so their names can be shown. */
  readonly onNamed: (chosen: KnownOrganization[]) => void;
  readonly paste: IndicatorPaste;
  readonly recipientCheck: RecipientCheck;
  /** What keeps the form from being saved, shown beside the field it is about. */
  readonly problems: readonly FieldProblem[];
  /** The bulletin the approver is asked about (null before a new draft's first save), and the choice. */
  readonly approver: {
    readonly bulletinId: string | null;
    readonly value: string | null;
    readonly onChange: (id: string | null) => void;
  };
  /** An amendment keeps the bulletin's senders: shown, not editable. */
  readonly sendersFixed?: boolean;
  /** Whether the expiry can be set here (an amendment cannot change it). */
  readonly withExpiry?: boolean;
}

/**
 * Every field of a bulletin being written, shared by the draft editor and the amend page: who sends it, what it
 * says (with the live preview), its marking, whom it is for, its indicators, tags, references and expiry, and for
 * AMBER+STRICT and RED the publisher asked to approve it.
 */
export function DraftFields({
  form,
  onChange,
  viewer,
  names,
  onNamed,
  paste,
  recipientCheck,
  problems,
  approver,
  sendersFixed = false,
  withExpiry = true,
}: DraftFieldsProps) {
  const preview = useBodyPreview(form.body);
  const set = <K extends keyof DraftForm>(field: K, value: DraftForm[K]) =>
    onChange((current) => ({ ...current, [field]: value }));
  const organizationName = (id: string) => names.find((known) => known.id === id)?.name ?? 'An organization';
  const coSenders = form.originatorIds.filter((id) => id !== viewer.organization.id);

  return (
    <>
      <fieldset className={classes['section']}>
        <legend className={classes['legend']}>Sent by</legend>
        <Text size="sm">
          <strong>{viewer.organization.name}</strong>
          {coSenders.length > 0 && <> jointly with {coSenders.map(organizationName).join(', ')}</>}
          {sendersFixed && '. An amendment keeps the senders of the bulletin.'}
        </Text>
        {!sendersFixed && (
          <OrganizationSelect
            id="draft-originators"
            label="Joint bulletin with (optional)"
            description="Other agencies or offices sending it with you. Their publishers can review and publish it too."
            placeholder="Search the directory by name"
            value={coSenders}
            known={names}
            exclude={[viewer.organization.id]}
            onChange={(ids, chosen) => {
              onNamed(chosen);
              set('originatorIds', [viewer.organization.id, ...ids]);
            }}
          />
        )}
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
            onNamed(
              named
                .filter((option) => option.kind === 'ORGANIZATION')
                .map((option) => ({ id: option.id, name: option.name })),
            );
            onChange((current) => ({
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
        <legend className={classes['legend']}>
          {withExpiry ? 'Tags, references and expiry' : 'Tags and references'}
        </legend>
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
          error={problems.find((problem) => problem.field === 'draft-references')?.message}
        />
        {withExpiry && (
          <TextInput
            id="draft-expires"
            type="datetime-local"
            label="Expires (optional)"
            description="After this, readers see it marked as expired. In your own time zone."
            value={form.expiresAt}
            onChange={(event) => set('expiresAt', event.currentTarget.value)}
            classNames={{ wrapper: classes['expiry'] }}
          />
        )}
      </fieldset>

      {namesApprover(form.tier) && (
        <fieldset className={classes['section']}>
          <legend className={classes['legend']}>Review</legend>
          <ApproverField
            bulletinId={approver.bulletinId}
            tier={form.tier}
            value={approver.value}
            onChange={approver.onChange}
          />
        </fieldset>
      )}
    </>
  );
}
