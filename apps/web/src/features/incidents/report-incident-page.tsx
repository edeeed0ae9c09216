import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, NativeSelect, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useViewer } from '@web/auth/viewer';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { useDocumentTitle } from '@web/components/use-document-title';
import type { FieldProblem } from '@web/features/compose/draft-form';
import { parseIndicatorLines } from '@web/features/compose/indicator-lines';
import { IndicatorsField } from '@web/features/compose/indicators-field';
import { ProblemChecklist } from '@web/features/compose/problem-checklist';
import { STATE_NAMES } from '@web/features/feed/bulletin-labels';
import type { IncidentCategory, Tier, VotingImpact } from '@web/graphql/generated/graphql';
import { REPORT_INCIDENT, REPORT_INCIDENT_OPTIONS, type RecipientOption } from './incident-query';
import {
  IMPACT_HINTS,
  IMPACT_LABELS,
  IMPACT_ORDER,
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
} from './incident-words';
import { RecipientChoice } from './recipient-choice';
import {
  apiFieldProblems,
  DESCRIPTION_MAX,
  defaultRecipients,
  emptyReport,
  FIELD_IDS,
  fieldError,
  LOCATION_MAX,
  MAX_REPORT_INDICATORS,
  type ReportForm,
  reportInput,
  reportProblems,
  TITLE_LENGTH,
} from './report-form';
import { ReportTierField } from './report-tier-field';
import classes from './incidents.module.css';

const CATEGORY_OPTIONS = [
  { value: '', label: 'Choose the closest…' },
  ...INCIDENT_CATEGORIES.map((value) => ({ value, label: INCIDENT_CATEGORY_LABELS[value] })),
];
const STATE_OPTIONS = [
  { value: '', label: 'None: national, or not tied to one state' },
  ...Object.entries(STATE_NAMES)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label)),
];
/** The fields folded under "More detail": opened by itself when one of them needs fixing. */
const MORE_FIELDS = new Set<string>([
  FIELD_IDS.startedAt,
  FIELD_IDS.location,
  FIELD_IDS.jurisdiction,
  FIELD_IDS.indicators,
  FIELD_IDS.tier,
  FIELD_IDS.reporterMayBeNamed,
]);

export interface ReporterViewer {
  readonly clearance: Tier;
  readonly organization: { readonly name: string; readonly jurisdiction: string | null };
}

/** /incidents/new: the report a clerk can fill under pressure, then send to the offices that can help. */
export function ReportIncidentPage() {
  useDocumentTitle('Report an incident');
  const viewer = useViewer();
  const options = useQuery(REPORT_INCIDENT_OPTIONS, { fetchPolicy: 'cache-and-network' });
  const me = viewer.data?.viewer;
  const offered = options.data?.incidentRecipientOptions;
  return (
    <Stack gap="md" className={classes['page']}>
      <Title order={1}>Report an incident</Title>
      <Text>
        Tell the offices that can help what is happening. Fill in the first part and send it: you can add more later in
        the comments.
      </Text>
      {options.error && !offered && (
        <ErrorNotice error={options.error} onRetry={() => void options.refetch().catch(() => undefined)} />
      )}
      {me && offered ? (
        <ReportIncidentForm viewer={me} options={offered} />
      ) : (
        !options.error && <LoadingState label="Opening the form…" />
      )}
    </Stack>
  );
}

export function ReportIncidentForm({
  viewer,
  options,
}: {
  viewer: ReporterViewer;
  options: readonly RecipientOption[];
}) {
  const navigate = useNavigate();
  const [defaults] = useState(() => defaultRecipients(options));
  const [form, setForm] = useState<ReportForm>(() =>
    emptyReport({ jurisdiction: viewer.organization.jurisdiction, now: new Date(), recipients: defaults }),
  );
  const [tried, setTried] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const sending = useRef(false);
  const [report, reported] = useMutation(REPORT_INCIDENT);
  const paste = useMemo(() => parseIndicatorLines(form.indicatorsText), [form.indicatorsText]);
  const problems = reportProblems(form, { paste, options, now: new Date() });
  const refused = useMemo(() => apiFieldProblems(reported.error), [reported.error]);
  // The form's own checks once the reporter has tried to send; the API's refusals until the form changes again.
  const shown: FieldProblem[] = [...(tried ? problems : []), ...refused];
  const errorOf = (field: keyof typeof FIELD_IDS) => fieldError(shown, field);

  const set = <K extends keyof ReportForm>(field: K, value: ReportForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    if (reported.error) reported.reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    setTried(true);
    if (problems.length > 0) {
      if (problems.some((problem) => MORE_FIELDS.has(problem.field))) setMoreOpen(true);
      document.getElementById('report-problems')?.focus();
      return;
    }
    sending.current = true;
    try {
      const result = await report({ variables: { input: reportInput(form, paste) } });
      const created = result.data?.reportIncident;
      if (created) {
        void navigate(`/incidents/${created.id}`, { state: { reported: created.reference } });
        return;
      }
    } catch {
      // reported.error shows it; the reporter may fix and send again
    }
    sending.current = false;
  };

  return (
    <form className={classes['form']} onSubmit={(event) => void submit(event)} noValidate aria-label="Incident report">
      <fieldset className={classes['section']}>
        <legend className={classes['legend']}>What happened</legend>
        <TextInput
          id={FIELD_IDS.title}
          label="What happened, in one line"
          description="For example: “Phishing emails pretending to be the state voter-roll portal”."
          required
          maxLength={TITLE_LENGTH.max}
          value={form.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={errorOf('title')}
        />
        <Textarea
          id={FIELD_IDS.description}
          label="Details"
          description="What you saw, when and where, who is affected, and what you have done so far."
          required
          autosize
          minRows={4}
          maxRows={16}
          maxLength={DESCRIPTION_MAX}
          value={form.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={errorOf('description')}
        />
        <NativeSelect
          id={FIELD_IDS.category}
          label="What kind of incident"
          required
          data={CATEGORY_OPTIONS}
          value={form.category}
          onChange={(event) => set('category', event.currentTarget.value as IncidentCategory | '')}
          error={errorOf('category')}
        />
        <Radio.Group
          id={FIELD_IDS.impact}
          label="Is voting affected?"
          required
          value={form.impact}
          onChange={(impact) => set('impact', impact as VotingImpact)}
          error={errorOf('impact')}
        >
          <div className={classes['impactChoices']}>
            {IMPACT_ORDER.map((impact) => (
              <Radio.Card
                key={impact}
                value={impact}
                className={classes['choiceCard']}
                data-impact={impact}
                aria-label={IMPACT_LABELS[impact]}
                aria-describedby={`impact-hint-${impact}`}
              >
                <div className={classes['choiceInner']}>
                  <Radio.Indicator />
                  <div className={classes['choiceWords']}>
                    <Text size="sm" className={classes['choiceTitle']}>
                      {IMPACT_LABELS[impact]}
                    </Text>
                    <Text size="sm" id={`impact-hint-${impact}`} mt={2}>
                      {IMPACT_HINTS[impact]}
                    </Text>
                  </div>
                </div>
              </Radio.Card>
            ))}
          </div>
        </Radio.Group>
        <RecipientChoice
          options={options}
          value={form.recipientOrganizationIds}
          tier={form.tier}
          defaults={defaults}
          error={errorOf('recipients')}
          onChange={(ids) => set('recipientOrganizationIds', ids)}
        />
      </fieldset>

      <details className={classes['more']} open={moreOpen} onToggle={(event) => setMoreOpen(event.currentTarget.open)}>
        <summary>
          More detail (optional){' '}
          <span className={classes['moreHint']}>
            when it began, where, indicators, sharing level, naming your office
          </span>
        </summary>
        <div className={classes['moreBody']}>
          <div className={classes['pair']}>
            <TextInput
              id={FIELD_IDS.startedAt}
              type="datetime-local"
              label="When it began"
              description="Your own time zone. Now, unless you change it."
              value={form.startedAt}
              onChange={(event) => set('startedAt', event.currentTarget.value)}
              error={errorOf('startedAt')}
            />
            <NativeSelect
              id={FIELD_IDS.jurisdiction}
              label="State"
              description={
                viewer.organization.jurisdiction
                  ? 'Your office’s state, unless it happened elsewhere.'
                  : 'Where it happened, if in one state.'
              }
              data={STATE_OPTIONS}
              value={form.jurisdiction}
              onChange={(event) => set('jurisdiction', event.currentTarget.value)}
              error={errorOf('jurisdiction')}
            />
          </div>
          <TextInput
            id={FIELD_IDS.location}
            label="Where, or which system"
            description="A polling place, an office, or a system such as the voter-roll portal or the e-pollbooks."
            maxLength={LOCATION_MAX}
            value={form.location}
            onChange={(event) => set('location', event.currentTarget.value)}
            error={errorOf('location')}
          />
          <Text size="sm" mb={-8}>
            If you have them: web addresses, domains, email senders or IP addresses from what you saw. Leave this empty
            if not.
          </Text>
          <IndicatorsField
            value={form.indicatorsText}
            paste={{
              ...paste,
              tooMany:
                paste.indicators.length > MAX_REPORT_INDICATORS
                  ? `A report carries at most ${MAX_REPORT_INDICATORS} indicators; this has ${paste.indicators.length}.`
                  : null,
            }}
            onChange={(text) => set('indicatorsText', text)}
          />
          <ReportTierField
            value={form.tier}
            clearance={viewer.clearance}
            error={errorOf('tier')}
            onChange={(tier) => set('tier', tier)}
          />
          <Checkbox
            id={FIELD_IDS.reporterMayBeNamed}
            label={`A bulletin may name ${viewer.organization.name}`}
            description="If the handlers warn others with a bulletin made from this report, it may say your office reported it. Left unticked, a bulletin describes the incident without naming your office."
            checked={form.reporterMayBeNamed}
            onChange={(event) => set('reporterMayBeNamed', event.currentTarget.checked)}
            error={errorOf('reporterMayBeNamed')}
          />
        </div>
      </details>

      <div className={classes['footer']}>
        {tried && problems.length > 0 && (
          <div tabIndex={-1} id="report-problems" className={classes['checklist']} role="alert">
            <ProblemChecklist id="report-problem-list" heading="Before you can send it:" problems={problems} />
          </div>
        )}
        {reported.error && <ErrorNotice error={reported.error} />}
        <div>
          <Button type="submit" size="md" loading={reported.loading} disabled={reported.loading}>
            Send the report
          </Button>
        </div>
        <Text size="sm" c="dimmed">
          The offices you chose are told at once. You will see their questions and answers on the report’s page.
        </Text>
      </div>
    </form>
  );
}
