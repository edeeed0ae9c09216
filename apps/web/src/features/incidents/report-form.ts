import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TLP } from '@web/components/tlp/tlp';
import type { FieldProblem } from '@web/features/compose/draft-form';
import { fromLocalInput, toLocalInput } from '@web/features/compose/draft-form';
import type { IndicatorPaste } from '@web/features/compose/indicator-lines';
import { TIER_ORDER } from '@web/features/feed/bulletin-labels';
import type { IncidentCategory, ReportIncidentInput, Tier, VotingImpact } from '@web/graphql/generated/graphql';
import type { RecipientOption } from './incident-query';

/** As the API bounds them (ReportIncidentInput). */
export const TITLE_LENGTH = { min: 3, max: 200 } as const;
export const DESCRIPTION_MAX = 20_000;
export const LOCATION_MAX = 300;
export const MAX_REPORT_INDICATORS = 100;
export const MAX_RECIPIENTS = 20;
/** A clock a little ahead of the server's is not the reporter's fault. */
const FUTURE_SLACK_MS = 10 * 60_000;

/** The field ids on the page: each problem links to its field, and the API's field names map onto them. */
export const FIELD_IDS = {
  title: 'incident-title',
  description: 'incident-description',
  category: 'incident-category',
  impact: 'incident-impact',
  recipients: 'incident-recipients',
  startedAt: 'incident-started-at',
  location: 'incident-location',
  jurisdiction: 'incident-jurisdiction',
  indicators: 'draft-indicators', // the compose feature's indicators field, reused
  tier: 'incident-tier',
  reporterMayBeNamed: 'incident-may-name',
} as const;

export type ReportField = keyof typeof FIELD_IDS;

/** What the form holds while the reporter fills it. */
export interface ReportForm {
  readonly title: string;
  readonly description: string;
  readonly category: IncidentCategory | '';
  readonly impact: VotingImpact | '';
  readonly recipientOrganizationIds: readonly string[];
  /** A `datetime-local` value in the reporter's time zone. */
  readonly startedAt: string;
  readonly location: string;
  /** A state code, or '' for none. */
  readonly jurisdiction: string;
  readonly indicatorsText: string;
  readonly tier: Tier;
  readonly reporterMayBeNamed: boolean;
}

/** The EI-ISAC: the election sector's own ISAC, offered first to every office. */
export const ELECTION_ISAC_SHORT_NAME = 'EI-ISAC';

/**
 * Sensible first choices, shown as chosen: the offices above the reporter's own that the API offers (their state
 * office, for a county), and the EI-ISAC. The reporter can change both before sending.
 */
export function defaultRecipients(options: readonly RecipientOption[]): string[] {
  return options
    .filter(
      (option) =>
        option.kind === 'STATE' ||
        option.kind === 'LOCAL' ||
        (option.kind === 'ISAC' && option.shortName === ELECTION_ISAC_SHORT_NAME),
    )
    .map((option) => option.id);
}

export function emptyReport(options: {
  jurisdiction: string | null;
  now: Date;
  recipients: readonly string[];
}): ReportForm {
  return {
    title: '',
    description: '',
    category: '',
    impact: '',
    recipientOrganizationIds: [...options.recipients],
    startedAt: toLocalInput(options.now.toISOString()),
    location: '',
    jurisdiction: options.jurisdiction ?? '',
    indicatorsText: '',
    tier: 'AMBER',
    reporterMayBeNamed: false,
  };
}

const rank = (tier: Tier) => TIER_ORDER.indexOf(tier);

/** Whether the office was vetted for the report's tier: the API refuses to name it otherwise (R7). */
export function mayReceive(option: Pick<RecipientOption, 'vettedTier'>, tier: Tier): boolean {
  return rank(option.vettedTier) >= rank(tier);
}

const problem = (field: ReportField, message: string): FieldProblem => ({ field: FIELD_IDS[field], message });

/** What keeps the report from being sent, in the order of the form; empty when it may go. */
export function reportProblems(
  form: ReportForm,
  context: { paste: IndicatorPaste; options: readonly RecipientOption[]; now: Date },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const title = form.title.trim();
  if (title === '') problems.push(problem('title', 'Say what happened, in one line.'));
  else if (title.length < TITLE_LENGTH.min)
    problems.push(problem('title', `Write at least ${TITLE_LENGTH.min} characters for what happened.`));
  else if (title.length > TITLE_LENGTH.max)
    problems.push(problem('title', `Shorten what happened to ${TITLE_LENGTH.max} characters.`));
  const description = form.description.trim();
  if (description === '') problems.push(problem('description', 'Describe what you saw and what you have done so far.'));
  else if (description.length > DESCRIPTION_MAX)
    problems.push(
      problem('description', `Shorten the description to ${DESCRIPTION_MAX.toLocaleString('en-US')} characters.`),
    );
  if (form.category === '') problems.push(problem('category', 'Choose what kind of incident it is.'));
  if (form.impact === '') problems.push(problem('impact', 'Say whether voting is affected.'));
  if (form.recipientOrganizationIds.length === 0)
    problems.push(problem('recipients', 'Choose at least one office to send it to.'));
  else if (form.recipientOrganizationIds.length > MAX_RECIPIENTS)
    problems.push(problem('recipients', `Send it to at most ${MAX_RECIPIENTS} offices.`));
  const unfit = context.options.filter(
    (option) => form.recipientOrganizationIds.includes(option.id) && !mayReceive(option, form.tier),
  );
  if (unfit.length > 0)
    problems.push(
      problem(
        'recipients',
        `${unfit.map((option) => option.name).join(', ')} cannot receive ${TLP[form.tier].label}: untick ${unfit.length === 1 ? 'it' : 'them'} or choose a lower sharing level.`,
      ),
    );
  const started = fromLocalInput(form.startedAt);
  if (started === null) problems.push(problem('startedAt', 'Give the date and time it began.'));
  else if (new Date(started).getTime() > context.now.getTime() + FUTURE_SLACK_MS)
    problems.push(problem('startedAt', 'When it began cannot be in the future.'));
  if (form.location.trim().length > LOCATION_MAX)
    problems.push(problem('location', `Shorten the location to ${LOCATION_MAX} characters.`));
  if (context.paste.problems.length > 0) {
    const lines = context.paste.problems.map((line) => line.line);
    problems.push(
      problem(
        'indicators',
        `Fix or remove indicator ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}, or leave indicators empty.`,
      ),
    );
  }
  if (context.paste.indicators.length > MAX_REPORT_INDICATORS)
    problems.push(
      problem(
        'indicators',
        `A report carries at most ${MAX_REPORT_INDICATORS} indicators; this has ${context.paste.indicators.length}.`,
      ),
    );
  return problems;
}

/** The mutation's input; call only when reportProblems found nothing. */
export function reportInput(form: ReportForm, paste: IndicatorPaste): ReportIncidentInput {
  const location = form.location.trim();
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    category: form.category as IncidentCategory,
    impact: form.impact as VotingImpact,
    startedAt: fromLocalInput(form.startedAt) ?? new Date().toISOString(),
    recipientOrganizationIds: [...form.recipientOrganizationIds],
    tier: form.tier,
    reporterMayBeNamed: form.reporterMayBeNamed,
    ...(form.jurisdiction ? { jurisdiction: form.jurisdiction } : {}),
    ...(location ? { location } : {}),
    ...(paste.indicators.length > 0
      ? { indicators: paste.indicators.map((indicator) => ({ type: indicator.type, value: indicator.value })) }
      : {}),
  };
}

/** The API's field names ("title", "indicators.3.value", "input.recipientOrganizationIds") as the form's fields. */
const API_FIELDS: Readonly<Record<string, ReportField>> = {
  title: 'title',
  description: 'description',
  category: 'category',
  impact: 'impact',
  recipientOrganizationIds: 'recipients',
  startedAt: 'startedAt',
  location: 'location',
  jurisdiction: 'jurisdiction',
  indicators: 'indicators',
  tier: 'tier',
  reporterMayBeNamed: 'reporterMayBeNamed',
};

interface WireFieldProblem {
  readonly field?: unknown;
  readonly problems?: unknown;
}

/**
 * A BAD_USER_INPUT refusal's named fields (`extensions.fields`, as the API's validation sends them), each beside its
 * own field on the form. Anything it does not name stays in the error notice.
 */
export function apiFieldProblems(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((wire) => {
    if (wire.extensions?.['code'] !== 'BAD_USER_INPUT') return [];
    const fields = wire.extensions['fields'];
    if (!Array.isArray(fields)) return [];
    return (fields as WireFieldProblem[]).flatMap((entry) => {
      if (typeof entry.field !== 'string') return [];
      const name = entry.field.replace(/^input\./, '').split('.')[0] ?? '';
      const field = API_FIELDS[name];
      if (!field) return [];
      const messages = Array.isArray(entry.problems)
        ? entry.problems.filter((text): text is string => typeof text === 'string')
        : [];
      return messages.map((message) => problem(field, sentence(message)));
    });
  });
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** The problems of one field, joined for its error slot; undefined when it has none. */
export function fieldError(problems: readonly FieldProblem[], field: ReportField): string | undefined {
  const messages = problems.filter((entry) => entry.field === FIELD_IDS[field]).map((entry) => entry.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
