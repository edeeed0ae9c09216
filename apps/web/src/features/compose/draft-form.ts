import type {
  Category,
  CreateBulletinInput,
  Severity,
  Tier,
  UpdateBulletinInput,
} from '@web/graphql/generated/graphql';
import { CATEGORY_LABELS, SEVERITY_LABELS, STATE_NAMES } from '@web/features/feed/bulletin-labels';
import { TLP } from '@web/components/tlp/tlp';
import type { DraftBulletin } from './compose-query';
import { indicatorsAsLines, type IndicatorPaste, parseIndicatorLines } from './indicator-lines';

/** What the editor holds: the draft as the analyst is writing it. */
export interface DraftForm {
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly tier: Tier;
  readonly jurisdictions: readonly string[];
  readonly tags: readonly string[];
  /** One URL per line, as typed. */
  readonly references: string;
  /** A `datetime-local` value in the writer's time zone, or '' for no expiry. */
  readonly expiresAt: string;
  /** Every originating organization, the writer's own first (R14). */
  readonly originatorIds: readonly string[];
  /** AMBER and AMBER_STRICT. */
  readonly recipientOrganizationIds: readonly string[];
  /** RED. */
  readonly recipientUserIds: readonly string[];
  /** The indicators as pasted: one per line or CSV. */
  readonly indicatorsText: string;
}

export const TITLE_LENGTH = { min: 3, max: 300 } as const;
export const SUMMARY_MAX = 2000;
export const BODY_MAX = 100_000;
export const MAX_TAGS = 20;
export const MAX_REFERENCES = 20;
const TAG = /^[a-z0-9][a-z0-9-]{0,49}$/;

export function emptyDraft(ownOrganizationId: string): DraftForm {
  return {
    title: '',
    summary: '',
    body: '',
    category: 'CYBER_THREAT',
    severity: 'MEDIUM',
    tier: 'GREEN',
    jurisdictions: [],
    tags: [],
    references: '',
    expiresAt: '',
    originatorIds: [ownOrganizationId],
    recipientOrganizationIds: [],
    recipientUserIds: [],
    indicatorsText: '',
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in this browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant; null for none or nonsense. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function draftFromBulletin(bulletin: DraftBulletin): DraftForm {
  return {
    title: bulletin.title,
    summary: bulletin.summary,
    body: bulletin.body ?? '',
    category: bulletin.category,
    severity: bulletin.severity,
    tier: bulletin.tier,
    jurisdictions: bulletin.jurisdictions,
    tags: bulletin.tags,
    references: bulletin.references.join('\n'),
    expiresAt: toLocalInput(bulletin.expiresAt),
    originatorIds: bulletin.originators.map((organization) => organization.id),
    recipientOrganizationIds: (bulletin.recipientOrganizations ?? []).map((organization) => organization.id),
    recipientUserIds: bulletin.recipientUserIds ?? [],
    indicatorsText: indicatorsAsLines(bulletin.indicators),
  };
}

export function referenceLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** As the API checks references: http or https, with a host that has a top-level domain. */
export function isReferenceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}

/** "Election Day" → "election-day": the API's tag form (lower-case words or dashes). */
export function tagForm(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
}

export function isTag(value: string): boolean {
  return TAG.test(value);
}

export interface FieldProblem {
  /** The field's id on the page, so the list of problems can link to it. */
  readonly field: string;
  readonly message: string;
}

/** AMBER_STRICT and RED are published by a second publisher, whom the writer may (RED: must) name (R10). */
export function namesApprover(tier: Tier): boolean {
  return tier === 'AMBER_STRICT' || tier === 'RED';
}

/** Who a tier's recipients are, for the words beside it. */
export function recipientsNeeded(tier: Tier): 'none' | 'organizations' | 'people' {
  if (tier === 'RED') return 'people';
  return tier === 'AMBER' || tier === 'AMBER_STRICT' ? 'organizations' : 'none';
}

/**
 * Chosen recipients of a kind the tier does not address: organizations on RED, people on AMBER, anyone on CLEAR or
 * GREEN. They stay chosen (never dropped behind the writer's back) and keep the draft from being saved until the
 * writer removes them or goes back to a tier that takes them.
 */
export function wrongKindRecipients(form: DraftForm): number {
  const needs = recipientsNeeded(form.tier);
  return (
    (needs === 'organizations' ? 0 : form.recipientOrganizationIds.length) +
    (needs === 'people' ? 0 : form.recipientUserIds.length)
  );
}

/** What keeps the draft from being saved at all: the API would refuse it. */
export function saveProblems(form: DraftForm): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = form.title.trim();
  if (title.length < TITLE_LENGTH.min)
    problems.push({ field: 'draft-title', message: `Give it a title of at least ${TITLE_LENGTH.min} characters.` });
  if (title.length > TITLE_LENGTH.max)
    problems.push({ field: 'draft-title', message: `Shorten the title to ${TITLE_LENGTH.max} characters.` });
  const summary = form.summary.trim();
  if (summary === '') problems.push({ field: 'draft-summary', message: 'Write a one- or two-sentence summary.' });
  if (summary.length > SUMMARY_MAX)
    problems.push({ field: 'draft-summary', message: `Shorten the summary to ${SUMMARY_MAX} characters.` });
  if (form.body.length > BODY_MAX)
    problems.push({
      field: 'draft-body',
      message: `Shorten the text to ${BODY_MAX.toLocaleString('en-US')} characters.`,
    });
  const references = referenceLines(form.references);
  const badReference = references.find((url) => !isReferenceUrl(url));
  if (badReference)
    problems.push({
      field: 'draft-references',
      message: `“${badReference}” is not a web address: references start with https:// or http://.`,
    });
  if (references.length > MAX_REFERENCES)
    problems.push({ field: 'draft-references', message: `At most ${MAX_REFERENCES} references.` });
  const badTag = form.tags.find((tag) => !isTag(tag));
  if (badTag)
    problems.push({ field: 'draft-tags', message: `“${badTag}”: tags are lower-case words joined by dashes.` });
  if (form.tags.length > MAX_TAGS) problems.push({ field: 'draft-tags', message: `At most ${MAX_TAGS} tags.` });
  if (form.expiresAt && !fromLocalInput(form.expiresAt))
    problems.push({ field: 'draft-expires', message: 'The expiry is not a date and time.' });
  const needs = recipientsNeeded(form.tier);
  const wrongKind = wrongKindRecipients(form);
  if (wrongKind > 0)
    problems.push({
      field: 'draft-recipients',
      message: `Remove the ${wrongKind === 1 ? 'recipient' : `${wrongKind} recipients`} that ${TLP[form.tier].label} cannot go to (named under Recipients).`,
    });
  if (needs === 'organizations' && form.recipientOrganizationIds.length === 0)
    problems.push({
      field: 'draft-recipients',
      message: `Choose at least one recipient organization: ${TLP[form.tier].label} goes to named organizations.`,
    });
  if (needs === 'people' && form.recipientUserIds.length === 0)
    problems.push({
      field: 'draft-recipients',
      message: 'TLP:RED goes to named people: name at least one recipient.',
    });
  return problems;
}

/** A chosen recipient the API says does not fit the tier, with its reason in words. */
export interface UnfitRecipient {
  readonly name: string;
  readonly reasonText: string | null;
}

/**
 * What keeps a saved draft from going to review: all of the above, every indicator line, every chosen recipient
 * the API says does not fit the tier (publishing would refuse it, R7), and for RED a named approver (R10).
 */
export function submitProblems(
  form: DraftForm,
  paste: IndicatorPaste,
  unfit: readonly UnfitRecipient[] = [],
  approverId: string | null = null,
): FieldProblem[] {
  const problems = saveProblems(form);
  if (unfit.length > 0 && wrongKindRecipients(form) === 0)
    problems.push({
      field: 'draft-recipients',
      message: `Remove ${unfit.map((r) => `${r.name} (${r.reasonText ?? 'not offered'})`).join(', ')}: ${unfit.length === 1 ? 'it cannot' : 'they cannot'} receive ${TLP[form.tier].label}.`,
    });
  if (paste.problems.length > 0) {
    const lines = paste.problems.map((problem) => problem.line);
    problems.push({
      field: 'draft-indicators',
      message: `Fix or remove indicator ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}.`,
    });
  }
  if (paste.tooMany) problems.push({ field: 'draft-indicators', message: paste.tooMany });
  if (form.tier === 'RED' && approverId === null)
    problems.push({
      field: 'draft-approver',
      message: 'Choose the publisher who approves it: TLP:RED is published by its named approver alone.',
    });
  return problems;
}

/**
 * The content both mutations send. Recipients are sent as chosen: a tier that does not take them keeps the draft
 * from being saved (saveProblems) until the writer removes them, so none is ever dropped silently.
 * Indicators go only when every line is good; until then the saved ones stay as they were.
 */
function contentOf(form: DraftForm, paste: IndicatorPaste) {
  return {
    title: form.title.trim(),
    summary: form.summary.trim(),
    body: form.body,
    category: form.category,
    severity: form.severity,
    tier: form.tier,
    jurisdictions: [...form.jurisdictions],
    tags: [...form.tags],
    references: referenceLines(form.references),
    expiresAt: fromLocalInput(form.expiresAt),
    recipientOrganizationIds: [...form.recipientOrganizationIds],
    recipientUserIds: [...form.recipientUserIds],
    // Every save sends the senders, so a co-sender chosen after the first save is saved like any field (R14).
    originatorOrganizationIds: [...form.originatorIds],
    ...(paste.problems.length === 0 &&
      !paste.tooMany && {
        indicators: paste.indicators.map((indicator) => ({
          type: indicator.type,
          value: indicator.value,
        })),
      }),
  };
}

export function createInput(form: DraftForm, paste: IndicatorPaste): CreateBulletinInput {
  const { expiresAt, ...content } = contentOf(form, paste);
  return {
    ...content,
    ...(expiresAt && { expiresAt }),
  };
}

export function updateInput(
  form: DraftForm,
  paste: IndicatorPaste,
  id: string,
  expectedVersion: number,
): UpdateBulletinInput {
  return { id, expectedVersion, ...contentOf(form, paste) };
}

/** Two forms that would send the same thing have nothing to save between them. */
export function saveKey(form: DraftForm): string {
  return JSON.stringify(contentOf(form, parseIndicatorLines(form.indicatorsText)));
}

export interface Difference {
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
  /** Long text (the body): shown whole, in a scrolling box. */
  readonly long?: boolean;
}

const list = (values: readonly string[], none = 'None') => (values.length ? values.join(', ') : none);
const states = (codes: readonly string[]) =>
  list(
    codes.map((code) => STATE_NAMES[code] ?? code),
    'National',
  );

/** Every field where the analyst's version and the saved one differ, in words, for the side-by-side view. */
export function differences(
  mine: DraftForm,
  theirs: DraftForm,
  organizationName: (id: string) => string = (id) => id,
): Difference[] {
  const rows: Difference[] = [];
  const add = (label: string, a: string, b: string, long = false) => {
    if (a !== b) rows.push({ label, mine: a, theirs: b, ...(long && { long }) });
  };
  add('Title', mine.title.trim(), theirs.title.trim());
  add('Sent by', list(mine.originatorIds.map(organizationName)), list(theirs.originatorIds.map(organizationName)));
  add('Summary', mine.summary.trim(), theirs.summary.trim());
  add('Text', mine.body, theirs.body, true);
  add('Category', CATEGORY_LABELS[mine.category], CATEGORY_LABELS[theirs.category]);
  add('Severity', SEVERITY_LABELS[mine.severity], SEVERITY_LABELS[theirs.severity]);
  add('Sharing', TLP[mine.tier].label, TLP[theirs.tier].label);
  add('For', states(mine.jurisdictions), states(theirs.jurisdictions));
  add(
    'Recipient organizations',
    list(mine.recipientOrganizationIds.map(organizationName)),
    list(theirs.recipientOrganizationIds.map(organizationName)),
  );
  add('Tags', list(mine.tags), list(theirs.tags));
  add('References', list(referenceLines(mine.references)), list(referenceLines(theirs.references)));
  add('Expires', mine.expiresAt.replace('T', ' ') || 'Never', theirs.expiresAt.replace('T', ' ') || 'Never');
  add(
    'Indicators',
    referenceLines(mine.indicatorsText).join('\n') || 'None',
    referenceLines(theirs.indicatorsText).join('\n') || 'None',
    true,
  );
  return rows;
}
